/**
 * The tables that hold the office's own records, as against its settings, its audit log, shipped
 * reference data and bookkeeping: what a backup counts as data, and the core of what sync shares.
 */
export const DATA_TABLES = [
  'people',
  'associations',
  'memberships',
  'events',
  'workingGroups',
  'visits',
  'receptions',
  'attachments',
  'population',
  'tensionRisks',
  'mediationCases',
  'councils',
  'operators',
  'plans',
  'planItems',
  'publications',
  'receptionSessions',
] as const;
