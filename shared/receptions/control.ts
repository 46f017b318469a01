import { addWorkingDays, isPastDeadline, type WorkingCalendar } from '../dates/working-days';
import type { ControlNote, IsoDate, IsoTimestamp, Reception, ReceptionControl } from '../model/records';

/** An appeal is answered within 15 working days of the day it is received (АППК art. 76). */
export const CONTROL_WORKING_DAYS = 15;

/** The deadline a new control item gets; the user may change it. */
export function defaultDeadline(received: IsoDate, calendar: WorkingCalendar): IsoDate {
  return addWorkingDays(received, CONTROL_WORKING_DAYS, calendar);
}

export type ControlState = 'none' | 'open' | 'overdue' | 'closed';

export function controlState(reception: Pick<Reception, 'control'>, today: IsoDate): ControlState {
  const control = reception.control;
  if (!control) return 'none';
  if (control.closedOn) return 'closed';
  return isPastDeadline(control.deadline, today) ? 'overdue' : 'open';
}

/** The control list: open items by due date, the overdue ones first. */
export function controlList<T extends Pick<Reception, 'control'>>(receptions: readonly T[], today: IsoDate): T[] {
  return receptions
    .filter((reception) => {
      const state = controlState(reception, today);
      return state === 'open' || state === 'overdue';
    })
    .sort((a, b) => {
      const overdue = Number(controlState(b, today) === 'overdue') - Number(controlState(a, today) === 'overdue');
      return overdue || (a.control?.deadline ?? '').localeCompare(b.control?.deadline ?? '');
    });
}

export function overdueCount(receptions: readonly Pick<Reception, 'control'>[], today: IsoDate): number {
  return receptions.filter((reception) => controlState(reception, today) === 'overdue').length;
}

/** A new deadline, with the old one and the reason kept in the history. */
export function extendControl(
  control: ReceptionControl,
  newDeadline: IsoDate,
  text: string,
  at: IsoTimestamp,
  author: string,
): ReceptionControl {
  const note: ControlNote = {
    at,
    author,
    kind: 'extension',
    text: `${control.deadline} → ${newDeadline}: ${text}`,
    newDeadline,
  };
  return { ...control, deadline: newDeadline, history: [...control.history, note] };
}

export function addControlNote(
  control: ReceptionControl,
  text: string,
  at: IsoTimestamp,
  author: string,
): ReceptionControl {
  return { ...control, history: [...control.history, { at, author, kind: 'note', text }] };
}

export function closeControl(control: ReceptionControl, closedOn: IsoDate, resolution: string): ReceptionControl {
  return { ...control, closedOn, resolution };
}
