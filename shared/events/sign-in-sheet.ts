import { addToGroup } from '../collections/group';
import type { CellValue } from '../import/types';
import { foldForSearch } from '../text/search-normalize';

/** One person on a sign-in sheet: the sheet's row (from 1, as Excel numbers it), the IIN and the name written there. */
export interface SignInEntry {
  row: number;
  iin?: string;
  name?: string;
}

// Whole words only: «аты» is also inside «қатысушылар» of a Kazakh sheet's title.
const NAME_HEADER = /(?<!\p{L})(ф\.?\s*и\.?\s*о|фамилия|имя|отчество|аты|тегі|әкесінің)(?!\p{L})/iu;
const IIN_HEADER = /(?<!\p{L})(иин|жсн)(?!\p{L})/iu;
const TWELVE_DIGITS = /^\d{12}$/;
const LETTER = /\p{L}/u;

/** Two words or more of letters alone: a title («Семинар 12.11.2026») or a total has digits. */
const isName = (text: string) => LETTER.test(text) && !/\d/.test(text) && text.split(/\s+/).length >= 2;

const cellText = (cell: CellValue): string =>
  cell === null || cell === undefined || cell instanceof Date ? '' : String(cell).trim();

/** An IIN as a sheet holds it: typed with spaces, or as a number that lost a leading zero. */
function iinIn(cell: CellValue): string | undefined {
  // Only a long number is an IIN that lost its zero: a row's number (1, 2, 3…) is not.
  const number = typeof cell === 'number' && String(cell).length >= 11 ? String(cell).padStart(12, '0') : undefined;
  const digits = number ?? cellText(cell).replace(/\s/g, '');
  return TWELVE_DIGITS.test(digits) ? digits : undefined;
}

/**
 * The people a sign-in sheet lists. With a header row naming the columns (ФИО or Фамилия, Имя,
 * Отчество; Аты-жөні or Тегі, Аты; ИИН / ЖСН) the name is read from the name columns, joined in
 * their order, and the IIN from its column; other columns (place of work, phone, signature) are
 * left alone. Without such a row, each row's first twelve-digit cell is its IIN and its first cell
 * of two words or more, letters only, its name. Rows with neither (titles, totals, blank lines) are skipped.
 */
export function signInEntries(rows: readonly (readonly CellValue[])[]): SignInEntry[] {
  const headerIndex = rows.findIndex((row) => row.some((cell) => NAME_HEADER.test(cellText(cell))));
  const header = headerIndex >= 0 ? rows[headerIndex] : undefined;
  const nameColumns = header
    ? header.flatMap((cell, column) =>
        NAME_HEADER.test(cellText(cell)) && !IIN_HEADER.test(cellText(cell)) ? [column] : [],
      )
    : [];
  const iinColumn = header ? header.findIndex((cell) => IIN_HEADER.test(cellText(cell))) : -1;
  const entries: SignInEntry[] = [];
  rows.forEach((row, index) => {
    if (header && index <= headerIndex) return;
    const iin = iinColumn >= 0 ? iinIn(row[iinColumn]) : row.map(iinIn).find(Boolean);
    const name = (
      header
        ? nameColumns
            .map((column) => cellText(row[column]))
            .filter((text) => LETTER.test(text))
            .join(' ')
        : (row.map(cellText).find(isName) ?? '')
    ).replace(/\s+/g, ' ');
    if (!iin && !name) return;
    entries.push({ row: index + 1, ...(iin ? { iin } : {}), ...(name ? { name } : {}) });
  });
  return entries;
}

export interface SignInPerson {
  id: string;
  iin?: string;
  /** The folded full name (nameKey). */
  nameKey: string;
}

export interface SignInMatch {
  /** The people found, each once, in the sheet's order. */
  personIds: string[];
  /** Rows naming nobody in the registry. */
  unknown: SignInEntry[];
  /** Rows whose name fits several people and that have no IIN to tell them apart. */
  ambiguous: SignInEntry[];
}

/**
 * Matches a sheet's rows to people as the importer matches citizens: by IIN first; then by the full
 * name, folded as the search folds it (Ё and Е, Kazakh letters), when it names exactly one person.
 */
export function matchSignIn(entries: readonly SignInEntry[], people: readonly SignInPerson[]): SignInMatch {
  const byIin = new Map(people.flatMap((person) => (person.iin ? [[person.iin, person.id] as const] : [])));
  const byName = new Map<string, string[]>();
  for (const person of people) addToGroup(byName, person.nameKey, person.id);
  const found = new Set<string>();
  const unknown: SignInEntry[] = [];
  const ambiguous: SignInEntry[] = [];
  for (const entry of entries) {
    const byItsIin = entry.iin ? byIin.get(entry.iin) : undefined;
    const namesakes = entry.name ? (byName.get(foldForSearch(entry.name)) ?? []) : [];
    if (byItsIin) found.add(byItsIin);
    else if (namesakes.length === 1 && namesakes[0]) found.add(namesakes[0]);
    else if (namesakes.length > 1) ambiguous.push(entry);
    else unknown.push(entry);
  }
  return { personIds: [...found], unknown, ambiguous };
}
