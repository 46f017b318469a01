import { addDays, daysBetween } from '../dates/iso';
import { periodKinds, periodOf, type Period } from '../events/period';

/** What the dashboard's period picker offers: the report periods, or any range of days. */
export const dashboardPeriodKinds = [...periodKinds, 'custom'] as const;
export type DashboardPeriodKind = (typeof dashboardPeriodKinds)[number];

/**
 * Which report period a range is: a whole month, quarter, half-year or year, else 'custom'.
 * Told from the dates alone, so a range picked by hand that is exactly a quarter compares like one.
 */
export function kindOfPeriod(period: Period): DashboardPeriodKind {
  if (period.from.slice(8) !== '01') return 'custom';
  return periodKinds.find((kind) => samePeriod(periodOf(kind, period.from), period)) ?? 'custom';
}

const samePeriod = (a: Period, b: Period) => a.from === b.from && a.to === b.to;

/** The days of a period, both ends included. */
export function periodDays(period: Period): number {
  return daysBetween(period.from, period.to) + 1;
}

/**
 * The period a dashboard compares with: for a whole month, quarter, half-year or year the one of
 * the same kind before it (March after February, whatever their lengths); for any other range the
 * same number of days just before it.
 */
export function previousPeriod(period: Period): Period {
  const kind = kindOfPeriod(period);
  if (kind !== 'custom') return periodOf(kind, addDays(period.from, -1));
  const to = addDays(period.from, -1);
  return { from: addDays(period.from, -periodDays(period)), to };
}

/** The whole report period of a kind around a day, or a custom range kept as it is (ends ordered). */
export function dashboardPeriod(kind: DashboardPeriodKind, day: string, to?: string): Period {
  if (kind !== 'custom') return periodOf(kind, day);
  const end = to ?? day;
  return end < day ? { from: end, to: day } : { from: day, to: end };
}

/** The months a period touches, as `YYYY-MM`, in order: the buckets of the charts by month. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${year}-${month < 10 ? '0' : ''}${month}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
