import type { AssociationRow } from '@shared/import/association-rows';
import type { MemberRow, RejectedRow } from '@shared/import/member-rows';
import type { EventRow } from '@shared/import/event-rows';
import {
  analyseAssociations,
  analyseEvents,
  analyseMembers,
  analysePopulation,
  analyseReceptions,
  type SheetLayout,
} from '@shared/import/pipeline';
import type { PopulationRow } from '@shared/import/population-rows';
import type { ReceptionRow } from '@shared/import/reception-rows';
import type { ImportLookups, SkippedRow } from '@shared/import/read-rows';
import type { RegisterId } from '@shared/import/registers';
import { refuseRepeatsOf, type RepeatedRow } from '@shared/import/repeats';
import type { CellValue, RawSheet, Repair } from '@shared/import/types';

/** Cell texts the user typed to fix rejected rows: row index → column → text. */
export type Overrides = ReadonlyMap<number, ReadonlyMap<number, string>>;

export function withOverrides(sheet: RawSheet, overrides: Overrides): RawSheet {
  if (overrides.size === 0) return sheet;
  const rows = sheet.rows.map((row, index) => {
    const fixes = overrides.get(index);
    if (!fixes) return row;
    const copy: CellValue[] = [...row];
    for (const [column, text] of fixes) copy[column] = text;
    return copy;
  });
  return { ...sheet, rows };
}

export interface Analysis {
  register: RegisterId;
  members: MemberRow[];
  associations: AssociationRow[];
  events: EventRow[];
  receptions: ReceptionRow[];
  population: PopulationRow[];
  rejected: RejectedRow[];
  skipped: SkippedRow[];
  /** Rows the user chose to leave out of the import, by row number, in order. */
  skippedByUser: number[];
  repairs: { rowNumber: number; repair: Repair }[];
  /** Rows equal field for field to an earlier row, merged into it. */
  repeats: RepeatedRow[];
}

export function analyse(
  register: RegisterId,
  sheet: RawSheet,
  layout: SheetLayout,
  lookups: ImportLookups,
  today: string,
): Analysis {
  if (register === 'members') {
    const result = analyseMembers(sheet, layout, lookups, today);
    return {
      register,
      members: result.valid,
      associations: [],
      events: [],
      receptions: [],
      population: [],
      rejected: result.rejected,
      skipped: result.skipped,
      repeats: result.repeats,
      skippedByUser: [],
      repairs: result.valid.flatMap((row) => row.repairs.map((repair) => ({ rowNumber: row.rowNumber, repair }))),
    };
  }
  if (register === 'events') {
    const result = analyseEvents(sheet, layout, lookups);
    return {
      register,
      members: [],
      associations: [],
      events: result.valid,
      receptions: [],
      population: [],
      rejected: result.rejected,
      skipped: result.skipped,
      repeats: result.repeats,
      skippedByUser: [],
      repairs: result.valid.flatMap((row) => row.repairs.map((repair) => ({ rowNumber: row.rowNumber, repair }))),
    };
  }
  if (register === 'receptions') {
    const result = analyseReceptions(sheet, layout, lookups, today);
    return {
      register,
      members: [],
      associations: [],
      events: [],
      receptions: result.valid,
      population: [],
      rejected: result.rejected,
      skipped: result.skipped,
      repeats: result.repeats,
      skippedByUser: [],
      repairs: result.valid.flatMap((row) => row.repairs.map((repair) => ({ rowNumber: row.rowNumber, repair }))),
    };
  }
  if (register === 'population') {
    const result = analysePopulation(sheet, layout, lookups, today);
    return {
      register,
      members: [],
      associations: [],
      events: [],
      receptions: [],
      population: result.valid,
      rejected: result.rejected,
      skipped: result.skipped,
      repeats: result.repeats,
      skippedByUser: [],
      repairs: result.valid.flatMap((row) => row.repairs.map((repair) => ({ rowNumber: row.rowNumber, repair }))),
    };
  }
  const result = analyseAssociations(sheet, layout, lookups, today);
  return {
    register,
    members: [],
    associations: result.valid,
    events: [],
    receptions: [],
    population: [],
    rejected: result.rejected,
    skipped: result.skipped,
    repeats: result.repeats,
    skippedByUser: [],
    repairs: result.valid.flatMap((row) => row.repairs.map((repair) => ({ rowNumber: row.rowNumber, repair }))),
  };
}

/**
 * The analysis without the rows the user left out: they are neither imported nor refused, and
 * are listed apart so that the preview, the result and the audit log can say so.
 */
export function withoutRows(analysis: Analysis, rowNumbers: ReadonlySet<number>): Analysis {
  if (rowNumbers.size === 0) return analysis;
  const kept = <T extends { rowNumber: number }>(rows: T[]) => rows.filter((row) => !rowNumbers.has(row.rowNumber));
  return {
    ...analysis,
    members: kept(analysis.members),
    associations: kept(analysis.associations),
    events: kept(analysis.events),
    receptions: kept(analysis.receptions),
    population: kept(analysis.population),
    rejected: kept(analysis.rejected),
    repairs: kept(analysis.repairs),
    repeats: kept(analysis.repeats),
    skippedByUser: [...new Set([...analysis.skippedByUser, ...rowNumbers])].sort((a, b) => a - b),
  };
}

function rangeParts(rows: readonly number[]): { text: string; rows: number }[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: { text: string; rows: number }[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i] as number;
    let end = start;
    while (sorted[i + 1] === end + 1) end = sorted[++i] as number;
    parts.push({ text: end > start ? `${start}–${end}` : String(start), rows: end - start + 1 });
  }
  return parts;
}

/** "rows 5–9, 12": a compact list for the repairs summary. */
export function rowRanges(rows: readonly number[]): string {
  return rangeParts(rows)
    .map((part) => part.text)
    .join(', ');
}

/**
 * The first `maxParts` ranges whole (never a number cut in two) and how many rows the rest hold,
 * for a summary line that must stay short however many rows were repaired.
 */
export function shortRowRanges(rows: readonly number[], maxParts = 12): { text: string; more: number } {
  const parts = rangeParts(rows);
  const shown = parts.slice(0, maxParts);
  const more = parts.slice(maxParts).reduce((sum, part) => sum + part.rows, 0);
  return { text: shown.map((part) => part.text).join(', '), more };
}

/**
 * The analysis with the rows planning refused (a reception whose citizen cannot be told) moved
 * from the valid rows to the rejected ones, so the preview and the file of rejected rows show them.
 */
export function withPlanRejected(analysis: Analysis, rejected: readonly RejectedRow[]): Analysis {
  if (rejected.length === 0) return analysis;
  // A row merged into a refused one is refused with it: its values are the refused row's.
  const settled = refuseRepeatsOf(analysis.repeats, rejected);
  const refused = [...rejected, ...settled.rejected];
  const rows = new Set(refused.map((row) => row.rowNumber));
  return {
    ...analysis,
    receptions: analysis.receptions.filter((row) => !rows.has(row.rowNumber)),
    rejected: [...analysis.rejected, ...refused].sort((a, b) => a.rowNumber - b.rowNumber),
    repairs: analysis.repairs.filter((repair) => !rows.has(repair.rowNumber)),
    repeats: settled.repeats,
  };
}
