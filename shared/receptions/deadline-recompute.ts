import type { WorkingCalendar } from '../dates/working-days';
import type { IsoDate, IsoTimestamp, ReceptionControl } from '../model/records';
import { defaultDeadline } from './control';

/** An open control item as the recomputation sees it. */
export interface OpenDeadline {
  id: string;
  /** The day the appeal was received. */
  date: IsoDate;
  deadline: IsoDate;
  /** Extended by a decision: such a deadline is the head's, not the calendar's, and is never moved. */
  extended: boolean;
}

/** A deadline that the changed calendar moves, from what to what. */
export interface DeadlineChange {
  id: string;
  date: IsoDate;
  from: IsoDate;
  to: IsoDate;
}

export function wasExtended(control: Pick<ReceptionControl, 'history'>): boolean {
  return control.history.some((note) => note.kind === 'extension');
}

/**
 * The open deadlines a calendar change moves. A deadline counts as the calendar's when it is the
 * 15 working days of one of the calendars it may have been computed with (`before`); a deadline
 * set by hand or extended is left alone, and nothing is moved unless the result differs.
 */
export function deadlineChanges(
  items: readonly OpenDeadline[],
  before: readonly WorkingCalendar[],
  after: WorkingCalendar,
): DeadlineChange[] {
  const changes: DeadlineChange[] = [];
  for (const item of items) {
    if (item.extended) continue;
    const to = defaultDeadline(item.date, after);
    if (to === item.deadline) continue;
    if (before.some((calendar) => defaultDeadline(item.date, calendar) === item.deadline))
      changes.push({ id: item.id, date: item.date, from: item.deadline, to });
  }
  return changes.sort((a, b) => a.from.localeCompare(b.from) || a.date.localeCompare(b.date));
}

/** The control item with its recomputed deadline, the old one and why kept in its history. */
export function recomputedControl(
  control: ReceptionControl,
  to: IsoDate,
  text: string,
  at: IsoTimestamp,
  author: string,
): ReceptionControl {
  return {
    ...control,
    deadline: to,
    history: [
      ...control.history,
      { at, author, kind: 'note', text: `${control.deadline} → ${to}: ${text}`, newDeadline: to },
    ],
  };
}
