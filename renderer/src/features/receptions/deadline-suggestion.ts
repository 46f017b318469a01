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

/**
 * What the form says under the deadline: the suggestion, or, when the deadline lies past the
 * known holidays, that it was counted without them (never silently wrong).
 */
export type DeadlineNote =
  { kind: 'suggested'; date: IsoDate } | { kind: 'beyond-calendar'; date: IsoDate; knownUntil: IsoDate } | null;

export function deadlineNote(suggested: IsoDate | '', deadline: string, knownUntil: IsoDate | undefined): DeadlineNote {
  const date = deadline || suggested;
  if (date && knownUntil && date > knownUntil) return { kind: 'beyond-calendar', date, knownUntil };
  return suggested ? { kind: 'suggested', date: suggested } : null;
}
