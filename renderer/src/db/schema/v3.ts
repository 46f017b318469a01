/**
 * Version 3: the registry and its importer.
 * - importChanges: every record an import added or changed, with its previous state, so "undo this
 *   import" restores exactly what was there; indexed by batch.
 * - events by association, for the association card's list of events it took part in.
 */
export const v3Stores = {
  importChanges: 'id, batchId',
  events: 'id, start, status, placeId, workingGroupId, visitId, seriesId, deletedAt, *associationIds',
} as const;
