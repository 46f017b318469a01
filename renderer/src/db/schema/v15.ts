/**
 * Version 15: the year's plan of measures and its items, the publications log and mass receptions
 * recorded as totals; events found by the plan item they carry out, receptions by their session.
 */
export const v15Stores = {
  plans: 'id, year, updatedAt',
  planItems: 'id, planId, updatedAt',
  publications: 'id, date, eventId, planItemId, updatedAt',
  receptionSessions: 'id, date, visitId, updatedAt',
  events:
    'id, start, status, placeId, workingGroupId, visitId, seriesId, deletedAt, *associationIds, [status+start], planItemId',
  receptions:
    'id, date, citizenId, officialId, visitId, outcome, topicCode, openControlDue, deletedAt, citizenTag, unsealed, sessionId',
} as const;
