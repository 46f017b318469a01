import { addDays } from '../dates/iso';
import { addWorkingDays, type WorkingCalendar } from '../dates/working-days';
import type { IsoDate, Reception } from '../model/records';
import { controlState } from './control';

/** An open control item is due soon from three working days before its deadline. */
export const DUE_SOON_WORKING_DAYS = 3;

/**
 * The last deadline that is due soon on `today`: an open item whose deadline lies between today
 * and this day has at most three working days left (the deadline day counted, today not). A
 * deadline on a weekend or holiday right after the third working day is still within the three.
 */
export function dueSoonUntil(today: IsoDate, calendar: WorkingCalendar): IsoDate {
  return addDays(addWorkingDays(today, DUE_SOON_WORKING_DAYS + 1, calendar), -1);
}

/** Whether an open, not yet overdue control item is due within three working days. */
export function isDueSoon(reception: Pick<Reception, 'control'>, today: IsoDate, calendar: WorkingCalendar): boolean {
  const deadline = reception.control?.deadline;
  return (
    deadline !== undefined && controlState(reception, today) === 'open' && deadline <= dueSoonUntil(today, calendar)
  );
}
