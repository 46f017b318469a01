/**
 * The confidential rule wherever records go out in a report, an export or an exchange package:
 * deleted records never do; confidential ones (monitoring records by default, receptions on
 * religion, probation or rehabilitation) only when the user includes them, with how many were
 * left out so that the output can say so.
 */
export function exportableRecords<T extends { confidential: boolean; deletedAt?: string }>(
  records: readonly T[],
  includeConfidential: boolean,
): { rows: T[]; leftOut: number } {
  const live = records.filter((record) => !record.deletedAt);
  const rows = includeConfidential ? live : live.filter((record) => !record.confidential);
  return { rows, leftOut: live.length - rows.length };
}
