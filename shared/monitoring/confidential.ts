/**
 * Monitoring records (tension risks, mediation cases) are confidential by default: a report, an
 * export or an exchange package leaves the confidential ones out unless the user includes them,
 * and says how many it left out. Deleted records never leave.
 */
export function exportableRecords<T extends { confidential: boolean; deletedAt?: string }>(
  records: readonly T[],
  includeConfidential: boolean,
): { rows: T[]; leftOut: number } {
  const live = records.filter((record) => !record.deletedAt);
  const rows = includeConfidential ? live : live.filter((record) => !record.confidential);
  return { rows, leftOut: live.length - rows.length };
}
