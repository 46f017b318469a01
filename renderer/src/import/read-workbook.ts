import * as XLSX from 'xlsx';
import * as cptable from 'xlsx/dist/cpexcel.full.mjs';
import type { CellValue, RawSheet, RawWorkbook } from '@shared/import/types';
import { IMPORT_LIMITS, type LimitExceeded } from './limits';
import { isZip } from './unzip';
import { readZipWorkbook } from './zip-workbook';

// Excel 95 files and CSV in Windows-1251 need SheetJS's code pages (STACK.md, trap 4).
XLSX.set_cptable(cptable);

export type ReadFailure = 'unsupported' | 'unreadable' | 'damaged-zip' | 'empty' | 'too-large' | 'timeout';
export type ReadOutcome =
  { ok: true; workbook: RawWorkbook } | { ok: false; failure: ReadFailure; limit?: LimitExceeded };

const SPREADSHEET = /\.(xlsx|xlsm|xls|ods|xml|csv|txt|tsv)$/i;

/** The namespace of Excel 2003's XML Spreadsheet (SpreadsheetML), which such a file names near its start. */
const SPREADSHEET_ML = 'urn:schemas-microsoft-com:office:spreadsheet';

/** An .xml file is read only when it is an Excel 2003 XML table, not any XML someone picked. */
function isSpreadsheetMl(data: Uint8Array): boolean {
  return new TextDecoder('utf-8').decode(data.subarray(0, 4096)).includes(SPREADSHEET_ML);
}

/** UTF-8 when the bytes are valid UTF-8, otherwise Windows-1251: what Excel on a Russian Windows writes. */
export function decodeText(data: Uint8Array): string {
  const body = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1251').decode(body);
  }
}

/** The separator used in the first lines: semicolon (Excel in Russian locales), comma or tab. */
export function detectSeparator(text: string): string {
  const sample = text
    .split(/\r?\n/)
    .slice(0, 20)
    .join('\n')
    .replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((separator) => [separator, sample.split(separator).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]?.[1] ? counts[0][0] : ',';
}

/**
 * The cells from A1, whatever the range the file declares: a sheet whose first row or column is
 * empty declares a range starting further on, and read from there its row numbers and column
 * letters would not be the ones Excel shows, nor line up with its merged ranges (counted from A1).
 */
function sheetRows(sheet: XLSX.WorkSheet): CellValue[][] {
  const ref = sheet['!ref'];
  const range = ref ? { s: { r: 0, c: 0 }, e: XLSX.utils.decode_range(ref).e } : undefined;
  return XLSX.utils.sheet_to_json<CellValue[]>(sheet, {
    header: 1,
    raw: true,
    defval: null,
    blankrows: true,
    UTC: true,
    ...(range ? { range } : {}),
  });
}

/**
 * Reads .xlsx, .xls, .ods, Excel 2003 XML and .csv into plain rows of cells. CSV cells stay text so IINs keep
 * their leading zeros; spreadsheet dates arrive as dates at UTC midnight (STACK.md, trap 6).
 */
const tooLarge = (limit: LimitExceeded['limit'], value: number): ReadOutcome => ({
  ok: false,
  failure: 'too-large',
  limit: { limit, value },
});

export function readWorkbook(fileName: string, data: Uint8Array): ReadOutcome {
  if (!SPREADSHEET.test(fileName)) return { ok: false, failure: 'unsupported' };
  if (data.byteLength > IMPORT_LIMITS.fileBytes) return tooLarge('fileBytes', data.byteLength);
  let book: XLSX.WorkBook;
  try {
    // One row more than allowed is read, so that a longer sheet is noticed and refused, not cut short.
    const common = { dense: true, sheetRows: IMPORT_LIMITS.rows + 1 } as const;
    const spreadsheet = { ...common, cellDates: true, UTC: true, cellFormula: false, cellHTML: false } as const;
    // By content, not by name: a zip is unzipped only under the budget, whatever the file is called.
    if (isZip(data)) {
      const zipped = readZipWorkbook(data, spreadsheet);
      if (!zipped.ok) {
        return zipped.failure === 'too-large'
          ? tooLarge('unzippedBytes', zipped.bytes)
          : { ok: false, failure: zipped.failure };
      }
      book = zipped.book;
    } else if (/\.xml$/i.test(fileName) && !isSpreadsheetMl(data)) {
      return { ok: false, failure: 'unsupported' };
    } else if (/\.(csv|txt|tsv)$/i.test(fileName)) {
      const text = decodeText(data);
      // SheetJS would unzip text that starts like a zip (after a byte-order mark), out of the budget's reach.
      if (isZip(new TextEncoder().encode(text.slice(0, 4)))) return { ok: false, failure: 'unreadable' };
      book = XLSX.read(text, { ...common, type: 'string', FS: detectSeparator(text), raw: true });
    } else {
      book = XLSX.read(data, { ...spreadsheet, type: 'array' });
    }
  } catch {
    return { ok: false, failure: 'unreadable' };
  }
  if (book.SheetNames.length > IMPORT_LIMITS.sheets) return tooLarge('sheets', book.SheetNames.length);
  for (const name of book.SheetNames) {
    // With sheetRows set, !ref stops at the cap and !fullref keeps the sheet's real extent.
    const sheet = book.Sheets[name];
    const ref = sheet?.['!fullref'] ?? sheet?.['!ref'];
    if (typeof ref !== 'string') continue;
    const range = XLSX.utils.decode_range(ref);
    if (range.e.c + 1 > IMPORT_LIMITS.columns) return tooLarge('columns', range.e.c + 1);
    if (range.e.r + 1 > IMPORT_LIMITS.rows) return tooLarge('rows', range.e.r + 1);
  }
  let sheets: RawSheet[];
  try {
    sheets = book.SheetNames.map((name) => {
      const sheet = book.Sheets[name];
      if (!sheet) return { name, rows: [], merges: [] };
      return {
        name,
        rows: sheetRows(sheet),
        merges: (sheet['!merges'] ?? []).map((range) => ({ s: range.s, e: range.e })),
      };
    });
  } catch {
    // A damaged file can pass the parser and still hold cells no spreadsheet writes.
    return { ok: false, failure: 'unreadable' };
  }
  if (sheets.every((sheet) => sheet.rows.every((row) => row.every((cell) => cell === null || cell === '')))) {
    return { ok: false, failure: 'empty' };
  }
  return { ok: true, workbook: { fileName, sheets } };
}
