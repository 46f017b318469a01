import { catalogueFigure, type Dimension, type FigureRef } from './catalogue';
import { isTotalLabel, matchLabels, type LabelEntry } from './labels';
import type { BlockMapping, CellMapping, FormMapping } from './mapping';

/** What a mapped cell of the form takes, for the grid to show it: a single cell's figure or a block's column. */
export interface MappedCell {
  figure: FigureRef;
  /** The block it belongs to (its index in mapping.blocks), absent for a single cell. */
  block?: number;
}

/** Every mapped cell of one sheet by address, as the writer would fill it. */
export function mappedCells(mapping: FormMapping, sheet: string): Map<string, MappedCell> {
  const cells = new Map<string, MappedCell>();
  for (const cell of mapping.cells) if (cell.sheet === sheet) cells.set(cell.address, { figure: cell.figure });
  mapping.blocks.forEach((block, index) => {
    if (block.sheet !== sheet) return;
    for (const row of block.rows) {
      if (row.match === null) continue;
      for (const { column, figure } of block.columns) cells.set(`${column}${row.row}`, { figure, block: index });
    }
  });
  return cells;
}

/** The block whose rows and columns hold a cell, if any: a single figure there would be written twice. */
export function blockAt(mapping: FormMapping, sheet: string, column: string, row: number): number {
  return mapping.blocks.findIndex(
    (block) =>
      block.sheet === sheet &&
      block.firstRow <= row &&
      row <= block.lastRow &&
      block.columns.some((entry) => entry.column === column),
  );
}

/** A single cell given a figure (of no dimension), or cleared with null. */
export function withCell(mapping: FormMapping, sheet: string, address: string, figure: FigureRef | null): FormMapping {
  const cells = mapping.cells.filter((cell) => !(cell.sheet === sheet && cell.address === address));
  if (figure) {
    if (catalogueFigure(figure.figure).dimension !== 'none')
      throw new Error('a single cell takes a figure of no dimension');
    cells.push({ sheet, address, figure } satisfies CellMapping);
  }
  return { ...mapping, cells };
}

/**
 * A new block over rows of a label column: each row with a label matched to the directory entries
 * of its dimension (totals rows never), for the clerk to review. Single cells already in its
 * rows are left to the clerk: a column given to the block takes them over (withBlockColumn).
 */
export function newBlock(
  sheet: string,
  labelColumn: string,
  labels: readonly { row: number; label: string }[],
  dimension: Exclude<Dimension, 'none'>,
  entries: readonly LabelEntry[],
): { block: BlockMapping; review: ReturnType<typeof matchLabels> } {
  const review = matchLabels(
    labels.map((entry) => entry.label),
    entries,
  );
  const rows = labels.map((entry, index) => ({
    row: entry.row,
    label: entry.label.slice(0, 500),
    match: review[index]?.match ?? null,
  }));
  const firstRow = Math.min(...labels.map((entry) => entry.row));
  const lastRow = Math.max(...labels.map((entry) => entry.row));
  return { block: { sheet, labelColumn, firstRow, lastRow, dimension, rows, columns: [] }, review };
}

export function withBlock(mapping: FormMapping, block: BlockMapping): FormMapping {
  return { ...mapping, blocks: [...mapping.blocks, block] };
}

export function withoutBlock(mapping: FormMapping, index: number): FormMapping {
  return { ...mapping, blocks: mapping.blocks.filter((_, at) => at !== index) };
}

/**
 * A column of a block given a figure of the block's dimension (or cleared with null). The single
 * cells it covers are dropped, so that no cell is mapped twice.
 */
export function withBlockColumn(
  mapping: FormMapping,
  index: number,
  column: string,
  figure: FigureRef | null,
): FormMapping {
  const block = mapping.blocks[index];
  if (!block) return mapping;
  if (figure && catalogueFigure(figure.figure).dimension !== block.dimension)
    throw new Error('a block column takes a figure of the block dimension');
  const columns = block.columns.filter((entry) => entry.column !== column);
  if (figure) columns.push({ column, figure });
  const covered = new Set(block.rows.map((row) => `${column}${row.row}`));
  const cells = figure
    ? mapping.cells.filter((cell) => !(cell.sheet === block.sheet && covered.has(cell.address)))
    : mapping.cells;
  return {
    ...mapping,
    cells,
    blocks: mapping.blocks.map((other, at) => (at === index ? { ...block, columns } : other)),
  };
}

/** A row of a block matched by the clerk to another entry, or to none (null). Totals rows stay unmatched. */
export function withRowMatch(mapping: FormMapping, index: number, row: number, match: string | null): FormMapping {
  return {
    ...mapping,
    blocks: mapping.blocks.map((block, at) =>
      at !== index
        ? block
        : {
            ...block,
            rows: block.rows.map((entry) =>
              entry.row === row ? { ...entry, match: isTotalLabel(entry.label) ? null : match } : entry,
            ),
          },
    ),
  };
}
