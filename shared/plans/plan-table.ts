import { cellText } from '../import/cells';
import { matchOption, type NamedOption } from '../import/lookups';
import type { CellValue } from '../import/types';
import type { IsoDate, PlanDeadline } from '../model/records';
import { foldForSearch } from '../text/search-normalize';
import { parseDeadline } from './parse-deadline';

/**
 * Reads a plan of measures from the table it arrives in (a Word table or a sheet): finds the header
 * (one row or two, in Russian or Kazakh), reads the numbered items and the section headings between
 * them, matches the responsible agencies to the directory and reads each deadline. It writes nothing:
 * the preview shows what it found and every problem, and the import goes ahead only without problems.
 */

export type PlanColumn =
  'number' | 'text' | 'completionForm' | 'responsible' | 'coExecutors' | 'deadline' | 'target' | 'unit';

export type PlanProblemCode =
  | 'no_header'
  | 'column_missing'
  | 'no_items'
  | 'text_required'
  | 'agency_required'
  | 'agency_unknown'
  | 'agency_ambiguous'
  | 'deadline_required'
  | 'deadline_unknown'
  | 'target_not_number'
  | 'number_repeated';

export interface PlanProblem {
  code: PlanProblemCode;
  /** 1-based row of the table (of the sheet, from its first row, as Excel numbers it); 0 for the whole table. */
  row: number;
  /** The column as the file names it in its header, or the missing column's field. */
  column: string;
  field?: PlanColumn;
  value: string;
}

export interface PlanTableItem {
  row: number;
  number: string;
  order: number;
  /** The heading of the section the item stands under, as the plan writes it. */
  section?: string;
  textRu: string;
  textKk?: string;
  /** The responsible agencies as the cell names them, each with the directory item it matched. */
  agencies: { name: string; id?: string }[];
  responsibleAgencyIds: string[];
  coExecutors?: string;
  deadlineText: string;
  deadline?: PlanDeadline;
  completionForm?: string;
  targetValue?: number;
  targetUnit?: string;
}

/** What the lines above the table say of the plan: its name, who approved it, when, under which number. */
export interface PlanTitle {
  name?: string;
  approvedBy?: string;
  documentNo?: string;
  documentDate?: IsoDate;
  year?: number;
  projectId?: string;
}

export interface PlanTable {
  title: PlanTitle;
  /** The plan's year: the title's, else the one the caller gave; deadlines without a year take it. */
  year: number;
  /** 1-based rows of the header. */
  headerRows: number[];
  columns: { field: PlanColumn; index: number; label: string; language?: 'ru' | 'kk' }[];
  /** Text columns in both languages: the items fill textKk and textRu. */
  bilingual: boolean;
  sections: { row: number; text: string }[];
  items: PlanTableItem[];
  problems: PlanProblem[];
  /** Agencies the directory lacks, with the rows naming them, so the preview can offer to add them. */
  unknownAgencies: { name: string; rows: number[] }[];
}

export interface PlanTableOptions {
  /** The year when neither the title nor a deadline names one. */
  defaultYear: number;
  agencies: readonly NamedOption[];
  projects?: readonly NamedOption[];
  /** Lines before the table (a Word document's title); a sheet's rows above the header count too. */
  before?: readonly string[];
}

/** Header texts by field, folded (see foldForSearch), most specific first: «соисполнители» before «исполнители». */
const HEADERS: readonly (readonly [PlanColumn, readonly string[]])[] = [
  ['number', ['№', 'п/п', 'р/с', 'р/н', 'номер']],
  ['unit', ['единица измерения', 'ед. изм', 'ед.изм', 'олшем бирлиги', 'олшем бир']],
  ['target', ['целев', 'индикатор', 'показател', 'нысаналы', 'корсеткиш']],
  ['coExecutors', ['соисполнител', 'бирлесип орындаушы', 'бирлескен орындаушы']],
  [
    'completionForm',
    ['форма завершения', 'форма отчет', 'форма исполнения', 'аякталу нысаны', 'аяктау нысаны', 'нысаны'],
  ],
  ['deadline', ['срок', 'орындау мерзими', 'мерзими', 'мерзим']],
  ['responsible', ['ответствен', 'исполнител', 'жауапты', 'орындаушы']],
  ['text', ['наименование', 'мероприяти', 'содержание', 'ис-шара', 'ис шара', 'атауы', 'мазмуны']],
];

const REQUIRED: readonly PlanColumn[] = ['text', 'responsible', 'deadline'];

/** Kazakh letters Russian lacks: a text column full of them is the Kazakh one. */
const KAZAKH_LETTERS = /[әіңғүұқөһ]/gi;

const fold = (text: string) => foldForSearch(text.replace(/[\r\n]+/g, ' '));

function fieldOf(label: string): PlanColumn | undefined {
  const value = fold(label);
  if (!value) return undefined;
  // «№» alone, or «№ п/п»: a number column; «№ приказа» inside a longer label is not.
  if (/^(№|n)\s*(п\/п|р\/с|р\/н)?\.?$/.test(value) || /^(п\/п|р\/с)/.test(value)) return 'number';
  for (const [field, headers] of HEADERS) {
    if (field === 'number') continue;
    // «Целевая аудитория» is who an event is for, not its indicator.
    if (field === 'target' && /аудитор/.test(value)) continue;
    if (headers.some((header) => value.includes(header))) return field;
  }
  return undefined;
}

function languageOfLabel(label: string): 'ru' | 'kk' | undefined {
  const value = fold(label);
  if (/казахск|казак тил|мемлекеттик тил/.test(value)) return 'kk';
  if (/русск|орыс тил/.test(value)) return 'ru';
  return undefined;
}

interface Header {
  rows: number[];
  labels: string[];
  fields: (PlanColumn | undefined)[];
}

const blank = (text: string | undefined) => !text || !text.trim();

/** A row of column numbers under the header («1 | 2 | 3 | 4 | 5») is part of the header, not an item. */
function isColumnNumbers(row: readonly string[]): boolean {
  const filled = row.filter((cell) => !blank(cell));
  return filled.length >= 3 && filled.every((cell, index) => cell.trim() === String(index + 1));
}

/** «1», «1.2», «1.2.», «12)»: an item's number; anything else in the number column is not one. */
const ITEM_NUMBER = /^(\d{1,3}(?:\.\d{1,3})*)[.)]?$/;

function readHeader(rows: readonly string[][], index: number): Header | null {
  const top = rows[index] ?? [];
  const fields = top.map(fieldOf);
  const found = new Set(fields.filter(Boolean));
  if (!found.has('text') || found.size < 3) return null;
  const next = rows[index + 1] ?? [];
  const nextFilled = next.filter((cell) => !blank(cell));
  // A second header row names the columns under a label spanning them («Целевой индикатор» over
  // «значение» and «ед. изм.») or their languages; a section heading under the header does neither.
  const nextIsHeader =
    nextFilled.length > 0 &&
    !isColumnNumbers(next) &&
    !ITEM_NUMBER.test((next[0] ?? '').trim()) &&
    next.every(
      (cell, column) =>
        blank(cell) || blank(top[column]) || fieldOf(cell) !== undefined || languageOfLabel(cell) !== undefined,
    );
  if (!nextIsHeader) return { rows: [index], labels: top.map((cell) => cell.trim()), fields };
  // Two rows: a label spanning several columns above («Целевой индикатор») names each one under it.
  const width = Math.max(top.length, next.length);
  const labels: string[] = [];
  let spanning = '';
  for (let column = 0; column < width; column++) {
    const upper = (top[column] ?? '').trim();
    const lower = (next[column] ?? '').trim();
    if (upper) spanning = upper;
    const above = upper || (lower ? spanning : '');
    labels.push([above, lower].filter(Boolean).join(' '));
  }
  return { rows: [index, index + 1], labels, fields: labels.map(fieldOf) };
}

/** The 0-based rows of a plan's header in a table, or null when the table is no plan. */
export function planHeaderRows(cells: readonly (readonly CellValue[])[]): number[] | null {
  return findHeader(cells.map((row) => row.map((cell) => cellText(cell))))?.rows ?? null;
}

function findHeader(rows: readonly string[][]): Header | null {
  const limit = Math.min(rows.length, 40);
  for (let index = 0; index < limit; index++) {
    const header = readHeader(rows, index);
    if (header) return header;
  }
  return null;
}

function kazakhShare(texts: readonly string[]): number {
  const joined = texts.join(' ');
  const letters = joined.replace(/[^а-яёәіңғүұқөһ]/gi, '').length;
  return letters === 0 ? 0 : (joined.match(KAZAKH_LETTERS)?.length ?? 0) / letters;
}

/** Parts of a responsible cell: one agency a line, or separated by «;» or by commas outside quotes and brackets. */
export function splitAgencies(cell: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of cell) {
    if (char === '(' || char === '«' || char === '[') depth++;
    if ((char === ')' || char === '»' || char === ']') && depth > 0) depth--;
    if (char === '\n' || char === ';' || (char === ',' && depth === 0)) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts
    .map((part) => part.replace(/\s+/g, ' ').replace(/^[\s\-–—•·]+|[\s.]+$/g, ''))
    .filter((part) => part.length > 0);
}

const GENERIC_WORDS = new Set([
  'гу',
  'кгу',
  'ргу',
  'ммм',
  'кмм',
  'отдел',
  'отдела',
  'отделы',
  'управление',
  'управления',
  'департамент',
  'департамента',
  'болими',
  'болими',
  'болим',
  'баскармасы',
  'департаменти',
]);

/**
 * The words that tell agencies apart: «ГУ «Отдел внутренней политики акимата Байзакского района»»
 * and the directory's «Управление внутренней политики» are both «внутренней политики»; in Kazakh,
 * «Байзақ ауданы әкімдігінің ішкі саясат бөлімі» and «Ішкі саясат басқармасы» are «ишки саясат».
 */
export function agencyCore(name: string): string {
  const value = fold(name)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[«»"“”'.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(государственное учреждение|коммунальное государственное учреждение|мемлекеттик мекеме)\s+/, '')
    .replace(/^.*\s(акимдигинин|акиминин)\s+/, '')
    .replace(/\s(акимата|акима)\s+.*(района|области|города|округа)$/, '')
    .replace(/\s(района|области|города)$/, '');
  return value
    .split(/\s+/)
    .filter((word) => word && !GENERIC_WORDS.has(word))
    .join(' ');
}

type AgencyMatch = { ok: true; id: string } | { ok: false; reason: 'unknown' | 'ambiguous' };

function agencyMatcher(options: readonly NamedOption[]): (name: string) => AgencyMatch {
  const cores = new Map<string, Set<string>>();
  for (const option of options)
    for (const name of option.names) {
      const core = agencyCore(name);
      if (core) cores.set(core, (cores.get(core) ?? new Set()).add(option.id));
    }
  const byCore: NamedOption[] = [...cores].flatMap(([core, ids]) => [...ids].map((id) => ({ id, names: [core] })));
  return (name) => {
    const exact = matchOption(name, options);
    if (exact.ok && exact.exact) return { ok: true, id: exact.id };
    const core = agencyCore(name);
    const sameCore = cores.get(core);
    if (sameCore?.size === 1) return { ok: true, id: [...sameCore][0] as string };
    if (sameCore && sameCore.size > 1) return { ok: false, reason: 'ambiguous' };
    const near = matchOption(core, byCore);
    if (near.ok) return { ok: true, id: near.id };
    if (exact.ok) return { ok: true, id: exact.id };
    return { ok: false, reason: near.reason === 'ambiguous_value' ? 'ambiguous' : 'unknown' };
  };
}

/** «4», «не менее 4», «80%», «4 заседания»: the number, and the unit written after it. */
function readTarget(text: string): { value: number; unit?: string } | null {
  const match = /(\d+(?:[.,]\d+)?)\s*(.*)$/.exec(text.replace(/\s+/g, ' ').trim());
  if (!match?.[1]) return null;
  const unit = (match[2] ?? '').trim();
  return { value: Number(match[1].replace(',', '.')), ...(unit ? { unit } : {}) };
}

const DOCUMENT_LINE = /утвержд|бекит|постановлени|решени|приказ|каулы|шешим|буйрык/;
const NAME_LINE = /(^|\s)(план|жоспар|дорожная карта|жол картасы)/;

const bare = (text: string) =>
  fold(text)
    .replace(/[«»"()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The ways a plan's title names a project: the directory's «Біртұтас қоғам: келісім және сенім» is
 * «Біртұтас қоғам» in a title, and «Мир и согласие («Бейбітшілік пен келісім»)» may be either part.
 */
function projectCores(projectName: string): string[] {
  const quoted = [...projectName.matchAll(/«([^»]+)»/g)].map((match) => match[1] ?? '');
  return [projectName, ...quoted, ...[projectName, ...quoted].map((part) => part.split(':')[0] ?? '')]
    .map(bare)
    .filter((core) => core.length >= 6);
}

/** The plan's name, approving body, number and date from the lines above its table. */
export function readTitle(lines: readonly string[], projects: readonly NamedOption[] = []): PlanTitle {
  const title: PlanTitle = {};
  const clean = lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const nameStart = clean.findIndex((line) => NAME_LINE.test(fold(line)) && !DOCUMENT_LINE.test(fold(line)));
  if (nameStart >= 0) {
    const nameLines = [clean[nameStart] as string];
    for (const line of clean.slice(nameStart + 1, nameStart + 4)) {
      if (DOCUMENT_LINE.test(fold(line)) || /^(приложение|косымша)/.test(fold(line))) break;
      nameLines.push(line);
    }
    title.name = nameLines.join(' ');
    const year = /(20\d\d)\s*-?\s*(год|г\.|жыл|ж\.)/i.exec(fold(title.name));
    if (year?.[1]) title.year = Number(year[1]);
  }
  const documentLine = clean.find((line) => /утвержден|бекитилген/.test(fold(line)));
  if (documentLine) {
    const number = /№\s*([\w\-/]+)/u.exec(documentLine);
    if (number?.[1]) title.documentNo = number[1];
    const datePart =
      /(\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}\s*жылғы\s*\d{1,2}\s*[а-яәіңғүұқөһ]+|\d{1,2}\s+[а-яё]+\s+\d{4})/iu.exec(
        documentLine,
      );
    if (datePart?.[1]) {
      const reading = parseDeadline(datePart[1], title.year ?? new Date().getFullYear());
      if (reading.ok && reading.deadline.kind === 'date') title.documentDate = reading.deadline.date;
    }
    const russian = /утвержден[аоы]?\s+(.+?)(?:\s+от\s|\s+№|$)/iu.exec(documentLine);
    const kazakh = /^(.+?)\s+(?:\d{4}\s*жылғы|№)/iu.exec(documentLine);
    const body = russian?.[1] ?? (/бекітілген/iu.test(documentLine) ? kazakh?.[1] : undefined);
    if (body) title.approvedBy = body.trim();
  }
  if (title.name && projects.length > 0) {
    const name = bare(title.name);
    const project = projects.find((option) =>
      option.names.some((projectName) => projectCores(projectName).some((core) => name.includes(core))),
    );
    if (project) title.projectId = project.id;
  }
  return title;
}

/** Reads a plan from the rows of its table. `null` cells and dates are read as text, as a person would. */
export function readPlanTable(cells: readonly (readonly CellValue[])[], options: PlanTableOptions): PlanTable {
  const rows = cells.map((row) => row.map((cell) => cellText(cell)));
  const header = findHeader(rows);
  const problems: PlanProblem[] = [];
  const empty = (title: PlanTitle, year: number): PlanTable => ({
    title,
    year,
    headerRows: [],
    columns: [],
    bilingual: false,
    sections: [],
    items: [],
    problems,
    unknownAgencies: [],
  });
  if (!header) {
    const title = readTitle(options.before ?? [], options.projects);
    problems.push({ code: 'no_header', row: 0, column: '', value: '' });
    return empty(title, title.year ?? options.defaultYear);
  }
  const headerEnd = (header.rows.at(-1) ?? 0) + 1;
  const title = readTitle(
    [...(options.before ?? []), ...rows.slice(0, header.rows[0]).map((row) => row.filter(Boolean).join(' '))],
    options.projects,
  );
  // Not the approval's year: a plan for 2027 is often approved in December 2026.
  const year = title.year ?? options.defaultYear;

  const columns: PlanTable['columns'] = [];
  header.fields.forEach((field, index) => {
    if (!field) return;
    if (field !== 'text' && columns.some((column) => column.field === field)) return;
    const label = header.labels[index] ?? '';
    const language = languageOfLabel(label);
    columns.push({ field, index, label, ...(language ? { language } : {}) });
  });
  const headerRow = (header.rows[0] ?? 0) + 1;
  for (const field of REQUIRED) {
    if (!columns.some((column) => column.field === field))
      problems.push({ code: 'column_missing', row: headerRow, column: '', field, value: '' });
  }
  if (problems.length > 0) return { ...empty(title, year), headerRows: header.rows.map((row) => row + 1), columns };

  let bodyStart = headerEnd;
  if (rows[bodyStart] && isColumnNumbers(rows[bodyStart] as string[])) bodyStart++;
  const body = rows.slice(bodyStart);

  // Two text columns: each gets the language its sub-header names, or failing that the one its texts are in.
  const textColumns = columns.filter((column) => column.field === 'text').slice(0, 2);
  if (textColumns.length === 2) {
    const [first, second] = textColumns as [(typeof columns)[number], (typeof columns)[number]];
    if (!first.language || !second.language || first.language === second.language) {
      const kk = (column: number) => kazakhShare(body.map((row) => row[column] ?? ''));
      const firstIsKazakh = kk(first.index) >= kk(second.index);
      first.language = firstIsKazakh ? 'kk' : 'ru';
      second.language = firstIsKazakh ? 'ru' : 'kk';
    }
  } else if (textColumns[0] && !textColumns[0].language) {
    textColumns[0].language =
      kazakhShare(body.map((row) => row[textColumns[0]?.index ?? 0] ?? '')) > 0.03 ? 'kk' : 'ru';
  }
  const kept = columns.filter((column) => column.field !== 'text' || textColumns.includes(column));
  const at = (field: PlanColumn) => kept.find((column) => column.field === field);
  const textRuColumn = kept.find((column) => column.field === 'text' && column.language === 'ru');
  const textKkColumn = kept.find((column) => column.field === 'text' && column.language === 'kk');
  const mainText = (textRuColumn ?? textKkColumn) as (typeof columns)[number];

  const matchAgency = agencyMatcher(options.agencies);
  const unknown = new Map<string, { name: string; rows: number[] }>();
  const sections: PlanTable['sections'] = [];
  const items: PlanTableItem[] = [];
  const numbers = new Map<string, number>();
  let section: string | undefined;

  body.forEach((row, offset) => {
    const rowNumber = bodyStart + offset + 1;
    const cell = (column: (typeof columns)[number] | undefined) =>
      column ? (row[column.index] ?? '').replace(/[ \t]+/g, ' ').trim() : '';
    const filled = row.map((value) => value.trim()).filter(Boolean);
    if (filled.length === 0 || isColumnNumbers(row)) return;
    const numberText = cell(at('number'));
    const textRu = cell(textRuColumn);
    const textKk = cell(textKkColumn);
    const responsible = cell(at('responsible'));
    const deadlineText = cell(at('deadline'));
    // A heading («1. Укрепление общественного согласия», often one cell across the row): no responsible, no deadline.
    if (!responsible && !deadlineText && !cell(at('completionForm'))) {
      const distinct = [...new Set(filled)];
      section = distinct.join(' / ');
      sections.push({ row: rowNumber, text: section });
      return;
    }
    const problem = (code: PlanProblemCode, column: (typeof columns)[number] | undefined, value: string) =>
      problems.push({
        code,
        row: rowNumber,
        column: column?.label ?? '',
        ...(column ? { field: column.field } : {}),
        value,
      });
    const order = items.length + 1;
    const number = ITEM_NUMBER.exec(numberText)?.[1] ?? (numberText || String(order));
    const earlier = numbers.get(number);
    if (earlier !== undefined) problem('number_repeated', at('number'), `${number} (${earlier})`);
    else numbers.set(number, rowNumber);
    if (!textRu && !textKk) problem('text_required', mainText, '');

    const agencies: PlanTableItem['agencies'] = [];
    if (!responsible) problem('agency_required', at('responsible'), '');
    for (const name of splitAgencies(responsible)) {
      const match = matchAgency(name);
      if (match.ok) {
        agencies.push({ name, id: match.id });
        continue;
      }
      agencies.push({ name });
      problem(match.reason === 'ambiguous' ? 'agency_ambiguous' : 'agency_unknown', at('responsible'), name);
      if (match.reason === 'unknown') {
        const key = agencyCore(name) || fold(name);
        const entry = unknown.get(key) ?? { name, rows: [] };
        entry.rows.push(rowNumber);
        unknown.set(key, entry);
      }
    }

    const reading = parseDeadline(deadlineText, year);
    if (!reading.ok) problem(reading.problem, at('deadline'), deadlineText);

    const targetText = cell(at('target'));
    const target = targetText && !/^[-–—]+$/.test(targetText) ? readTarget(targetText) : undefined;
    if (target === null) problem('target_not_number', at('target'), targetText);
    const unit = cell(at('unit')) || target?.unit;
    const completionForm = cell(at('completionForm'));
    const coExecutors = cell(at('coExecutors'));
    items.push({
      row: rowNumber,
      number,
      order,
      ...(section ? { section } : {}),
      // The model's text of record is Russian: a plan in Kazakh alone keeps its text there too.
      textRu: textRu || textKk,
      ...(textKk ? { textKk } : {}),
      agencies,
      responsibleAgencyIds: [...new Set(agencies.flatMap((agency) => (agency.id ? [agency.id] : [])))],
      ...(coExecutors ? { coExecutors } : {}),
      deadlineText,
      ...(reading.ok ? { deadline: reading.deadline } : {}),
      ...(completionForm ? { completionForm } : {}),
      ...(target ? { targetValue: target.value } : {}),
      ...(target && unit ? { targetUnit: unit } : {}),
    });
  });

  // Headings after the last item are the notes under the table (abbreviations, signatures), not sections.
  const lastItemRow = items.at(-1)?.row ?? 0;
  const keptSections = sections.filter((heading) => heading.row < lastItemRow);
  if (items.length === 0) problems.push({ code: 'no_items', row: headerRow, column: '', value: '' });
  return {
    title,
    year,
    headerRows: header.rows.map((row) => row + 1),
    columns: kept,
    bilingual: Boolean(textRuColumn && textKkColumn),
    sections: keptSections,
    items,
    problems,
    unknownAgencies: [...unknown.values()],
  };
}
