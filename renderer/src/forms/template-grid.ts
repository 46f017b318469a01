import type ExcelJS from 'exceljs';
import { formatByNumFmt } from './number-format-text';

/**
 * An authority's form as it looks, to show it and map it: plain data, so that it crosses from
 * the worker that read the file and can be kept with the form. Widths are in Excel's characters
 * and heights in points, as Excel gives them; rows, columns and addresses count from 1 and A1.
 */
export interface TemplateGrid {
  sheets: TemplateSheet[];
}

export interface TemplateSheet {
  name: string;
  /** Hidden or very hidden in Excel: the form's lists and checks, still there to fill. */
  hidden: boolean;
  /** The last row and column holding text, a style or a merge. */
  rowCount: number;
  columnCount: number;
  /** One per column, 1 to columnCount (index 0 is column A). */
  columns: { width: number; hidden: boolean }[];
  /** One per row, 1 to rowCount (index 0 is row 1). */
  rows: { height: number; hidden: boolean }[];
  /** Cells with text or a visible style; a cell inside a merge is given by the merge's top-left cell only. */
  cells: TemplateCell[];
  merges: MergedRange[];
  /** Rows and columns frozen at the top and left, 0 for none. */
  frozen: { rows: number; columns: number };
}

export type CellAlign = 'left' | 'center' | 'right';

export interface TemplateCell {
  address: string;
  row: number;
  column: number;
  /** What Excel shows: a formula's last result as Excel saved it, '' when it saved none. */
  text: string;
  bold: boolean;
  italic: boolean;
  align: CellAlign;
  /** Background as #RRGGBB. */
  fill?: string;
  /** Which sides have a line: what makes the form's table look like one. */
  border?: { top: boolean; right: boolean; bottom: boolean; left: boolean };
  /** The authority's formula: never evaluated, never a place for a figure. */
  formula: boolean;
  /** Rows and columns the cell spans when it is the top-left cell of a merge. */
  merge?: { rows: number; columns: number };
}

export interface MergedRange {
  /** "A1:J1" */
  range: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 1 → "A", 27 → "AA". */
export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** "A" → 1, "AA" → 27. */
export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
}

/** What a cell shows: its value, or for a formula the result Excel saved with it. */
export type ShownValue =
  | Exclude<ExcelJS.CellValue, ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue>
  | ExcelJS.CellFormulaValue['result'];

/**
 * The text of a cell as Excel shows it: numbers and dates in the cell's number format where it is
 * a simple one, rich text as its plain text. A formula shows the result Excel saved with it ('' when
 * there is none): Kelisim never evaluates a form's formulas.
 */
export function cellText(value: ShownValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || value instanceof Date) return formatByNumFmt(value, numFmt);
  if (typeof value === 'string') return value;
  // The sign for a logical value, the same in every language the app speaks.
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text, numFmt);
  return '';
}

/**
 * The labels of rows fromRow..toRow in a column ("B" or 2), for a block whose rows are districts,
 * villages or ethnic groups: what matchLabels matches. Rows with no label are left out; a label
 * merged across columns counts for its row, one merged down several rows for its first row only,
 * so that no two rows of a block take the same entry.
 */
export function rowLabels(
  sheet: TemplateSheet,
  column: string | number,
  fromRow: number,
  toRow: number,
): { row: number; label: string }[] {
  const at = typeof column === 'number' ? column : columnNumber(column);
  const byAddress = new Map(sheet.cells.map((cell) => [`${cell.row}:${cell.column}`, cell]));
  const labels: { row: number; label: string }[] = [];
  for (let row = fromRow; row <= toRow; row++) {
    const merge = sheet.merges.find(
      (range) => range.top <= row && row <= range.bottom && range.left <= at && at <= range.right,
    );
    if (merge && merge.top !== row) continue;
    const label = byAddress.get(merge ? `${merge.top}:${merge.left}` : `${row}:${at}`)?.text.trim() ?? '';
    if (label) labels.push({ row, label });
  }
  return labels;
}
