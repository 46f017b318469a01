import type { IsoDate, PopulationRecord } from '../model/records';
import type { ColumnMapping } from './auto-map';
import { cellText } from './cells';
import { normalizeHeader } from './headers';
import { matchEthnos, type NamedOption } from './lookups';
import { columnOfField, type PlanKind, type RejectedRow } from './member-rows';
import type { ImportLookups, ReadResult } from './read-rows';
import { ETHNOS_COLUMN } from './registers';
import type { CellProblem, CellValue, Repair } from './types';

/** Keys a header naming an ethnos takes over: "Дунган, чел." is the Dungans' count, not "people". */
const YIELDING = new Set([null, 'count', 'total']);

/**
 * Columns of a wide table whose header names an ethnos in another form than the directory's
 * ("Казахов", "Русских, чел.") are mapped to that ethnos's count; in a wide table a "count"
 * column is the settlement's total.
 */
export function mapEthnosColumns(
  header: readonly CellValue[],
  mapping: ColumnMapping,
  ethnicGroups: readonly NamedOption[],
): ColumnMapping {
  const result = [...mapping];
  const used = new Set(result.filter((key): key is string => key !== null));
  result.forEach((key, column) => {
    if (!YIELDING.has(key)) return;
    const text = cellText(header[column]);
    if (/^\s*\d/.test(text)) return;
    for (const part of [text, ...text.split('/')].map(normalizeHeader).filter((part) => part.length >= 4)) {
      const match = matchEthnos(part, ethnicGroups);
      if (!match.ok || used.has(`${ETHNOS_COLUMN}${match.id}`)) continue;
      if (key) used.delete(key);
      result[column] = `${ETHNOS_COLUMN}${match.id}`;
      used.add(`${ETHNOS_COLUMN}${match.id}`);
      break;
    }
  });
  const wide = result.some((key) => key?.startsWith(ETHNOS_COLUMN));
  if (wide && !used.has('ethnicGroupId') && !used.has('total')) {
    const count = result.indexOf('count');
    if (count >= 0) result[count] = 'total';
  }
  return result;
}

/** A population sheet needs the settlement and either a column per ethnos, or ethnos and count columns. */
export function mappingNamesPopulation(mapping: ColumnMapping): boolean {
  const place = mapping.includes('placeId') || mapping.includes('placeCode');
  const long = mapping.includes('ethnicGroupId') && mapping.includes('count');
  return place && (long || mapping.some((key) => key?.startsWith(ETHNOS_COLUMN)));
}

export interface PopulationRow {
  rowNumber: number;
  placeId: string;
  year: number;
  /** People by ethnic group id: one ethnos in a long table, every filled column in a wide one. */
  counts: Record<string, number>;
  total?: number;
  repairs: Repair[];
  values: Record<string, unknown>;
}

/**
 * Rows of a population table. The place must be a settlement (a district or rural okrug row is a
 * subtotal); the year is the row's, or `today`'s year when the sheet has no year column. A blank
 * cell of an ethnos column says nothing; 0 says none. The same settlement, year and ethnos twice
 * in one file is refused on the later row, as is a total below the sum of the counts.
 */
export function validatePopulationRows(
  read: ReadResult,
  mapping: ColumnMapping,
  lookups: Pick<ImportLookups, 'places'>,
  today: IsoDate,
): { valid: PopulationRow[]; rejected: RejectedRow[] } {
  const levelOf = new Map(lookups.places.map((place) => [place.id, place.level]));
  const ethnosColumns = mapping.flatMap((key) => (key?.startsWith(ETHNOS_COLUMN) ? [key] : []));
  const currentYear = Number(today.slice(0, 4));
  const firstRow = new Map<string, number>();
  const valid: PopulationRow[] = [];
  const rejected: RejectedRow[] = [];
  for (const row of read.rows) {
    const values = row.values;
    const problems: CellProblem[] = [...row.problems];
    const report = (field: string, code: string, value: string) => {
      if (!problems.some((known) => known.field === field))
        problems.push({ field, column: placeColumn(field, mapping), code, value });
    };
    const placeId = typeof values.placeId === 'string' ? values.placeId : undefined;
    if (!placeId) report('placeId', 'required', '');
    else if (levelOf.get(placeId) !== 'settlement') report('placeId', 'settlement_required', placeId);

    const year = typeof values.year === 'number' ? values.year : mapping.includes('year') ? undefined : currentYear;
    if (year === undefined) report('year', 'required', '');
    else if (year > currentYear) report('year', 'year_invalid', String(year));

    const counts: Record<string, number> = {};
    for (const key of ethnosColumns) {
      const count = values[key];
      if (typeof count === 'number') counts[key.slice(ETHNOS_COLUMN.length)] = count;
    }
    if (mapping.includes('ethnicGroupId')) {
      const ethnos = typeof values.ethnicGroupId === 'string' ? values.ethnicGroupId : undefined;
      if (!ethnos) report('ethnicGroupId', 'required', '');
      if (typeof values.count !== 'number') report('count', 'required', '');
      else if (ethnos) counts[ethnos] = values.count;
    } else if (Object.keys(counts).length === 0 && ethnosColumns[0]) report(ethnosColumns[0], 'required', '');

    const total = typeof values.total === 'number' ? values.total : undefined;
    const sum = Object.values(counts).reduce((all, count) => all + count, 0);
    if (total !== undefined && total < sum) report('total', 'total_below_sum', String(total));

    if (placeId && year !== undefined)
      for (const ethnos of Object.keys(counts)) {
        const key = `${placeId}|${year}|${ethnos}`;
        const earlier = firstRow.get(key);
        if (earlier !== undefined) {
          const field = mapping.includes(`${ETHNOS_COLUMN}${ethnos}`) ? `${ETHNOS_COLUMN}${ethnos}` : 'ethnicGroupId';
          report(field, 'count_repeated', String(earlier));
        }
      }

    if (problems.length > 0 || !placeId || year === undefined) {
      rejected.push({ rowNumber: row.rowNumber, problems, values });
      continue;
    }
    for (const ethnos of Object.keys(counts)) firstRow.set(`${placeId}|${year}|${ethnos}`, row.rowNumber);
    valid.push({
      rowNumber: row.rowNumber,
      placeId,
      year,
      counts,
      ...(total !== undefined ? { total } : {}),
      repairs: row.repairs,
      values,
    });
  }
  return { valid, rejected };
}

/** The place's problems belong to whichever column named it: the name or the КАТО code. */
function placeColumn(field: string, mapping: ColumnMapping): number {
  if (field !== 'placeId') return columnOfField(field, mapping);
  return mapping.includes('placeCode') ? mapping.indexOf('placeCode') : mapping.indexOf('placeId');
}

export const populationKey = (placeId: string, year: number) => `${placeId}|${year}`;

type Figures = Pick<PopulationRecord, 'byEthnicGroup' | 'total'>;

export interface PopulationPlanItem {
  row: PopulationRow;
  /**
   * New when the row only adds figures (a settlement or year not yet stored, an ethnos not yet
   * counted), updated when it changes a stored count or total, unchanged when every figure is stored.
   */
  kind: PlanKind;
}

/** The dry run: each row against the stored figures of its settlement and year, and the rows above it. */
export function planPopulationImport(
  rows: readonly PopulationRow[],
  stored: ReadonlyMap<string, Figures>,
): PopulationPlanItem[] {
  const state = new Map<string, { counts: Record<string, number>; total?: number }>();
  return rows.map((row) => {
    const key = populationKey(row.placeId, row.year);
    let current = state.get(key);
    if (!current) {
      const known = stored.get(key);
      current = { counts: { ...known?.byEthnicGroup }, ...(known?.total !== undefined ? { total: known.total } : {}) };
      state.set(key, current);
    }
    let adds = false;
    let changes = false;
    const figures: [string, number, number | undefined][] = Object.entries(row.counts).map(([ethnos, count]) => [
      ethnos,
      count,
      current.counts[ethnos],
    ]);
    for (const [ethnos, count, before] of figures) {
      if (before === undefined) adds = true;
      else if (before !== count) changes = true;
      current.counts[ethnos] = count;
    }
    if (row.total !== undefined) {
      if (current.total === undefined) adds = true;
      else if (current.total !== row.total) changes = true;
      current.total = row.total;
    }
    return { row, kind: changes ? 'updated' : adds ? 'new' : 'unchanged' };
  });
}

export interface PopulationFigures {
  placeId: string;
  year: number;
  byEthnicGroup: Record<string, number>;
  total?: number;
}

/**
 * What a planned import writes: new records for settlements and years not yet stored, and the
 * stored records with the file's counts put over theirs (ethnoses the file does not name keep
 * their counts). Records the file leaves as they are do not appear.
 */
export function populationWrites<R extends Figures & { placeId: string; year: number }>(
  plan: readonly PopulationPlanItem[],
  stored: ReadonlyMap<string, R>,
): { added: PopulationFigures[]; changed: { before: R; after: PopulationFigures }[] } {
  const touched = new Map<string, PopulationFigures>();
  for (const { row, kind } of plan) {
    if (kind === 'unchanged') continue;
    const key = populationKey(row.placeId, row.year);
    const before = stored.get(key);
    const figures = touched.get(key) ?? {
      placeId: row.placeId,
      year: row.year,
      byEthnicGroup: { ...before?.byEthnicGroup },
      ...(before?.total !== undefined ? { total: before.total } : {}),
    };
    Object.assign(figures.byEthnicGroup, row.counts);
    if (row.total !== undefined) figures.total = row.total;
    touched.set(key, figures);
  }
  const added: PopulationFigures[] = [];
  const changed: { before: R; after: PopulationFigures }[] = [];
  for (const [key, figures] of touched) {
    const before = stored.get(key);
    if (before) changed.push({ before, after: figures });
    else added.push(figures);
  }
  return { added, changed };
}
