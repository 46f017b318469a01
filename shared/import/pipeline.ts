import type { IsoDate } from '../model/records';
import { validateAssociationRows, type AssociationRow } from './association-rows';
import { validateEventRows, type EventRow } from './event-rows';
import { autoMapColumns, type ColumnMapping } from './auto-map';
import { detectHeaderRow, headerCellsAt } from './headers';
import { validateMemberRows, type MemberRow, type RejectedRow } from './member-rows';
import { mapEthnosColumns, validatePopulationRows, type PopulationRow } from './population-rows';
import { readRows, type ImportLookups, type SkippedRow } from './read-rows';
import { validateReceptionRows, type ReceptionRow } from './reception-rows';
import { withRepeatsMerged, type RepeatedRow } from './repeats';
import { registerFields, registers, type RegisterId } from './registers';
import type { RawSheet } from './types';

export interface SheetLayout {
  headerRow: number;
  mapping: ColumnMapping;
}

/** What a layout needs from the directories: the ethnoses, whose names head a wide population table. */
type LayoutLookups = Pick<ImportLookups, 'ethnicGroups'>;

/** Finds the header row and maps the columns; -1 as header row means the user has to point to it. */
export function detectLayout(sheet: RawSheet, register: RegisterId, lookups?: LayoutLookups): SheetLayout {
  const fields = registerFields(register, lookups?.ethnicGroups);
  return layoutAt(sheet, detectHeaderRow(sheet.rows, fields, sheet.merges), register, lookups);
}

/** Maps the columns under a header row the user pointed to. */
export function layoutAt(
  sheet: RawSheet,
  headerRow: number,
  register: RegisterId,
  lookups?: LayoutLookups,
): SheetLayout {
  const fields = registerFields(register, lookups?.ethnicGroups);
  const header = headerCellsAt(sheet, headerRow, fields);
  const sample = sheet.rows.slice(headerRow + 1, headerRow + 51);
  const mapping = autoMapColumns(header, sample, fields);
  if (register !== 'population') return { headerRow, mapping };
  return { headerRow, mapping: mapEthnosColumns(header, mapping, lookups?.ethnicGroups ?? []) };
}

export interface Analysis<Row> {
  valid: Row[];
  rejected: RejectedRow[];
  skipped: SkippedRow[];
  /** Exact repeats of imported rows, merged into them. */
  repeats: RepeatedRow[];
}

export function analyseMembers(
  sheet: RawSheet,
  layout: SheetLayout,
  lookups: ImportLookups,
  today: IsoDate,
): Analysis<MemberRow> {
  const read = readRows(sheet, layout.headerRow, layout.mapping, registers.members, lookups);
  return {
    ...withRepeatsMerged(read, (rows) => validateMemberRows(rows, layout.mapping, today)),
    skipped: read.skipped,
  };
}

export function analyseAssociations(
  sheet: RawSheet,
  layout: SheetLayout,
  lookups: ImportLookups,
  today: IsoDate,
): Analysis<AssociationRow> {
  const read = readRows(sheet, layout.headerRow, layout.mapping, registers.associations, lookups);
  return {
    ...withRepeatsMerged(read, (rows) => validateAssociationRows(rows, layout.mapping, today)),
    skipped: read.skipped,
  };
}

export function analyseEvents(sheet: RawSheet, layout: SheetLayout, lookups: ImportLookups): Analysis<EventRow> {
  const read = readRows(sheet, layout.headerRow, layout.mapping, registers.events, lookups);
  return { ...withRepeatsMerged(read, (rows) => validateEventRows(rows, layout.mapping)), skipped: read.skipped };
}

/** A reception journal; `lookups.workingCalendar` gives control items without a deadline 15 working days. */
export function analyseReceptions(
  sheet: RawSheet,
  layout: SheetLayout,
  lookups: ImportLookups,
  today: IsoDate,
): Analysis<ReceptionRow> {
  const read = readRows(sheet, layout.headerRow, layout.mapping, registers.receptions, lookups);
  return {
    ...withRepeatsMerged(read, (rows) => validateReceptionRows(rows, layout.mapping, lookups, today)),
    skipped: read.skipped,
  };
}

/** Settlement population by ethnos, long or wide; without a year column the counts are `today`'s year's. */
export function analysePopulation(
  sheet: RawSheet,
  layout: SheetLayout,
  lookups: ImportLookups,
  today: IsoDate,
): Analysis<PopulationRow> {
  const read = readRows(
    sheet,
    layout.headerRow,
    layout.mapping,
    registerFields('population', lookups.ethnicGroups),
    lookups,
  );
  return {
    ...withRepeatsMerged(read, (rows) => validatePopulationRows(rows, layout.mapping, lookups, today)),
    skipped: read.skipped,
  };
}

/** The mapping names the person: a full-name column, or both surname and given name. */
export function mappingNamesPerson(mapping: ColumnMapping): boolean {
  return mapping.includes('fullName') || (mapping.includes('surname') && mapping.includes('givenName'));
}

export function mappingNamesAssociation(mapping: ColumnMapping): boolean {
  return mapping.includes('nameRu') || mapping.includes('nameKk');
}

/** A plan needs at least what an event is called and when it is. */
export function mappingNamesEvent(mapping: ColumnMapping): boolean {
  return mapping.includes('title') && mapping.includes('date');
}

/** A journal needs at least the day, who came (a name or an IIN) and what about. */
export function mappingNamesReception(mapping: ColumnMapping): boolean {
  return (
    mapping.includes('date') &&
    (mapping.includes('fullName') || mapping.includes('iin')) &&
    mapping.includes('topicCode')
  );
}
