import type { IsoDate, PlanItem } from '../model/records';
import { foldForSearch } from '../text/search-normalize';
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

export interface PlanRowFilter {
  status?: PlanStatusFilter | null;
  agencyId?: string | null;
  /** Part of the item's number or text, in either language. */
  text?: string;
}

/** The plan page's filters: status, a responsible agency, and text in either language. */
export function filterPlanRows<
  T extends {
    item: Pick<PlanItem, 'deadline' | 'number' | 'textRu' | 'textKk' | 'responsibleAgencyIds'>;
    status: PlanItemStatus;
  },
>(rows: readonly T[], filter: PlanRowFilter, year: number, today: IsoDate): T[] {
  const folded = foldForSearch((filter.text ?? '').trim());
  return rows.filter(
    (row) =>
      (!filter.status || matchesStatusFilter(row, filter.status, year, today)) &&
      (!filter.agencyId || row.item.responsibleAgencyIds.some((id) => id === filter.agencyId)) &&
      (!folded || foldForSearch(`${row.item.number} ${row.item.textRu} ${row.item.textKk ?? ''}`).includes(folded)),
  );
}
