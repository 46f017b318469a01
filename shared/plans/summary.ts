import type { IsoDate, PlanItem } from '../model/records';
import { currentPeriodEnd, quarterOf, quarterRange } from './deadline';
import type { PlanItemStatus } from './status';

/** The plan page's status filter: a status, or what is still owed in the quarter under way. */
export type PlanStatusFilter = PlanItemStatus | 'dueThisQuarter';

interface Row {
  item: Pick<PlanItem, 'deadline'>;
  status: PlanItemStatus;
}

/**
 * Whether an item still owes something in the quarter `today` falls in: one due in it (a date or a
 * quarter), a monthly or quarterly item (each quarter owes its share), and items "during the
 * year" in the fourth quarter. Done items owe nothing; overdue ones are counted apart.
 */
export function isDueThisQuarter(row: Row, year: number, today: IsoDate): boolean {
  if (row.status === 'done' || row.status === 'overdue') return false;
  if (Number(today.slice(0, 4)) !== year) return false;
  const { from, to } = quarterRange(year, quarterOf(today));
  const due = currentPeriodEnd(row.item.deadline, year, today);
  return due >= from && due <= to;
}

export function matchesStatusFilter(row: Row, filter: PlanStatusFilter, year: number, today: IsoDate): boolean {
  return filter === 'dueThisQuarter' ? isDueThisQuarter(row, year, today) : row.status === filter;
}

export interface PlanSummary {
  total: number;
  dueThisQuarter: number;
  overdue: number;
  done: number;
}

/** The dashboard's card: the year's items due in the quarter under way, overdue, and done. */
export function planSummary(rows: readonly Row[], year: number, today: IsoDate): PlanSummary {
  return {
    total: rows.length,
    dueThisQuarter: rows.filter((row) => isDueThisQuarter(row, year, today)).length,
    overdue: rows.filter((row) => row.status === 'overdue').length,
    done: rows.filter((row) => row.status === 'done').length,
  };
}
