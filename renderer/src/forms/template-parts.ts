import type { ZipEntry } from '@/import/unzip';
import { columnNumber } from './template-grid';
import { TEMPLATE_LIMITS, type TemplateLimitExceeded } from './template-limits';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
const MACROS = /(^|\/)vbaProject\.bin$/i;
/** The elements that place rows, cells and merges, with any namespace prefix a writer chose. */
const PLACING = /<(?:[\w.-]+:)?(row|c|mergeCell)\b([^>]*)>/g;
const REFERENCE = /(?:^|\s)(?:r|ref)="\$?([A-Z]{1,3})?\$?(\d+)?(?::\$?([A-Z]{1,3})\$?(\d+))?"/i;
/**
 * ExcelJS keeps a validation cell by cell as it reads (one list over a whole column is a million
 * cells); the preview needs none of them, and the form's own bytes keep them for the fill.
 */
const VALIDATIONS = /<([\w.-]+:)?dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/\1dataValidations>)/g;

export const hasMacros = (entries: readonly ZipEntry[]): boolean => entries.some((entry) => MACROS.test(entry.name));

interface Extent {
  rows: number;
  columns: number;
  merges: number;
  mergedCells: number;
}

/**
 * How far a sheet's rows, cells and merges reach, read from its XML without parsing it: a row or
 * cell without a reference follows the one before, as Excel reads it.
 */
function extentOf(xml: string): Extent {
  const extent: Extent = { rows: 0, columns: 0, merges: 0, mergedCells: 0 };
  let row = 0;
  let column = 0;
  for (const [, element, attributes = ''] of xml.matchAll(PLACING)) {
    const [, fromColumn, fromRow, toColumn, toRow] = REFERENCE.exec(attributes) ?? [];
    if (element === 'row') {
      row = fromRow ? Number(fromRow) : row + 1;
      column = 0;
    } else if (element === 'c') {
      column = fromColumn ? columnNumber(fromColumn) : column + 1;
      if (fromRow) row = Number(fromRow);
      extent.rows = Math.max(extent.rows, row);
      extent.columns = Math.max(extent.columns, column);
    } else if (fromColumn && fromRow) {
      const [top, left] = [Number(fromRow), columnNumber(fromColumn)];
      const [bottom, right] = [Number(toRow ?? fromRow), columnNumber(toColumn ?? fromColumn)];
      extent.merges++;
      extent.mergedCells += (Math.abs(bottom - top) + 1) * (Math.abs(right - left) + 1);
      extent.rows = Math.max(extent.rows, top, bottom);
      extent.columns = Math.max(extent.columns, left, right);
    }
  }
  return extent;
}

export type CheckedParts = { ok: true; entries: ZipEntry[] } | { ok: false; limit: TemplateLimitExceeded };

/**
 * Checks an unzipped .xlsx against the limits before ExcelJS sees it (sheets, rows and columns
 * that hold cells or merges, merges and the cells they cover) and gives the parts to read it
 * from, its sheets without their data validations.
 */
export function checkParts(entries: readonly ZipEntry[]): CheckedParts {
  const decoder = new TextDecoder();
  const workbook = entries.find((entry) => entry.name.toLowerCase() === 'xl/workbook.xml');
  const sheets = workbook ? (decoder.decode(workbook.data).match(/<(?:[\w.-]+:)?sheet\s/g)?.length ?? 0) : 0;
  if (sheets > TEMPLATE_LIMITS.sheets) return { ok: false, limit: { limit: 'sheets', value: sheets } };
  const checked: ZipEntry[] = [];
  for (const entry of entries) {
    if (!WORKSHEET.test(entry.name)) {
      checked.push(entry);
      continue;
    }
    const xml = decoder.decode(entry.data);
    const extent = extentOf(xml);
    for (const limit of ['rows', 'columns', 'merges', 'mergedCells'] as const)
      if (extent[limit] > TEMPLATE_LIMITS[limit]) return { ok: false, limit: { limit, value: extent[limit] } };
    const lean = xml.replace(VALIDATIONS, '');
    checked.push(lean === xml ? entry : { name: entry.name, data: new TextEncoder().encode(lean) });
  }
  return { ok: true, entries: checked };
}
