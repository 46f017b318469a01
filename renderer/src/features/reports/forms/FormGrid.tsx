import { useMemo } from 'react';
import { columnLetters, type TemplateCell, type TemplateSheet } from '@/forms/template-grid';
import classes from './form-grid.module.css';

/** Excel's width in characters of its default font, and height in points, as screen pixels. */
const columnPixels = (width: number) => Math.round(width * 7 + 5);
const rowPixels = (height: number) => Math.round((height * 4) / 3);

export interface GridMarks {
  /** Mapped cells and the short text shown in them (the figure). */
  mapped: ReadonlyMap<string, string>;
  /** The label cells of blocks. */
  labels: ReadonlySet<string>;
  selected: ReadonlySet<string>;
}

/**
 * An authority's form drawn as Excel shows it (merged headings, widths, bold, fills, borders),
 * each cell clickable by its address. Hidden rows and columns are left out, as Excel hides them;
 * the row and column headings keep the sheet's own numbers and letters.
 */
export function FormGrid({
  sheet,
  marks,
  onCell,
  testId,
}: Readonly<{
  sheet: TemplateSheet;
  marks: GridMarks;
  onCell: (cell: { address: string; row: number; column: number }, extend: boolean) => void;
  testId: string;
}>) {
  const layout = useMemo(() => {
    const byPosition = new Map<string, TemplateCell>(sheet.cells.map((cell) => [`${cell.row}:${cell.column}`, cell]));
    const covered = new Set<string>();
    for (const merge of sheet.merges)
      for (let row = merge.top; row <= merge.bottom; row++)
        for (let column = merge.left; column <= merge.right; column++)
          if (row !== merge.top || column !== merge.left) covered.add(`${row}:${column}`);
    const rows = sheet.rows.map((row, index) => ({ ...row, number: index + 1 })).filter((row) => !row.hidden);
    const columns = sheet.columns
      .map((column, index) => ({ ...column, number: index + 1 }))
      .filter((column) => !column.hidden);
    const visibleRows = new Set(rows.map((row) => row.number));
    const visibleColumns = new Set(columns.map((column) => column.number));
    const span = (from: number, count: number, visible: Set<number>) => {
      let shown = 0;
      for (let at = from; at < from + count; at++) if (visible.has(at)) shown++;
      return Math.max(1, shown);
    };
    // A fixed layout keeps Excel's widths only with the table's own width set: a long figure name is cut, not widening its column.
    const width = 36 + columns.reduce((sum, column) => sum + columnPixels(column.width), 0);
    return { byPosition, covered, rows, columns, visibleRows, visibleColumns, span, width };
  }, [sheet]);

  return (
    <div className={classes.scroller}>
      <table className={classes.grid} style={{ width: layout.width }} data-testid={testId}>
        <colgroup>
          <col style={{ width: 36 }} />
          {layout.columns.map((column) => (
            <col key={column.number} style={{ width: columnPixels(column.width) }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={classes.rowHead} />
            {layout.columns.map((column) => (
              <th key={column.number}>{columnLetters(column.number)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layout.rows.map((row) => (
            <tr key={row.number} style={{ height: rowPixels(row.height) }}>
              <th className={classes.rowHead}>{row.number}</th>
              {layout.columns.map((column) => {
                const position = `${row.number}:${column.number}`;
                if (layout.covered.has(position)) return null;
                const address = `${columnLetters(column.number)}${row.number}`;
                const cell = layout.byPosition.get(position);
                const mapped = marks.mapped.get(address);
                const className = [
                  mapped !== undefined ? classes.mapped : '',
                  marks.labels.has(address) ? classes.label : '',
                  marks.selected.has(address) ? classes.selected : '',
                  cell?.formula && !cell.text && mapped === undefined ? classes.formula : '',
                ]
                  .filter(Boolean)
                  .join(' ');
                return (
                  <td
                    key={column.number}
                    rowSpan={cell?.merge ? layout.span(row.number, cell.merge.rows, layout.visibleRows) : undefined}
                    colSpan={
                      cell?.merge ? layout.span(column.number, cell.merge.columns, layout.visibleColumns) : undefined
                    }
                    className={className || undefined}
                    style={{
                      fontWeight: cell?.bold ? 700 : undefined,
                      fontStyle: cell?.italic ? 'italic' : undefined,
                      textAlign: cell?.align,
                      background: cell?.fill,
                      borderTop: cell?.border?.top ? '1px solid #333' : undefined,
                      borderRight: cell?.border?.right ? '1px solid #333' : undefined,
                      borderBottom: cell?.border?.bottom ? '1px solid #333' : undefined,
                      borderLeft: cell?.border?.left ? '1px solid #333' : undefined,
                    }}
                    title={mapped ?? undefined}
                    data-address={address}
                    onClick={(event) => onCell({ address, row: row.number, column: column.number }, event.shiftKey)}
                  >
                    {mapped ?? (cell?.formula && !cell.text ? 'ƒx' : (cell?.text ?? ''))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
