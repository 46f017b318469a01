import ExcelJS from 'exceljs';
import { fillColor } from './excel-colors';
import {
  cellText,
  columnLetters,
  type CellAlign,
  type MergedRange,
  type ShownValue,
  type TemplateCell,
  type TemplateGrid,
  type TemplateSheet,
} from './template-grid';

/** Excel's own defaults, for a sheet that states none. */
const DEFAULT_WIDTH = 8.43;
const DEFAULT_HEIGHT = 15;

function align(cell: ExcelJS.Cell, text: string, isNumber: boolean): CellAlign {
  const horizontal = cell.alignment?.horizontal;
  if (horizontal === 'center' || horizontal === 'centerContinuous') return 'center';
  if (horizontal === 'right') return 'right';
  if (horizontal) return 'left';
  // General alignment: numbers and dates to the right, text to the left.
  return isNumber && text !== '' ? 'right' : 'left';
}

function borders(cell: ExcelJS.Cell): TemplateCell['border'] {
  const border = cell.border;
  if (!border) return undefined;
  const sides = {
    top: Boolean(border.top?.style),
    right: Boolean(border.right?.style),
    bottom: Boolean(border.bottom?.style),
    left: Boolean(border.left?.style),
  };
  return Object.values(sides).some(Boolean) ? sides : undefined;
}

function isNumeric(cell: ExcelJS.Cell): boolean {
  const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  return typeof value === 'number' || value instanceof Date;
}

function mergedRanges(sheet: ExcelJS.Worksheet): MergedRange[] {
  return (sheet.model.merges ?? []).map((range) => {
    const [from = range, to = from] = range.split(':');
    const top = sheet.getCell(from);
    const bottom = sheet.getCell(to);
    return {
      range,
      top: Number(top.row),
      left: Number(top.col),
      bottom: Number(bottom.row),
      right: Number(bottom.col),
    };
  });
}

/** The cell as the grid keeps it, or null when it shows nothing: empty and unstyled, or inside a merge. */
function gridCell(cell: ExcelJS.Cell, merge: MergedRange | undefined): TemplateCell | null {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const formula = cell.type === ExcelJS.ValueType.Formula;
  // cell.value drops a formula's result when it is 0, false or ''; cell.result keeps it.
  const text = cellText(formula ? (cell.result ?? null) : (cell.value as ShownValue), cell.numFmt);
  const bold = Boolean(cell.font?.bold);
  const italic = Boolean(cell.font?.italic);
  const fill = fillColor(cell.fill);
  const border = borders(cell);
  const cellAlign = align(cell, text, isNumeric(cell));
  const styled = bold || italic || fill || border || cell.alignment?.horizontal;
  if (!text && !formula && !styled && !merge) return null;
  return {
    address: cell.address,
    row: Number(cell.row),
    column: Number(cell.col),
    text,
    bold,
    italic,
    align: cellAlign,
    ...(fill ? { fill } : {}),
    ...(border ? { border } : {}),
    formula,
    ...(merge ? { merge: { rows: merge.bottom - merge.top + 1, columns: merge.right - merge.left + 1 } } : {}),
  };
}

function sheetGrid(sheet: ExcelJS.Worksheet): TemplateSheet {
  const merges = mergedRanges(sheet);
  const mergeAt = new Map(merges.map((merge) => [`${merge.top}:${merge.left}`, merge]));
  const cells: TemplateCell[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const shown = gridCell(cell, mergeAt.get(`${cell.row}:${cell.col}`));
      if (shown) cells.push(shown);
    }),
  );
  let rowCount = 0;
  let columnCount = 0;
  for (const { row, column } of cells)
    [rowCount, columnCount] = [Math.max(rowCount, row), Math.max(columnCount, column)];
  for (const { bottom, right } of merges)
    [rowCount, columnCount] = [Math.max(rowCount, bottom), Math.max(columnCount, right)];
  const defaultWidth = sheet.properties.defaultColWidth ?? DEFAULT_WIDTH;
  const defaultHeight = sheet.properties.defaultRowHeight || DEFAULT_HEIGHT;
  // A sheet without a <sheetViews> element is read with views null, whatever the types say.
  const view = (sheet.views ?? []).find((candidate) => candidate.state === 'frozen') as
    ExcelJS.WorksheetViewFrozen | undefined;
  return {
    name: sheet.name,
    hidden: sheet.state !== 'visible',
    rowCount,
    columnCount,
    columns: Array.from({ length: columnCount }, (_, index) => {
      const column = sheet.getColumn(columnLetters(index + 1));
      return { width: column.width ?? defaultWidth, hidden: Boolean(column.hidden) };
    }),
    rows: Array.from({ length: rowCount }, (_, index) => {
      const row = sheet.findRow(index + 1);
      return { height: row?.height ?? defaultHeight, hidden: Boolean(row?.hidden) };
    }),
    cells,
    merges,
    frozen: { rows: view?.ySplit ?? 0, columns: view?.xSplit ?? 0 },
  };
}

/** The form as it looks, sheet by sheet in the workbook's order, hidden sheets included. */
export function templateGrid(workbook: ExcelJS.Workbook): TemplateGrid {
  return { sheets: workbook.worksheets.map(sheetGrid) };
}
