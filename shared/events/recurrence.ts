import { addDays, daysInMonth } from '../dates/iso';
import type { IsoDate, KelisimEvent, LocalDateTime } from '../model/records';

export const recurrenceFrequencies = ['weekly', 'monthly'] as const;
export type RecurrenceFrequency = (typeof recurrenceFrequencies)[number];

export interface RecurrenceRule {
  frequency: RecurrenceFrequency;
  /** Every 1st, 2nd… week or month. */
  interval: number;
  /** The last day an occurrence may fall on. */
  until: IsoDate;
}

/** A plan repeats at most this often: two years of weekly meetings. */
export const MAX_OCCURRENCES = 104;

function addMonthsClamped(first: IsoDate, months: number): IsoDate {
  const year = Number(first.slice(0, 4));
  const monthIndex = Number(first.slice(5, 7)) - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  // A monthly plan made on the 31st falls on the last day of shorter months, as people expect.
  const day = Math.min(Number(first.slice(8, 10)), daysInMonth(targetYear, targetMonth));
  return `${targetYear}-${String(targetMonth).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The dates of every occurrence, the first included, up to the rule's last day. */
export function occurrenceDates(first: IsoDate, rule: RecurrenceRule): IsoDate[] {
  const dates: IsoDate[] = [];
  const interval = Math.max(1, Math.floor(rule.interval));
  for (let index = 0; dates.length < MAX_OCCURRENCES; index++) {
    const date =
      rule.frequency === 'weekly' ? addDays(first, index * 7 * interval) : addMonthsClamped(first, index * interval);
    if (date > rule.until) break;
    dates.push(date);
  }
  return dates;
}

/** The same time of day on another date. */
export function onDate(value: LocalDateTime, date: IsoDate): LocalDateTime {
  return date + value.slice(10);
}

const toMinutes = (value: LocalDateTime) => Date.parse(`${value.length === 10 ? `${value}T00:00` : value}Z`) / 60_000;

function fromMinutes(minutes: number, dateOnly: boolean): LocalDateTime {
  const text = new Date(minutes * 60_000).toISOString();
  return dateOnly ? text.slice(0, 10) : text.slice(0, 16);
}

/** The end of an event moved to a new start, so that it keeps its length. */
export function shiftEnd(start: LocalDateTime, end: LocalDateTime | undefined, newStart: LocalDateTime) {
  if (!end) return undefined;
  return fromMinutes(toMinutes(newStart) + toMinutes(end) - toMinutes(start), end.length === 10);
}

type Occurrence = Pick<KelisimEvent, 'start' | 'end'>;

/** The occurrences of a series as copies of the first event, each on its own date. */
export function expandSeries<T extends Occurrence>(template: T, rule: RecurrenceRule): T[] {
  return occurrenceDates(template.start.slice(0, 10), rule).map((date) => {
    const start = onDate(template.start, date);
    const end = shiftEnd(template.start, template.end, start);
    return { ...template, start, ...(end ? { end } : {}) };
  });
}

export type SeriesScope = 'this' | 'following';

/**
 * Which occurrences a change applies to. Each occurrence is its own record, so moving, editing or
 * skipping one touches nothing else; "this and following" reaches the later ones of the series
 * that are still alive, and never the ones already held.
 */
export function occurrencesToChange<T extends { id: string; start: string; seriesId?: string; status: string }>(
  series: readonly T[],
  target: T,
  scope: SeriesScope,
): T[] {
  if (scope === 'this' || !target.seriesId) return [target];
  return series.filter(
    (event) =>
      event.seriesId === target.seriesId &&
      (event.id === target.id || (event.start > target.start && event.status !== 'held')),
  );
}
