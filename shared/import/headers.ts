import { foldForSearch } from '../text/search-normalize';
import { isBlankCell } from './cells';
import type { CellRange, CellValue, ImportField } from './types';

/** Header text reduced to what identifies it: folded letters, no punctuation or numbering marks. */
export function normalizeHeader(text: string): string {
  return foldForSearch(text.replace(/[.,:;()"«»*_\n\r]+/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function headerParts(cell: CellValue): string[] {
  if (typeof cell !== 'string') return [];
  // "Фамилия / Тегі": our own bilingual headers, and many hand-made ones, name a column twice.
  return [cell, ...cell.split('/')].map(normalizeHeader).filter(Boolean);
}

const normalizedSynonyms = new WeakMap<ImportField, string[]>();
function synonymsOf(field: ImportField): string[] {
  let list = normalizedSynonyms.get(field);
  if (!list) {
    list = field.headers.map(normalizeHeader);
    normalizedSynonyms.set(field, list);
  }
  return list;
}

/** How well a header cell names a field: 2 exact, 1 one contains the other, 0 not at all. */
export function headerScore(cell: CellValue, field: ImportField): number {
  let best = 0;
  for (const part of headerParts(cell)) {
    for (const synonym of synonymsOf(field)) {
      if (part === synonym) return 2;
      if (synonym.length >= 3 && part.length >= 3 && (part.startsWith(synonym) || part.includes(` ${synonym}`)))
        best = Math.max(best, 1);
    }
  }
  return best;
}

/** A sheet as far as its header goes: its rows and its merged ranges. */
type HeaderSheet = { rows: readonly (readonly CellValue[])[]; merges: readonly CellRange[] };

function matchedFields(cells: readonly CellValue[], fields: readonly ImportField[]): Set<string> {
  const matched = new Set<string>();
  for (const cell of cells)
    for (const field of fields) if (field.kind !== 'skip' && headerScore(cell, field) > 0) matched.add(field.key);
  return matched;
}

function mergeAt(merges: readonly CellRange[], row: number, column: number): CellRange | undefined {
  return merges.find((merge) => merge.s.r <= row && row <= merge.e.r && merge.s.c <= column && column <= merge.e.c);
}

/** What a cell shows: inside a merged range, the range's first cell (the reader leaves the others empty). */
function shownCell(sheet: HeaderSheet, row: number, column: number): CellValue {
  const own = sheet.rows[row]?.[column];
  if (!isBlankCell(own)) return own;
  const merge = mergeAt(sheet.merges, row, column);
  return merge ? sheet.rows[merge.s.r]?.[merge.s.c] : own;
}

/**
 * The names of a header that takes two rows, or null when `row` is a header on its own. In such a
 * header group titles («Сведения о члене») are merged over the column names of the row below, and
 * a name with no group is merged down through both rows (or left alone in the upper row). The
 * lower row's name is kept; a column empty there takes the name above it. The row above counts
 * only when it holds header text in two cells at least (a title merged across the sheet is one),
 * the lower row holds only names of fields or the sub-columns of a merged group (never data), and
 * the two rows together name more fields than the lower row alone.
 */
function twoRowHeader(sheet: HeaderSheet, row: number, fields: readonly ImportField[]): CellValue[] | null {
  if (row < 1) return null;
  const upper = sheet.rows[row - 1] ?? [];
  const lower = sheet.rows[row] ?? [];
  const upperTexts = upper.filter((cell) => !isBlankCell(cell));
  if (upperTexts.length < 2 || upperTexts.some((cell) => typeof cell !== 'string')) return null;
  // Only the merged ranges over these two rows matter: a sheet may merge thousands below.
  const near = { rows: sheet.rows, merges: sheet.merges.filter((merge) => merge.s.r <= row && merge.e.r >= row - 1) };
  const underGroup = (column: number) => {
    const merge = mergeAt(near.merges, row - 1, column);
    return merge !== undefined && merge.s.r === row - 1 && merge.e.c > merge.s.c;
  };
  const namesOnly = lower.every(
    (cell, column) =>
      isBlankCell(cell) ||
      (typeof cell === 'string' &&
        (underGroup(column) || fields.some((field) => field.kind !== 'skip' && headerScore(cell, field) > 0))),
  );
  if (!namesOnly) return null;
  const width = Math.max(upper.length, lower.length);
  const cells = Array.from({ length: width }, (_, column) => {
    const below = shownCell(near, row, column);
    return isBlankCell(below) ? (shownCell(near, row - 1, column) ?? null) : below;
  });
  return matchedFields(cells, fields).size > matchedFields(lower, fields).size ? cells : null;
}

/**
 * The column names above the data that starts after `headerRow`: that row's cells, or the names
 * of a two-row header ending on it. Everything that shows or maps a header reads it from here.
 */
export function headerCellsAt(sheet: HeaderSheet, headerRow: number, fields: readonly ImportField[]): CellValue[] {
  if (headerRow < 0) return [];
  return twoRowHeader(sheet, headerRow, fields) ?? [...(sheet.rows[headerRow] ?? [])];
}

/**
 * The row that holds the column names (the lower one of a two-row header): the one among the
 * first 30 rows whose cells name the most known fields. Title rows (one merged cell), blank rows
 * and notes above it score nothing. Returns -1 when no row names at least two fields.
 */
export function detectHeaderRow(
  rows: readonly (readonly CellValue[])[],
  fields: readonly ImportField[],
  merges: readonly CellRange[] = [],
): number {
  const sheet = { rows, merges };
  let bestRow = -1;
  let bestScore = 1;
  rows.slice(0, 30).forEach((_row, index) => {
    const twoRows = twoRowHeader(sheet, index, fields);
    const score = matchedFields(twoRows ?? rows[index] ?? [], fields).size;
    // A two-row header names at least what its upper row does: the lower row is names, not the first data.
    if (score > bestScore || (twoRows && score === bestScore && bestRow === index - 1)) {
      bestScore = score;
      bestRow = index;
    }
  });
  return bestRow;
}
