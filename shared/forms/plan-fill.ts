import type { Dimension } from './catalogue';
import type { FigureComputer } from './compute-figures';
import { isTotalLabel } from './labels';
import type { FormMapping } from './mapping';

export interface CellWrite {
  sheet: string;
  address: string;
  value: number | string;
}

/** Why a mapped cell stays empty; each has a text under forms.unfilled in ru and kk. */
export type UnfilledReason = 'noData' | 'unmatchedRow';

export interface UnfilledCell {
  sheet: string;
  address: string;
  reason: UnfilledReason;
}

export interface FillPlan {
  writes: CellWrite[];
  unfilled: UnfilledCell[];
}

/** The directory entries a form's blocks ask for, by dimension: what figureComputer computes at once. */
export function rowKeysOf(mapping: FormMapping): Partial<Record<Dimension, string[]>> {
  const keys: Partial<Record<Dimension, Set<string>>> = {};
  for (const block of mapping.blocks) {
    const set = (keys[block.dimension] ??= new Set());
    for (const row of block.rows) if (row.match !== null && !isTotalLabel(row.label)) set.add(row.match);
  }
  return Object.fromEntries(Object.entries(keys).map(([dimension, set]) => [dimension, [...set]]));
}

/**
 * What goes in each mapped cell of the form for a period. A cell with no value (no data for its
 * period, a row matched to nothing, a fixed text not given) is left empty and listed, never
 * guessed; totals rows are skipped, so that the authority's own formulas and sums stay.
 */
export function planFill(mapping: FormMapping, compute: FigureComputer): FillPlan {
  const writes: CellWrite[] = [];
  const unfilled: UnfilledCell[] = [];
  for (const { sheet, address, figure } of mapping.cells) {
    const value = compute(figure);
    if (value === null) unfilled.push({ sheet, address, reason: 'noData' });
    else writes.push({ sheet, address, value });
  }
  for (const block of mapping.blocks) {
    for (const row of block.rows) {
      if (isTotalLabel(row.label)) continue;
      for (const { column, figure } of block.columns) {
        const address = `${column}${row.row}`;
        const value = row.match === null ? null : compute(figure, row.match);
        if (value !== null) writes.push({ sheet: block.sheet, address, value });
        else unfilled.push({ sheet: block.sheet, address, reason: row.match === null ? 'unmatchedRow' : 'noData' });
      }
    }
  }
  return { writes, unfilled };
}
