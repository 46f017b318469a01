import ExcelJS from 'exceljs';
import { needsTextFormat, type ExportTable } from '@shared/export/table';

const THIN = { style: 'thin' as const, color: { argb: 'FF9AA5B1' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE6F2F2' } };
const FIRST_DATA_ROW = 5;
const HEADER_ROW = 4;

function toExcelDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00.000Z`);
}

/**
 * Writes report sheets the way offices expect to receive them: a title and period on top, a bold
 * frozen header with autofilter, borders, set column widths, A4 landscape fitted to the page width
 * with the header repeated on every printed page. Codes (IIN, BIN) and any text Excel could take for
 * a formula get the Text format, so leading zeros survive and nothing is ever calculated.
 */
export async function writeStyledWorkbook(tables: readonly ExportTable[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kelisim';
  for (const table of tables) {
    const width = table.columns.length;
    const sheet = workbook.addWorksheet(table.sheetName, {
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
        margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      },
      views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    });
    sheet.columns = table.columns.map((column) => ({ width: column.width }));

    const titleCell = sheet.getCell(1, 1);
    titleCell.value = table.title;
    titleCell.font = { bold: true, size: 14 };
    if (width > 1) sheet.mergeCells(1, 1, 1, width);
    if (table.subtitle) {
      sheet.getCell(2, 1).value = table.subtitle;
      sheet.getCell(2, 1).font = { italic: true, color: { argb: 'FF495057' } };
      if (width > 1) sheet.mergeCells(2, 1, 2, width);
    }

    const header = sheet.getRow(HEADER_ROW);
    table.columns.forEach((column, index) => {
      const cell = header.getCell(index + 1);
      cell.value = column.header;
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.border = BORDER;
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    });
    header.height = 32;

    const writeRow = (rowNumber: number, values: readonly (string | number | null)[], bold: boolean) => {
      const row = sheet.getRow(rowNumber);
      table.columns.forEach((column, index) => {
        const cell = row.getCell(index + 1);
        const value = values[index] ?? null;
        cell.border = BORDER;
        if (bold) cell.font = { bold: true };
        if (value === null || value === '') return;
        if (column.kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
          cell.value = toExcelDate(value);
          cell.numFmt = 'dd.mm.yyyy';
        } else if (column.kind === 'code' || (typeof value === 'string' && needsTextFormat(value))) {
          cell.value = String(value);
          cell.numFmt = '@';
        } else {
          cell.value = value;
        }
        if (column.kind === 'text') cell.alignment = { wrapText: true, vertical: 'top' };
      });
    };
    const bold = new Set(table.boldRows ?? []);
    table.rows.forEach((values, index) => writeRow(FIRST_DATA_ROW + index, values, bold.has(index)));
    if (table.totals) writeRow(FIRST_DATA_ROW + table.rows.length, table.totals, true);
    const notesRow = FIRST_DATA_ROW + table.rows.length + (table.totals ? 1 : 0) + 1;
    (table.notes ?? []).forEach((note, index) => {
      const cell = sheet.getCell(notesRow + index, 1);
      cell.value = note;
      cell.font = { italic: true };
      if (width > 1) sheet.mergeCells(notesRow + index, 1, notesRow + index, width);
    });

    sheet.autoFilter = {
      from: { row: HEADER_ROW, column: 1 },
      to: { row: HEADER_ROW, column: width },
    };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
