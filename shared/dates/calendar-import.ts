import { cellText, isBlankCell, readDateCell } from '../import/cells';
import { headerScore } from '../import/headers';
import type { CellValue, ImportField } from '../import/types';
import type { IsoDate } from '../model/records';
import { normalizeHeader } from '../import/headers';
import { yearsOf } from './working-days';
import { CALENDAR_YEARS, type OfficeDay, type OfficeDayKind } from './office-calendar';

const FIELDS = [
  { key: 'date', kind: 'date', headers: ['дата', 'күні', 'күн', 'date', 'дата праздника', 'мереке күні'] },
  { key: 'kind', kind: 'text', headers: ['вид', 'вид дня', 'тип', 'тип дня', 'түрі', 'күн түрі', 'kind'] },
  {
    key: 'nameRu',
    kind: 'text',
    headers: [
      'название',
      'наименование',
      'праздник',
      'название рус',
      'name ru',
      'name',
      'атауы орысша',
      'орысша атауы',
    ],
  },
  {
    key: 'nameKk',
    kind: 'text',
    headers: ['атауы', 'мерекенің атауы', 'мереке', 'название каз', 'name kk', 'атауы қазақша', 'қазақша атауы'],
  },
] as const satisfies readonly ImportField[];

type FieldKey = (typeof FIELDS)[number]['key'];

const DAY_OFF_WORDS = [
  'выходной',
  'выходной день',
  'нерабочий',
  'нерабочий день',
  'праздник',
  'праздничный',
  'праздничный день',
  'перенос',
  'перенос выходного',
  'демалыс',
  'демалыс күні',
  'мереке',
  'мереке күні',
  'жұмыс емес',
  'жұмыс істемейтін күн',
  'day off',
  'holiday',
  // The kinds of the shipped list, so that a file in its format reads too.
  'state',
  'national',
  'day off no transfer',
  'day off no transfer date estimated',
  'transfer law',
  'transfer decree',
];
const WORKING_WORDS = [
  'рабочий',
  'рабочий день',
  'рабочий день перенесён',
  'рабочий день перенесен',
  'жұмыс',
  'жұмыс күні',
  'working day',
  'working weekend',
];

function kindOf(cell: CellValue): OfficeDayKind | null | 'blank' {
  if (isBlankCell(cell)) return 'blank';
  const word = normalizeHeader(cellText(cell));
  if (DAY_OFF_WORDS.some((candidate) => normalizeHeader(candidate) === word)) return 'day_off';
  if (WORKING_WORDS.some((candidate) => normalizeHeader(candidate) === word)) return 'working_day';
  return null;
}

export type CalendarImportCode =
  'date_missing' | 'date_invalid' | 'year_out_of_range' | 'kind_unknown' | 'duplicate_date' | 'too_long';

/** A cell that cannot be read: its sheet row (1-based, as Excel numbers it), its column (0-based) and header. */
export interface CalendarImportProblem {
  row: number;
  column: number;
  header: string;
  code: CalendarImportCode;
  value: string;
  /** For a repeated date, the row that has it first. */
  firstRow?: number;
}

export type CalendarImportResult =
  | { ok: true; days: OfficeDay[]; years: number[] }
  | { ok: false; file: 'no_date_column' | 'no_days' }
  | { ok: false; problems: CalendarImportProblem[] };

/** Columns by field: for each field the column whose header names it best, a column serving one field only. */
function columnsOf(header: readonly CellValue[]): Partial<Record<FieldKey, number>> {
  const columns: Partial<Record<FieldKey, number>> = {};
  const taken = new Set<number>();
  for (const wanted of [2, 1])
    for (const field of FIELDS) {
      if (columns[field.key] !== undefined) continue;
      const index = header.findIndex((cell, at) => !taken.has(at) && headerScore(cell, field) === wanted);
      if (index >= 0) {
        columns[field.key] = index;
        taken.add(index);
      }
    }
  return columns;
}

const MAX_NAME = 200;

/**
 * A year's list of non-working days from the rows of a sheet: a header row with «Дата» (and, if
 * given, «Вид»: выходной or рабочий, empty meaning a day off, and «Название» / «Атауы»), then
 * one day per row. Every problem is reported with its row and column; one problem and nothing is
 * taken, so a list is never half imported.
 */
export function readCalendarSheet(rows: readonly CellValue[][]): CalendarImportResult {
  const headerRow = rows.slice(0, 30).findIndex((row) => row.some((cell) => headerScore(cell, FIELDS[0]) > 0));
  if (headerRow < 0) return { ok: false, file: 'no_date_column' };
  const header = rows[headerRow] ?? [];
  const columns = columnsOf(header);
  const dateColumn = columns.date ?? 0;
  const headerText = (column: number) => cellText(header[column]).trim();
  const days: OfficeDay[] = [];
  const problems: CalendarImportProblem[] = [];
  const rowOfDate = new Map<IsoDate, number>();

  rows.slice(headerRow + 1).forEach((row, offset) => {
    if (row.every(isBlankCell)) return;
    const rowNumber = headerRow + offset + 2;
    const problem = (column: number, code: CalendarImportCode, extra: Partial<CalendarImportProblem> = {}) =>
      problems.push({
        row: rowNumber,
        column,
        header: headerText(column),
        code,
        value: cellText(row[column]),
        ...extra,
      });

    const dateCell = row[dateColumn];
    const reading = readDateCell(dateCell);
    if (isBlankCell(dateCell)) problem(dateColumn, 'date_missing');
    else if (!reading) problem(dateColumn, 'date_invalid');
    else {
      const year = Number(reading.date.slice(0, 4));
      if (year < CALENDAR_YEARS.min || year > CALENDAR_YEARS.max) problem(dateColumn, 'year_out_of_range');
      const firstRow = rowOfDate.get(reading.date);
      if (firstRow !== undefined) problem(dateColumn, 'duplicate_date', { firstRow });
      else rowOfDate.set(reading.date, rowNumber);
    }

    const kind = columns.kind === undefined ? 'blank' : kindOf(row[columns.kind]);
    if (kind === null && columns.kind !== undefined) problem(columns.kind, 'kind_unknown');

    const names: Pick<OfficeDay, 'nameRu' | 'nameKk'> = {};
    for (const key of ['nameRu', 'nameKk'] as const) {
      const column = columns[key];
      const text = column === undefined ? '' : cellText(row[column]).replace(/\s+/g, ' ').trim();
      if (column !== undefined && text.length > MAX_NAME) problem(column, 'too_long');
      else if (text) names[key] = text;
    }

    if (reading && kind !== null)
      days.push({ date: reading.date, kind: kind === 'blank' ? 'day_off' : kind, ...names });
  });

  if (problems.length > 0) return { ok: false, problems };
  if (days.length === 0) return { ok: false, file: 'no_days' };
  days.sort((a, b) => a.date.localeCompare(b.date));
  return { ok: true, days, years: yearsOf(days) };
}
