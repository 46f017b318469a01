import type { ExportCell, ExportTable } from '../export/table';
import type { CellValue, RawSheet, RawWorkbook } from '../import/types';
import { sheetChecksum } from './checksum';
import { METADATA_SHEET } from './format';

/**
 * For tests: the workbook that writeStyledWorkbook (ExcelJS) writes and read-workbook.ts (SheetJS,
 * cellDates and UTC) reads back, without the files: the title on row 1, the subtitle on row 2,
 * the header on row 4, the rows from row 5, notes after an empty row; ISO dates in date columns
 * as Dates at UTC midnight; OOXML escapes decoded. The real round trip is tested in
 * renderer/src/exchange/round-trip.test.ts.
 */
export function tablesToWorkbook(tables: readonly ExportTable[], fileName = 'package.xlsx'): RawWorkbook {
  return { fileName, sheets: tables.map(tableToSheet) };
}

const decode = (text: string) =>
  text.replace(/_x([0-9a-fA-F]{4})_/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function tableToSheet(table: ExportTable): RawSheet {
  const width = table.columns.length;
  const blank = (): CellValue[] => Array.from({ length: width }, () => null);
  const line = (first: string | undefined) => {
    const row = blank();
    row[0] = first ?? null;
    return row;
  };
  const cells = (values: readonly ExportCell[]): CellValue[] =>
    table.columns.map((column, index) => {
      const value = values[index] ?? null;
      if (value === null || value === '') return null;
      if (column.kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value))
        return new Date(`${value.slice(0, 10)}T00:00:00.000Z`);
      if (column.kind === 'code') return decode(String(value));
      return typeof value === 'string' ? decode(value) : value;
    });
  const rows: CellValue[][] = [line(table.title), line(table.subtitle), blank(), table.columns.map((c) => c.header)];
  rows.push(...table.rows.map(cells));
  if (table.totals) rows.push(cells(table.totals));
  if (table.notes?.length) {
    rows.push(blank());
    rows.push(...table.notes.map(line));
  }
  return { name: table.sheetName, rows, merges: [] };
}

/** A copy of the workbook with one cell changed (zero-based row and column), as someone editing the file would. */
export function withCell(workbook: RawWorkbook, sheetName: string, row: number, column: number, value: CellValue) {
  return {
    ...workbook,
    sheets: workbook.sheets.map((sheet) =>
      sheet.name === sheetName
        ? {
            ...sheet,
            rows: sheet.rows.map((cells, index) =>
              index === row ? cells.map((cell, at) => (at === column ? value : cell)) : cells,
            ),
          }
        : sheet,
    ),
  };
}

/**
 * The package's sheets with the metadata entries changed (key, value, description rows, without
 * `metadata_sha256`) and the metadata checksum computed again, as a program writing the package
 * that way would: e.g. one written before a key existed.
 */
export function withMetadataEntries(
  tables: readonly ExportTable[],
  change: (entries: ExportCell[][]) => ExportCell[][],
): ExportTable[] {
  return tables.map((table) => {
    if (table.sheetName !== METADATA_SHEET) return table;
    const [keys = [], ...rows] = table.rows;
    const last = rows.at(-1) ?? [];
    if (last[0] !== 'metadata_sha256') throw new Error('metadata_sha256 is not the last row');
    const entries = change(rows.slice(0, -1));
    const sum = sheetChecksum(
      keys.map(String),
      entries.map((row) => row.map((cell) => (cell === '' ? null : cell))),
    );
    return { ...table, rows: [keys, ...entries, ['metadata_sha256', sum, last[2] ?? null]] };
  });
}
