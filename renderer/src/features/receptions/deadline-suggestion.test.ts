import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkingCalendar } from '@shared/dates/working-days';
import { loadWorkingCalendar } from '@/reference/reference-files';
import { deadlineNote, deadlineToFollow, suggestedDeadline } from './deadline-suggestion';

describe('the control deadline the form suggests', () => {
  // The file the application ships, loaded as the form loads it.
  let calendar: WorkingCalendar;
  beforeAll(async () => {
    calendar = await loadWorkingCalendar();
  });

  it('is 15 working days from the day after the reception, holidays skipped', () => {
    // Two weekends, New Year with its day moved to Monday 4 January, and Orthodox Christmas.
    expect(suggestedDeadline('2026-12-14', calendar)).toBe('2027-01-08');
    // Independence Day on 16 December.
    expect(suggestedDeadline('2026-12-01', calendar)).toBe('2026-12-23');
  });

  it('is nothing until the calendar and the date are known', () => {
    expect(suggestedDeadline('2026-12-14', null)).toBe('');
    expect(suggestedDeadline('', calendar)).toBe('');
  });

  it('fills the field of a control item until the user sets it by hand', () => {
    const suggested = '2027-01-08';
    expect(deadlineToFollow({ outcome: 'control', deadline: '' }, suggested, false)).toBe(suggested);
    // The date changed: the deadline moves with it.
    expect(deadlineToFollow({ outcome: 'control', deadline: '2027-01-05' }, suggested, false)).toBe(suggested);
    expect(deadlineToFollow({ outcome: 'control', deadline: suggested }, suggested, false)).toBeNull();
    expect(deadlineToFollow({ outcome: 'control', deadline: '2027-01-20' }, suggested, true)).toBeNull();
    expect(deadlineToFollow({ outcome: 'explained', deadline: '' }, suggested, false)).toBeNull();
    expect(deadlineToFollow({ outcome: 'control', deadline: '' }, '', false)).toBeNull();
  });

  it('says when the deadline lies past the known holidays, whether suggested or typed', () => {
    // Monday 20 December 2027: the shipped list ends with 2027, so January 2028 counts weekends only.
    const suggested = suggestedDeadline('2027-12-20', calendar);
    expect(suggested).toBe('2028-01-10');
    expect(deadlineNote(suggested, suggested, calendar.knownUntil)).toEqual({
      kind: 'beyond-calendar',
      date: '2028-01-10',
      knownUntil: '2027-12-31',
    });
    expect(deadlineNote('2027-12-10', '2028-01-05', calendar.knownUntil)?.kind).toBe('beyond-calendar');
    expect(deadlineNote('2027-12-10', '', calendar.knownUntil)).toEqual({ kind: 'suggested', date: '2027-12-10' });
    expect(deadlineNote('', '', calendar.knownUntil)).toBeNull();
  });
});
