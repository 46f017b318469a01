import type { CanonicalValue } from '../checksum';
import type { FieldSpec } from '../format';

/** A sheet's data as the checksum and the writer see it: the key row, then one array of values per row. */
export interface SheetMatrix {
  keys: string[];
  rows: CanonicalValue[][];
}

/** A register's rows in the order of its columns; a column a row lacks is an empty cell. */
export function recordMatrix(columns: readonly FieldSpec[], rows: readonly object[]): SheetMatrix {
  const keys = columns.map((column) => column.key);
  return {
    keys,
    rows: rows.map((row) => keys.map((key) => (row as Record<string, CanonicalValue>)[key] ?? null)),
  };
}
