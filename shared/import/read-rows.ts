import type { WorkingCalendar } from '../dates/working-days';
import { formatPhone, normalizePhone } from '../text/phone';
import { foldForSearch } from '../text/search-normalize';
import type { ColumnMapping } from './auto-map';
import { cellText, isBlankCell, readDateCell } from './cells';
import { matchEthnos, matchOption, matchPlace, type MatchResult, type NamedOption } from './lookups';
import type { CellProblem, CellValue, FieldKind, ImportField, RawSheet, Repair } from './types';

export interface ImportLookups {
  ethnicGroups: readonly NamedOption[];
  places: readonly { id: string; nameRu: string; nameKk: string; level: string }[];
  legalForms: readonly NamedOption[];
  associations: readonly NamedOption[];
  /** Forms of events (seminar, round table…), for a plan of events. */
  eventTypes?: readonly NamedOption[];
  /** Topics of citizens' appeals, for a reception journal. */
  receptionTopics?: readonly NamedOption[];
  /** Government bodies a citizen can be referred to, for a reception journal. */
  agencies?: readonly NamedOption[];
  /** Days off and transfers: a control item without a deadline gets 15 working days. */
  workingCalendar?: WorkingCalendar;
  /** KATO prefix of the office's district: a village name shared by several districts means the office's own. */
  preferredPlacePrefix?: string;
}

export interface ReadRow {
  /** The row number as Excel shows it (1-based). */
  rowNumber: number;
  values: Record<string, unknown>;
  repairs: Repair[];
  problems: CellProblem[];
}

export interface SkippedRow {
  rowNumber: number;
  reason: 'blank' | 'total';
}

export interface ReadResult {
  rows: ReadRow[];
  skipped: SkippedRow[];
}

const TOTAL_ROW = /^(итого|всего|барлығы|барлыгы|жиыны|жиынтығы|total)(?!\p{L})/iu;

const SEX_WORDS: Record<string, 'male' | 'female'> = {
  м: 'male',
  муж: 'male',
  мужской: 'male',
  мужчина: 'male',
  ер: 'male',
  еркек: 'male',
  male: 'male',
  m: 'male',
  ж: 'female',
  жен: 'female',
  женский: 'female',
  женщина: 'female',
  айел: 'female',
  f: 'female',
  female: 'female',
};

const ROLE_WORDS: Record<string, string> = {
  председатель: 'chairman',
  торага: 'chairman',
  руководитель: 'chairman',
  заместитель: 'deputy',
  'заместитель председателя': 'deputy',
  орынбасар: 'deputy',
  орынбасары: 'deputy',
  'торага орынбасары': 'deputy',
  'тораганын орынбасары': 'deputy',
  член: 'member',
  муше: 'member',
  'член совета': 'council_member',
  'кенес мушеси': 'council_member',
};

const STATUS_WORDS: Record<string, string> = {
  действует: 'active',
  активно: 'active',
  активное: 'active',
  'жумыс истейди': 'active',
  'не действует': 'inactive',
  неактивно: 'inactive',
  'жумыс истемейди': 'inactive',
  ликвидировано: 'liquidated',
  ликвидирован: 'liquidated',
  таратылган: 'liquidated',
};

const BOOLEAN_WORDS: Record<string, boolean> = {
  да: true,
  иа: true,
  yes: true,
  '1': true,
  '+': true,
  x: true,
  х: true,
  true: true,
  нет: false,
  жок: false,
  no: false,
  '0': false,
  '-': false,
  false: false,
};

/** Short names of appeal topics that share no stem with the directory's names (folded). */
const TOPIC_FORMS: Record<string, string> = {
  жилье: 'housing',
  жилищный: 'housing',
  'тургын уй': 'housing',
  земля: 'land',
  жер: 'land',
  работа: 'employment',
  трудоустройство: 'employment',
  жумыс: 'employment',
  грант: 'grants_credits',
  кредит: 'grants_credits',
  коммуналка: 'utilities',
  жкх: 'utilities',
  религия: 'religion',
  дин: 'religion',
  юридический: 'legal_advice',
  прочее: 'other',
  прочие: 'other',
  иное: 'other',
  разное: 'other',
  баска: 'other',
  'баска да': 'other',
};

function lookupWord<T>(table: Record<string, T>, text: string): T | undefined {
  return table[foldForSearch(text)] ?? table[foldForSearch(text).replace(/\.$/, '')];
}

interface CellReading {
  value: unknown;
  repairs: Omit<Repair, 'field' | 'column'>[];
  problem?: string;
}

function digitsOf(cell: CellValue): { digits: string; repairs: CellReading['repairs'] } {
  const text = cellText(cell).trim();
  let digits = text.replace(/[\s-]/g, '');
  const repairs: CellReading['repairs'] = [];
  if (digits !== text) repairs.push({ code: 'iin_cleaned', from: text, to: digits });
  if (/^\d{10,11}$/.test(digits)) {
    // A column formatted as a number drops the leading zeros of IINs of people born in 2000–2009.
    const padded = digits.padStart(12, '0');
    repairs.push({ code: 'iin_zeros_restored', from: digits, to: padded });
    digits = padded;
  }
  return { digits, repairs };
}

function fromMatch(match: MatchResult, text: string): CellReading {
  if (!match.ok) return { value: undefined, repairs: [], problem: match.reason };
  return { value: match.id, repairs: match.exact ? [] : [{ code: 'value_matched', from: text, to: match.id }] };
}

/** 15:00, 15.00, 9-30, or Excel's fraction of a day (0.625), as HH:mm. */
function readTime(cell: CellValue, text: string): CellReading {
  if (typeof cell === 'number' && cell >= 0 && cell < 1) {
    const minutes = Math.round(cell * 24 * 60);
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    return { value: time, repairs: [{ code: 'date_from_serial', from: text, to: time }] };
  }
  if (cell instanceof Date) {
    const time = cell.toISOString().slice(11, 16);
    return { value: time, repairs: [] };
  }
  const match = /^(\d{1,2})[:.-](\d{2})$/.exec(text);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59)
    return { value: text, repairs: [], problem: 'time_invalid' };
  const time = `${match[1]?.padStart(2, '0')}:${match[2]}`;
  return { value: time, repairs: time === text ? [] : [{ code: 'spaces_trimmed', from: text, to: time }] };
}

function readCell(kind: FieldKind, cell: CellValue, lookups: ImportLookups): CellReading {
  const raw = cellText(cell);
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return { value: undefined, repairs: [] };
  switch (kind) {
    case 'text':
    case 'email':
    case 'full_name':
      return { value: text, repairs: text !== raw ? [{ code: 'spaces_trimmed', from: raw, to: text }] : [] };
    case 'iin':
    case 'bin': {
      const { digits, repairs } = digitsOf(cell);
      return { value: digits, repairs };
    }
    case 'date': {
      const reading = readDateCell(cell);
      if (!reading) return { value: text, repairs: [], problem: 'date_invalid' };
      const repairs: CellReading['repairs'] = [];
      if (reading.via === 'serial') repairs.push({ code: 'date_from_serial', from: text, to: reading.date });
      if (reading.via === 'text' && !/^\d{4}-\d{2}-\d{2}$/.test(text))
        repairs.push({ code: 'date_from_text', from: text, to: reading.date });
      return { value: reading.date, repairs };
    }
    case 'phone': {
      const phone = normalizePhone(text);
      if (!phone) return { value: text, repairs: [] };
      return {
        value: phone,
        repairs: formatPhone(phone) === text ? [] : [{ code: 'phone_normalized', from: text, to: formatPhone(phone) }],
      };
    }
    case 'sex': {
      const sex = lookupWord(SEX_WORDS, text);
      return sex ? { value: sex, repairs: [] } : { value: undefined, repairs: [], problem: 'unknown_value' };
    }
    case 'role': {
      const role = lookupWord(ROLE_WORDS, text);
      return role ? { value: role, repairs: [] } : { value: undefined, repairs: [], problem: 'unknown_value' };
    }
    case 'status': {
      const status = lookupWord(STATUS_WORDS, text);
      return status ? { value: status, repairs: [] } : { value: undefined, repairs: [], problem: 'unknown_value' };
    }
    case 'boolean': {
      const flag = lookupWord(BOOLEAN_WORDS, text);
      return flag === undefined
        ? { value: undefined, repairs: [], problem: 'unknown_value' }
        : { value: flag, repairs: [] };
    }
    case 'ethnos':
      return fromMatch(matchEthnos(text, lookups.ethnicGroups), text);
    case 'ethnos_list': {
      const ids: string[] = [];
      const repairs: CellReading['repairs'] = [];
      for (const part of text
        .split(/[,;/]+/)
        .map((item) => item.trim())
        .filter(Boolean)) {
        const reading = fromMatch(matchEthnos(part, lookups.ethnicGroups), part);
        if (reading.problem) return { value: undefined, repairs: [], problem: reading.problem };
        ids.push(String(reading.value));
        repairs.push(...reading.repairs);
      }
      return { value: ids, repairs };
    }
    case 'place':
      return fromMatch(matchPlace(text, lookups.places, lookups.preferredPlacePrefix), text);
    case 'legal_form':
      return fromMatch(matchOption(text, lookups.legalForms), text);
    case 'association':
      return fromMatch(matchOption(text, lookups.associations), text);
    case 'event_type':
      return fromMatch(matchOption(text, lookups.eventTypes ?? []), text);
    case 'reception_topic':
      return fromMatch(matchOption(text, lookups.receptionTopics ?? [], TOPIC_FORMS), text);
    case 'agency':
      return fromMatch(matchOption(text, lookups.agencies ?? []), text);
    case 'time':
      return readTime(cell, text);
    case 'count': {
      const digits = text.replace(/[\s\u00a0]/g, '');
      return /^\d{1,7}$/.test(digits)
        ? { value: Number(digits), repairs: [] }
        : { value: text, repairs: [], problem: 'number_invalid' };
    }
    case 'year':
      return readYear(cell, text);
    case 'skip':
      return { value: undefined, repairs: [] };
  }
}

/** 2025, "2025 г.", "2025 ж.", or a date (its year). */
function readYear(cell: CellValue, text: string): CellReading {
  if (cell instanceof Date && !Number.isNaN(cell.getTime())) return { value: cell.getUTCFullYear(), repairs: [] };
  const match = /^(\d{4})\s*(г|гг|год|ж|жыл|жылы)?\.?$/u.exec(text.toLowerCase());
  const year = match ? Number(match[1]) : NaN;
  if (!match || year < 1900 || year > 2100) return { value: text, repairs: [], problem: 'year_invalid' };
  return { value: year, repairs: [] };
}

/** "Иванов Иван Иванович", "Мамедов Эльчин Видади оглы", "Ким Марина": surname, name, the rest. */
export function splitFullName(text: string): { surname: string; givenName: string; patronymic?: string } | null {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const [surname, givenName, ...rest] = words;
  if (!surname || !givenName) return null;
  return rest.length > 0 ? { surname, givenName, patronymic: rest.join(' ') } : { surname, givenName };
}

/**
 * Reads the data rows under the header: each mapped cell converted by its field's kind, every
 * repair noted with the value before and after, every value that cannot be read noted as a
 * problem. Blank rows and a total row at the bottom are set aside and reported, never lost silently.
 */
export function readRows(
  sheet: RawSheet,
  headerRow: number,
  mapping: ColumnMapping,
  fields: readonly ImportField[],
  lookups: ImportLookups,
): ReadResult {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const rows: ReadRow[] = [];
  const skipped: SkippedRow[] = [];
  const dataRows = sheet.rows.slice(headerRow + 1);
  const lastFilled = dataRows.reduce((last, row, index) => (row.some((cell) => !isBlankCell(cell)) ? index : last), -1);
  dataRows.forEach((row, index) => {
    const rowNumber = headerRow + index + 2;
    if (!row.some((cell) => !isBlankCell(cell))) {
      if (index < lastFilled) skipped.push({ rowNumber, reason: 'blank' });
      return;
    }
    const firstText = row.map(cellText).find((text) => text.trim() !== '') ?? '';
    if (TOTAL_ROW.test(firstText.trim()) || (index === lastFilled && looksLikeTotals(row, mapping, byKey))) {
      skipped.push({ rowNumber, reason: 'total' });
      return;
    }
    const read: ReadRow = { rowNumber, values: {}, repairs: [], problems: [] };
    mapping.forEach((key, column) => {
      const field = key ? byKey.get(key) : undefined;
      if (!field || field.kind === 'skip') return;
      const cell = row[column];
      const reading = readCell(field.kind, cell, lookups);
      for (const repair of reading.repairs) read.repairs.push({ ...repair, field: field.key, column });
      if (reading.problem)
        read.problems.push({ field: field.key, column, code: reading.problem, value: cellText(cell) });
      if (reading.value !== undefined) read.values[field.key] = reading.value;
      if (field.kind === 'full_name' && typeof reading.value === 'string') {
        const parts = splitFullName(reading.value);
        if (!parts) {
          read.values.surname = reading.value;
          read.problems.push({ field: 'givenName', column, code: 'required', value: reading.value });
        } else {
          Object.assign(read.values, parts);
          read.repairs.push({
            field: field.key,
            column,
            code: 'name_split',
            from: reading.value,
            to: Object.values(parts).join(' | '),
          });
        }
      }
    });
    resolvePlaceCode(read);
    rows.push(read);
  });
  return { rows, skipped };
}

/** A KATO code column settles the place exactly, whatever the name column said. */
function resolvePlaceCode(read: ReadRow): void {
  const code = read.values.placeCode;
  delete read.values.placeCode;
  if (typeof code !== 'string') return;
  read.values.placeId = code;
  read.problems = read.problems.filter((problem) => problem.field !== 'placeId');
  read.repairs = read.repairs.filter((repair) => repair.field !== 'placeId');
}

/** A last row with numbers but no name or identifier is a sum someone added under the list. */
function looksLikeTotals(row: readonly CellValue[], mapping: ColumnMapping, fields: Map<string, ImportField>): boolean {
  // A sum carries no date and no text of an appeal: a last row that has them is a record with a gap.
  const identifying = [
    'fullName',
    'surname',
    'givenName',
    'iin',
    'nameRu',
    'nameKk',
    'bin',
    'title',
    'date',
    'summary',
  ];
  const hasIdentity = mapping.some(
    (key, column) => key && (identifying.includes(key) || fields.get(key)?.identifies) && !isBlankCell(row[column]),
  );
  const hasNumber = row.some((cell) => typeof cell === 'number' || /^\d+$/.test(cellText(cell).trim()));
  return !hasIdentity && hasNumber && fields.size > 0;
}
