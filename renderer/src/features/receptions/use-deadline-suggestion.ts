import { useEffect, useState } from 'react';
import type { IsoDate } from '@shared/model/records';
import { useWorkingCalendar } from '@/db/hooks';
import { deadlineToFollow, suggestedDeadline } from './deadline-suggestion';
import type { ReceptionFormValues } from './reception-form-values';

/**
 * The control deadline in working days from the reception's date, written into the form while the
 * user has not set one by hand. `touch` marks it set by hand, `release` lets it follow again.
 */
export function useDeadlineSuggestion(
  values: Pick<ReceptionFormValues, 'date' | 'outcome' | 'deadline'>,
  setDeadline: (deadline: IsoDate) => void,
  setByHand: boolean,
): { suggested: IsoDate | ''; knownUntil: IsoDate | undefined; touch: () => void; release: () => void } {
  const calendar = useWorkingCalendar();
  const [touched, setTouched] = useState(setByHand);

  const suggested = suggestedDeadline(values.date, calendar);
  const follow = deadlineToFollow(values, suggested, touched);
  useEffect(() => {
    if (follow) setDeadline(follow);
  }, [follow, setDeadline]);

  return {
    suggested,
    knownUntil: calendar?.knownUntil,
    touch: () => setTouched(true),
    release: () => setTouched(false),
  };
}
