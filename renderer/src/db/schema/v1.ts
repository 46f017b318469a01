/**
 * Version 1: every table of every module. Keep this declaration as long as users may have it
 * (Dexie needs the whole chain to upgrade an old database).
 *
 * Index choice follows the floors in STACK.md: each index costs import time, so only fields the
 * screens query by are indexed; everything else is filtered in memory after an indexed read.
 */
export const v1Stores = {
  people: 'id, iin, surname, placeId, updatedAt, deletedAt',
  associations: 'id, nameRu, status, placeId, *ethnicGroupIds, deletedAt',
  memberships: 'id, personId, associationId, deletedAt',
  events: 'id, start, status, placeId, workingGroupId, visitId, seriesId, deletedAt',
  workingGroups: 'id, projectId, deletedAt',
  visits: 'id, workingGroupId, start, placeId, deletedAt',
  receptions: 'id, date, citizenId, officialId, visitId, outcome, topicCode, openControlDue, deletedAt',
  places: 'id, parentId, level',
  ethnicGroups: 'id, order',
  directories: 'id, kind',
  settings: 'id',
  auditLog: 'id, at, recordId',
  importBatches: 'id, at',
  attachments: 'id, ownerId',
  population: 'id, placeId, year',
  tensionRisks: 'id, placeId, level, status, nextReviewOn',
  mediationCases: 'id, date, placeId, councilId',
  councils: 'id, placeId, kind',
} as const;
