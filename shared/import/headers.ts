import { foldForSearch } from '../text/search-normalize';
import type { CellValue, ImportField } from './types';

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

/**
 * The row that holds the column names: the one among the first 30 rows whose cells name the most
 * known fields. Title rows (one merged cell), blank rows and notes above it score nothing.
 * Returns -1 when no row names at least two fields.
 */
export function detectHeaderRow(rows: readonly CellValue[][], fields: readonly ImportField[]): number {
  let bestRow = -1;
  let bestScore = 1;
  rows.slice(0, 30).forEach((row, index) => {
    const matched = new Set<string>();
    for (const cell of row)
      for (const field of fields) if (field.kind !== 'skip' && headerScore(cell, field) > 0) matched.add(field.key);
    if (matched.size > bestScore) {
      bestScore = matched.size;
      bestRow = index;
    }
  });
  return bestRow;
}
