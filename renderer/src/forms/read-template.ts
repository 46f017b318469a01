import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { isZip, unzip } from '@/import/unzip';
import { storedZip } from './stored-zip';
import type { TemplateGrid } from './template-grid';
import { TEMPLATE_LIMITS, type TemplateLimitExceeded } from './template-limits';
import { checkParts, hasMacros } from './template-parts';
import { templateGrid } from './workbook-grid';

/** Why a form was not read; each has a text under forms.template.errors in ru and kk. */
export type TemplateErrorCode =
  'unsupported' | 'macros' | 'encrypted' | 'unreadable' | 'damaged-zip' | 'too-large' | 'timeout' | 'empty';

/** What the clerk should know about a form that was read; each has a text under forms.template.warnings. */
export type TemplateWarning = 'stylesLost';

export interface TemplateError {
  code: TemplateErrorCode;
  limit?: TemplateLimitExceeded;
}

export type TemplateOutcome =
  | { ok: true; grid: TemplateGrid; bytes: Uint8Array; warnings: TemplateWarning[] }
  | { ok: false; error: TemplateError };

/** Office's compound file: .xls, and an .xlsx once it is encrypted with a password. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const failed = (code: TemplateErrorCode, limit?: TemplateLimitExceeded): TemplateOutcome => ({
  ok: false,
  error: limit ? { code, limit } : { code },
});

const tooLarge = (limit: TemplateLimitExceeded['limit'], value: number) => failed('too-large', { limit, value });

/**
 * An .xlsx read by ExcelJS from parts unzipped under the budget and checked against the limits;
 * `bytes` stays the file itself, so that the fill starts from exactly what the authority sent.
 */
async function readXlsx(data: Uint8Array): Promise<TemplateOutcome> {
  const unzipped = unzip(data, TEMPLATE_LIMITS.unzippedBytes);
  if (!unzipped.ok)
    return unzipped.failure === 'too-large' ? tooLarge('unzippedBytes', unzipped.bytes) : failed(unzipped.failure);
  if (hasMacros(unzipped.entries)) return failed('macros');
  const names = new Set(unzipped.entries.map((entry) => entry.name.toLowerCase()));
  // An OpenDocument or any other zip: not a form the writer can fill.
  if (!names.has('[content_types].xml') || !names.has('xl/workbook.xml')) return failed('unsupported');
  const checked = checkParts(unzipped.entries);
  if (!checked.ok) return tooLarge(checked.limit.limit, checked.limit.value);
  const workbook = new ExcelJS.Workbook();
  let grid: TemplateGrid;
  try {
    await workbook.xlsx.load(storedZip(checked.entries) as unknown as ArrayBuffer);
    grid = templateGrid(workbook);
  } catch {
    return failed('unreadable');
  }
  if (grid.sheets.every((sheet) => sheet.cells.length === 0)) return failed('empty');
  return { ok: true, grid, bytes: data, warnings: [] };
}

/**
 * An .xls read by SheetJS under the importer's limits and written again as .xlsx for ExcelJS to
 * read and the writer to fill. SheetJS's free build keeps values, formulas, number formats,
 * merges, widths and hidden columns, but not fonts, fills, borders or frozen panes: the clerk is
 * told so.
 */
async function readXls(data: Uint8Array): Promise<TemplateOutcome> {
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(data, {
      type: 'array',
      cellStyles: true,
      cellNF: true,
      bookVBA: true,
      // One row more than allowed is read, so that a longer sheet is noticed and refused, not cut short.
      sheetRows: TEMPLATE_LIMITS.rows + 1,
    });
  } catch (error) {
    return failed(error instanceof Error && /password|encrypt/i.test(error.message) ? 'encrypted' : 'unreadable');
  }
  if (book.vbaraw) return failed('macros');
  if (book.SheetNames.length > TEMPLATE_LIMITS.sheets) return tooLarge('sheets', book.SheetNames.length);
  for (const sheet of Object.values(book.Sheets)) {
    const ref = sheet['!fullref'] ?? sheet['!ref'];
    if (typeof ref === 'string') {
      const range = XLSX.utils.decode_range(ref);
      if (range.e.r + 1 > TEMPLATE_LIMITS.rows) return tooLarge('rows', range.e.r + 1);
      if (range.e.c + 1 > TEMPLATE_LIMITS.columns) return tooLarge('columns', range.e.c + 1);
    }
    const merges = sheet['!merges'] ?? [];
    if (merges.length > TEMPLATE_LIMITS.merges) return tooLarge('merges', merges.length);
    const covered = merges.reduce((sum, { s, e }) => sum + (e.r - s.r + 1) * (e.c - s.c + 1), 0);
    if (covered > TEMPLATE_LIMITS.mergedCells) return tooLarge('mergedCells', covered);
  }
  let xlsx: Uint8Array;
  try {
    xlsx = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
  } catch {
    return failed('unreadable');
  }
  const read = await readXlsx(xlsx);
  return read.ok ? { ...read, warnings: ['stylesLost'] } : read;
}

/**
 * Reads the blank form an authority sent: .xlsx as it is, .xls converted to .xlsx (with a
 * warning that its styles were lost), under the importer's limits; a form with macros, a
 * password or damage is refused with the reason. Its formulas are never evaluated. Call it in a
 * worker (template-client.ts), which also stops it after the time limit.
 */
export async function readTemplate(data: Uint8Array, fileName: string): Promise<TemplateOutcome> {
  if (/\.(xlsm|xltm|xlam)$/i.test(fileName)) return failed('macros');
  if (!/\.(xlsx|xls)$/i.test(fileName)) return failed('unsupported');
  if (data.byteLength > TEMPLATE_LIMITS.fileBytes) return tooLarge('fileBytes', data.byteLength);
  // By content, not by name: an .xlsx saved under .xls is read as the .xlsx it is.
  if (isZip(data)) return readXlsx(data);
  if (COMPOUND_FILE.every((byte, index) => data[index] === byte)) return readXls(data);
  // Excel also saves .xls as an XML or HTML table; anything else SheetJS would read as text.
  if (/\.xls$/i.test(fileName) && /^\s*</.test(new TextDecoder().decode(data.subarray(0, 1024)))) return readXls(data);
  return failed('unreadable');
}
