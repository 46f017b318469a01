import type { WorkingCalendar } from '@shared/dates/working-days';
import type { IsoDate } from '@shared/model/records';
import { defaultDeadline } from '@shared/receptions/control';
import type { ReceptionFormValues } from './reception-form-values';

/** The deadline the form proposes for a reception of that date; '' until the calendar and the date are known. */
export function suggestedDeadline(date: string, calendar: WorkingCalendar | null): IsoDate | '' {
  return calendar && date ? defaultDeadline(date, calendar) : '';
}

/**
 * The deadline follows the date until the user sets it: the one to put in the field now, or null
 * when the field is to be left as it is (no control, nothing to suggest, set by hand, or already so).
 */
export function deadlineToFollow(
  values: Pick<ReceptionFormValues, 'outcome' | 'deadline'>,
  suggested: IsoDate | '',
  touched: boolean,
): IsoDate | null {
  if (values.outcome !== 'control' || touched || !suggested || values.deadline === suggested) return null;
  return suggested;
}
