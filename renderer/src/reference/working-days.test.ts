import { beforeAll, describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  isPastDeadline,
  isWorkingDay,
  parseNonWorkingDays,
  withChanges,
  type WorkingCalendar,
} from '@shared/dates/working-days';
import { defaultDeadline } from '@shared/receptions/control';
import { loadWorkingCalendar } from './reference-files';

describe('working days in Kazakhstan', () => {
  // The file the application ships (resources/data), loaded as the application loads it.
  let calendar: WorkingCalendar;
  beforeAll(async () => {
    calendar = await loadWorkingCalendar();
  });

  it('skips weekends and public holidays', () => {
    expect(isWorkingDay('2026-11-20', calendar)).toBe(true);
    expect(isWorkingDay('2026-11-21', calendar)).toBe(false);
    expect(isWorkingDay('2026-12-16', calendar)).toBe(false);
    // 15 working days from Friday 20 November 2026 end on Friday 11 December.
    expect(addWorkingDays('2026-11-20', 15, calendar)).toBe('2026-12-11');
    // From 10 December: Independence Day (Wednesday 16 December) is skipped.
    expect(addWorkingDays('2026-12-10', 15, calendar)).toBe('2027-01-05');
    // A reception taken under control on Friday 20 November gets the same 15-working-day deadline.
    expect(defaultDeadline('2026-11-20', calendar)).toBe('2026-12-11');
  });

  it('takes a holiday that falls on a weekend as the next working day off, and a decreed working Sunday as working', () => {
    // 8 March 2025 was a Saturday: Monday 10 March was the day off.
    expect(isWorkingDay('2025-03-10', calendar)).toBe(false);
    expect(addWorkingDays('2025-03-06', 2, calendar)).toBe('2025-03-11');
    // Sunday 5 January 2025 was a working day by decree, Friday 3 January a day off.
    expect(isWorkingDay('2025-01-05', calendar)).toBe(true);
    expect(isWorkingDay('2025-01-03', calendar)).toBe(false);
    expect(addWorkingDays('2024-12-31', 1, calendar)).toBe('2025-01-05');
  });

  it('applies the office\u2019s own changes: a decree issued after the release', () => {
    const changed = withChanges(calendar, { daysOff: ['2026-12-31'], workingDays: ['2026-12-26'] });
    expect(isWorkingDay('2026-12-31', changed)).toBe(false);
    expect(isWorkingDay('2026-12-26', changed)).toBe(true);
    expect(isWorkingDay('2026-12-31', calendar)).toBe(true);
  });

  it('is overdue from the day after the deadline, not on it', () => {
    expect(isPastDeadline('2026-12-11', '2026-12-11')).toBe(false);
    expect(isPastDeadline('2026-12-11', '2026-12-12')).toBe(true);
  });

  it('refuses a calendar file with a kind of day it does not know', () => {
    expect(() => parseNonWorkingDays('date,kind\n2026-01-01,state\n2026-01-02,maybe')).toThrow("unknown kind 'maybe'");
  });
});
