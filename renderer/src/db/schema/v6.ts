/**
 * Version 6: the events calendar.
 * - events by status and start together, so "planned events whose day has passed" is one index
 *   range instead of every planned event read and filtered.
 */
export const v6Stores = {
  events: 'id, start, status, placeId, workingGroupId, visitId, seriesId, deletedAt, *associationIds, [status+start]',
} as const;
