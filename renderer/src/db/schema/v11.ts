/**
 * Version 11: what sync keeps on each PC beside the records. `syncOutbox` lists, in order, the
 * records changed here and not yet handed to the replica; `syncRevs` the revision each record shows
 * here and those of its other versions; `syncConflicts` the records with versions to settle.
 */
export const v11Stores = {
  syncOutbox: '++seq',
  syncRevs: 'id',
  syncConflicts: 'id, table',
} as const;
