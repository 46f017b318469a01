import { normalizePhone } from '../text/phone';
import { cellText, readDateCell } from './cells';
import { headerScore, normalizeHeader } from './headers';
import { hasTwelveDigits } from '../identity/check-digit';
import type { CellValue, ImportField } from './types';

/** For each column of the sheet, the field it fills, or null when the column is left out. */
export type ColumnMapping = (string | null)[];

const NAME_FIELDS = ['fullName', 'surname', 'givenName'];

type ValueGuess = { key: string; test: (text: string, cell: CellValue) => boolean };

/** What a column holds when its header says nothing we know: judged from its values. */
const VALUE_GUESSES: readonly ValueGuess[] = [
  { key: 'iin', test: (text) => /^\d{10,12}$/.test(text.replace(/[\s-]/g, '')) },
  { key: 'bin', test: (text) => hasTwelveDigits(text.replace(/[\s-]/g, '')) },
  { key: 'phone', test: (text) => /[+()\s-]/.test(text) && normalizePhone(text) !== null },
  { key: 'birthDate', test: (_text, cell) => readDateCell(cell) !== null && typeof cell !== 'number' },
  { key: 'fullName', test: (text) => /^[\p{Lu}][\p{L}'-]+(\s+[\p{Lu}][\p{L}'-]+){1,3}$/u.test(text.trim()) },
];

function guessFromValues(values: readonly CellValue[], available: ReadonlySet<string>): string | null {
  const filled = values.filter((cell) => cellText(cell).trim() !== '').slice(0, 50);
  if (filled.length === 0) return null;
  for (const guess of VALUE_GUESSES) {
    if (!available.has(guess.key)) continue;
    if (guess.key === 'fullName' && NAME_FIELDS.some((key) => !available.has(key))) continue;
    const hits = filled.filter((cell) => guess.test(cellText(cell), cell)).length;
    if (hits / filled.length >= 0.8) return guess.key;
  }
  return null;
}

/**
 * Maps columns to fields: first by header (exact names before partial ones, each field once),
 * then, for columns whose header is unknown, by what their values look like.
 */
export function autoMapColumns(
  header: readonly CellValue[],
  sample: readonly CellValue[][],
  fields: readonly ImportField[],
): ColumnMapping {
  const width = Math.max(header.length, ...sample.map((row) => row.length));
  const mapping: ColumnMapping = Array.from({ length: width }, () => null);
  const candidates: { column: number; field: ImportField; score: number }[] = [];
  for (let column = 0; column < width; column++)
    for (const field of fields) {
      const score = headerScore(header[column], field);
      if (score > 0) candidates.push({ column, field, score });
    }
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const used = new Set<string>();
  for (const { column, field } of candidates) {
    if (mapping[column] !== null || used.has(field.key)) continue;
    mapping[column] = field.key;
    used.add(field.key);
  }
  if (used.has('fullName')) for (const key of ['surname', 'givenName', 'patronymic']) used.add(key);
  const available = new Set(fields.map((field) => field.key).filter((key) => !used.has(key)));
  for (let column = 0; column < width; column++) {
    if (mapping[column] !== null) continue;
    const key = guessFromValues(
      sample.map((row) => row[column]),
      available,
    );
    if (key) {
      mapping[column] = key;
      available.delete(key);
    }
  }
  return mapping;
}

/** Identifies a sheet layout by its column names, so a corrected mapping is offered next time. */
export function layoutKey(header: readonly CellValue[]): string {
  return header.map((cell) => normalizeHeader(cellText(cell))).join('|');
}
