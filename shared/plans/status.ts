import { isPastDeadline } from '../dates/working-days';
import type { IsoDate, KelisimEvent, PlanItem } from '../model/records';
import { dueDateOf } from './deadline';

export const planItemStatuses = ['done', 'inProgress', 'notStarted', 'overdue'] as const;
export type PlanItemStatus = (typeof planItemStatuses)[number];

export type StatusItem = Pick<PlanItem, 'deadline' | 'doneOn' | 'executions' | 'targetValue'>;
export type StatusEvent = Pick<KelisimEvent, 'start' | 'status' | 'deletedAt'>;

/** The indicator's value over the year: each quarter's execution reports what that quarter added. */
export function reachedValue(item: Pick<PlanItem, 'executions'>): number {
  return item.executions.reduce((sum, execution) => sum + (execution.value ?? 0), 0);
}

function heldBy(event: StatusEvent, today: IsoDate): boolean {
  return !event.deletedAt && event.status === 'held' && event.start.slice(0, 10) <= today;
}

/** What shows the item was carried out: a held linked event, or an execution with a text or a value. */
function hasExecution(item: StatusItem, events: readonly StatusEvent[], today: IsoDate): boolean {
  return (
    events.some((event) => heldBy(event, today)) ||
    item.executions.some(
      (execution) => Boolean(execution.textRu?.trim() || execution.textKk?.trim()) || execution.value,
    )
  );
}

/**
 * Where an item of a plan for `year` stands on `today` (an office-local date, see renderer/src/lib/clock).
 * The deadline rule is reception control's (isPastDeadline): the due day itself is still in time.
 *
 * - done: the office marked it carried out (doneOn, on or before today); or its target indicator is
 *   reached; or its due date has passed and it was carried out (a held linked event or an execution
 *   text). An item with a target is done only when the target is reached: texts alone do not meet a
 *   figure. Items "during the year" and recurring ones are due at the year's end (see dueDateOf), so
 *   they are done for the year only when it is over.
 * - overdue: the due date has passed without that; a recurring item is overdue too once its first
 *   month (or quarter) has ended with nothing recorded, since each period was owed something.
 * - inProgress: before the due date, with an execution, a held event, or an event planned under it.
 * - notStarted: before the due date, with nothing under it yet.
 */
export function planItemStatus(
  item: StatusItem,
  linkedEvents: readonly StatusEvent[],
  today: IsoDate,
  year: number,
): PlanItemStatus {
  if (item.doneOn && item.doneOn <= today) return 'done';
  const target = item.targetValue;
  if (target !== undefined && target > 0 && reachedValue(item) >= target) return 'done';
  const executed = hasExecution(item, linkedEvents, today);
  if (isPastDeadline(dueDateOf(item.deadline, year), today)) {
    return executed && target === undefined ? 'done' : 'overdue';
  }
  if (executed) return 'inProgress';
  if (linkedEvents.some((event) => !event.deletedAt && event.status !== 'cancelled')) return 'inProgress';
  if (isPastDeadline(firstPeriodEnd(item, year), today)) return 'overdue';
  return 'notStarted';
}

/** The end of the first period a recurring item owes something for; others owe only at their due date. */
function firstPeriodEnd(item: StatusItem, year: number): IsoDate {
  if (item.deadline.kind === 'monthly') return `${year}-01-31`;
  if (item.deadline.kind === 'quarterly') return `${year}-03-31`;
  return dueDateOf(item.deadline, year);
}

/** Counts of items by status, every status present. */
export function statusCounts(statuses: readonly PlanItemStatus[]): Record<PlanItemStatus, number> {
  const counts: Record<PlanItemStatus, number> = { done: 0, inProgress: 0, notStarted: 0, overdue: 0 };
  for (const status of statuses) counts[status] += 1;
  return counts;
}
