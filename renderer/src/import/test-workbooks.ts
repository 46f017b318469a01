import * as XLSX from 'xlsx';
import type { CellValue, RawSheet } from '@shared/import/types';
import { readWorkbook } from './read-workbook';

/** A one-sheet workbook written by SheetJS in the given format, as the importer's tests' files. */
export function workbookBytes(
  rows: CellValue[][],
  bookType: XLSX.BookType,
  merges: XLSX.Range[] = [],
  sheetName = 'Лист1',
): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet(rows, { cellDates: true });
  sheet['!merges'] = merges;
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, sheetName);
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer);
}

/** The first sheet as the application reads it; a file it cannot read fails the test with the reason. */
export function firstSheet(fileName: string, data: Uint8Array): RawSheet {
  const outcome = readWorkbook(fileName, data);
  if (!outcome.ok) throw new Error(`could not read ${fileName}: ${outcome.failure}`);
  const sheet = outcome.workbook.sheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}
