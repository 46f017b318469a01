import { inPeriod, type Period } from '../events/period';
import type { Visit } from '../model/records';

/** The field visits of a period: the live ones starting within it, as the exchange package's visits sheet takes them. */
export const visitsInPeriod = <T extends Pick<Visit, 'start' | 'deletedAt'>>(
  visits: readonly T[],
  period: Period,
): T[] => visits.filter((visit) => !visit.deletedAt && inPeriod(visit.start, period));
