import type { IsoDate, Reception } from '@shared/model/records';

/**
 * The receptions a repeated appeal can come back to: the applicant's others received on or
 * before its date, newest first (the reception being edited is never its own earlier one).
 */
export function earlierToLink<T extends Pick<Reception, 'id' | 'date'>>(
  receptions: readonly T[],
  receptionId: string | undefined,
  date: IsoDate | '',
): T[] {
  return receptions
    .filter((item) => item.id !== receptionId && (!date || item.date <= date))
    .sort((a, b) => b.date.localeCompare(a.date));
}
