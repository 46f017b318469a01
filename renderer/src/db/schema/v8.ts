/**
 * Version 8: monitoring of the inter-ethnic situation.
 * - tensionRisks by the reception that opened them (a reception shows its risk, and "open a risk"
 *   never makes a second one) and by the events taken as measures (an event shows what it prevents);
 * - mediationCases by mediator, councils by member: a person's card and merges find them.
 */
export const v8Stores = {
  tensionRisks: 'id, placeId, level, status, nextReviewOn, originReceptionId, *measureEventIds',
  mediationCases: 'id, date, placeId, councilId, mediatorId',
  councils: 'id, placeId, kind, *memberIds',
} as const;
