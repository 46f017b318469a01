import ExcelJS from 'exceljs';
import type { CellWrite } from '@shared/forms/plan-fill';

/** Why a write was not made; each has a text under forms.refused in ru and kk. */
export type RefusalReason = 'noSheet' | 'badAddress' | 'badValue' | 'formula' | 'insideMerge';

export interface RefusedWrite {
  sheet: string;
  address: string;
  reason: RefusalReason;
}

export interface FilledWorkbook {
  bytes: Uint8Array;
  refused: RefusedWrite[];
}

const ADDRESS = /^([A-Z]{1,3})([1-9]\d{0,6})$/;
/** Excel's last column (XFD) and row. */
const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;

function isOnSheet(address: string): boolean {
  const parts = ADDRESS.exec(address);
  if (!parts) return false;
  const column = [...(parts[1] ?? '')].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  return column <= MAX_COLUMN && Number(parts[2]) <= MAX_ROW;
}

/**
 * The cell a write goes to, or why writing it would damage the form. A formula is the authority's (a
 * total, a share) and must stay; a cell inside a merge other than its top-left one has no value of
 * its own (ExcelJS would quietly write the top-left cell instead, often the heading).
 */
function target(workbook: ExcelJS.Workbook, write: CellWrite): ExcelJS.Cell | RefusalReason {
  const sheet = workbook.getWorksheet(write.sheet);
  if (!sheet) return 'noSheet';
  if (!isOnSheet(write.address)) return 'badAddress';
  if (typeof write.value === 'number' && !Number.isFinite(write.value)) return 'badValue';
  const cell = sheet.getCell(write.address);
  if (cell.type === ExcelJS.ValueType.Formula) return 'formula';
  if (cell.type === ExcelJS.ValueType.Merge) return 'insideMerge';
  return cell;
}

/**
 * Drops the last result Excel saved with every formula. After a fill those results are stale (a
 * total of the blank form), and a reader that does not calculate would show them as the figures;
 * LibreOffice, which does not always honour fullCalcOnLoad, calculates a formula that has no result.
 */
function forgetFormulaResults(workbook: ExcelJS.Workbook): void {
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const { result: _stale, ...formula } = cell.value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
        cell.value = formula as ExcelJS.CellValue;
      }),
    ),
  );
}

/**
 * A copy of the authority's workbook with the given cells set, and nothing else changed but the
 * formulas' saved results: each written cell keeps its style (font, fill, border, number format,
 * alignment), numbers are written as numbers and texts as texts, and Excel and LibreOffice are told
 * to recalculate every formula on opening; Kelisim never evaluates them. A write that would damage
 * the form is not made and is listed in `refused`. Call it in a worker: the template comes from
 * outside, and ExcelJS parses it.
 */
export async function fillWorkbook(
  template: ArrayBuffer | Uint8Array,
  writes: readonly CellWrite[],
): Promise<FilledWorkbook> {
  const workbook = new ExcelJS.Workbook();
  // JSZip, which ExcelJS loads with, takes a Uint8Array as it takes an ArrayBuffer.
  await workbook.xlsx.load(template as ArrayBuffer);
  const refused: RefusedWrite[] = [];
  for (const write of writes) {
    const cell = target(workbook, write);
    if (typeof cell === 'string') refused.push({ sheet: write.sheet, address: write.address, reason: cell });
    else cell.value = write.value;
  }
  forgetFormulaResults(workbook);
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  return { bytes: new Uint8Array(await workbook.xlsx.writeBuffer()), refused };
}
