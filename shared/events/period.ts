import { addDays, daysInMonth, weekdayMondayFirst } from '../dates/iso';
import type { IsoDate, LocalDateTime } from '../model/records';

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

export const periodKinds = ['month', 'quarter', 'half', 'year'] as const;
export type PeriodKind = (typeof periodKinds)[number];

const pad = (value: number) => String(value).padStart(2, '0');

/** The month, quarter, half-year or year that holds a day: the periods reports are asked for. */
export function periodOf(kind: PeriodKind, day: IsoDate): Period {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const months = { month: 1, quarter: 3, half: 6, year: 12 }[kind];
  const first = Math.floor((month - 1) / months) * months + 1;
  const last = first + months - 1;
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(daysInMonth(year, last))}` };
}

/** True when something that starts at `start` (a date or a local date-time) falls in the period, ends included. */
export function inPeriod(start: IsoDate | LocalDateTime, period: Period): boolean {
  const day = start.slice(0, 10);
  return day >= period.from && day <= period.to;
}

/** Index bounds for a `start` field that holds local date-times: the whole last day included. */
export function periodBounds(period: Period): [string, string] {
  return [period.from, `${addDays(period.to, 1)}`];
}

/** The six weeks a month view shows: from the Monday on or before the 1st, 42 days. */
export function monthGrid(day: IsoDate): Period {
  const first = `${day.slice(0, 7)}-01`;
  const from = addDays(first, -weekdayMondayFirst(first));
  return { from, to: addDays(from, 41) };
}
