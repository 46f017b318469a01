import { describe, expect, it } from 'vitest';
import {
  calendarStatus,
  calendarYears,
  daysOfYear,
  effectiveCalendar,
  EMPTY_OFFICE_CALENDAR,
  knownUntilOf,
  officeCalendarSchema,
  officeDayProblem,
  warningFrom,
  yearStatus,
  withDay,
  withImportedYears,
  withoutDay,
  withYearComplete,
  type OfficeCalendar,
} from './office-calendar';
import { addWorkingDays, isBeyondCalendar, isWorkingDay, parseShippedDays } from './working-days';

// A shipped list in the application's format, ending with 2027 as the real one does.
const shipped = parseShippedDays(
  [
    'date,weekday,name_ru,name_kk,name_en,kind,related_date',
    '2026-12-16,Wed,День Независимости,Тәуелсіздік күні,Independence Day,national,',
    '2027-01-01,Fri,Новый год,Жаңа жыл,New Year,state,',
    '2027-05-16,Sun,Курбан айт,Құрбан айт,Kurban Ait,day_off_no_transfer_date_estimated,',
    '2027-12-16,Thu,День Независимости,Тәуелсіздік күні,Independence Day,national,',
  ].join('\n'),
);

const office2028: OfficeCalendar = {
  days: [
    { date: '2028-01-03', kind: 'day_off', nameRu: 'Новый год (перенос)' },
    { date: '2028-01-04', kind: 'day_off' },
    { date: '2028-01-07', kind: 'day_off', nameRu: 'Рождество' },
  ],
  completeYears: [2028],
};

describe('the office calendar on top of the shipped list', () => {
  it('counts working days across 2027 into 2028 with the office’s holidays, and without them only weekends', () => {
    // Monday 20 December 2027: nine working days to the end of the year, then January 2028.
    const shippedOnly = effectiveCalendar(shipped, EMPTY_OFFICE_CALENDAR);
    expect(addWorkingDays('2027-12-20', 15, shippedOnly)).toBe('2028-01-10');
    const merged = effectiveCalendar(shipped, office2028);
    // 3 and 4 January (New Year moved off the weekend) and 7 January are skipped.
    expect(addWorkingDays('2027-12-20', 15, merged)).toBe('2028-01-13');
    expect(isWorkingDay('2027-12-16', merged)).toBe(false);
  });

  it('lets the office make a shipped day off a working day and a Saturday a working one', () => {
    const moved = effectiveCalendar(shipped, {
      days: [
        { date: '2027-01-01', kind: 'working_day' },
        { date: '2027-01-09', kind: 'working_day', nameRu: 'Рабочая суббота' },
        { date: '2027-01-08', kind: 'day_off' },
      ],
      completeYears: [],
    });
    expect(isWorkingDay('2027-01-01', moved)).toBe(true);
    expect(isWorkingDay('2027-01-09', moved)).toBe(true);
    expect(isWorkingDay('2027-01-08', moved)).toBe(false);
  });

  it('is known to the end of the last year of an unbroken run: one typed holiday or a year after a gap does not extend it', () => {
    expect(effectiveCalendar(shipped, EMPTY_OFFICE_CALENDAR).knownUntil).toBe('2027-12-31');
    expect(effectiveCalendar(shipped, { ...office2028, completeYears: [] }).knownUntil).toBe('2027-12-31');
    expect(effectiveCalendar(shipped, office2028).knownUntil).toBe('2028-12-31');
    expect(knownUntilOf([2025, 2026, 2027], [2029])).toBe('2027-12-31');
    expect(knownUntilOf([2025, 2026, 2027], [2028, 2029])).toBe('2029-12-31');
    expect(isBeyondCalendar('2028-01-10', effectiveCalendar(shipped, EMPTY_OFFICE_CALENDAR))).toBe(true);
    expect(isBeyondCalendar('2027-12-31', effectiveCalendar(shipped, EMPTY_OFFICE_CALENDAR))).toBe(false);
  });

  it('warns six months before the calendar runs out, and says when it has', () => {
    expect(warningFrom('2027-12-31')).toBe('2027-07-01');
    const calendar = effectiveCalendar(shipped, EMPTY_OFFICE_CALENDAR);
    expect(calendarStatus(calendar, '2027-06-30')).toEqual({ state: 'ok' });
    expect(calendarStatus(calendar, '2027-07-01')).toEqual({
      state: 'ending',
      knownUntil: '2027-12-31',
      nextYear: 2028,
    });
    expect(calendarStatus(calendar, '2027-12-31').state).toBe('ending');
    expect(calendarStatus(calendar, '2028-01-01')).toEqual({
      state: 'ended',
      knownUntil: '2027-12-31',
      nextYear: 2028,
    });
    // Once 2028 is entered, the warning moves to July 2028.
    expect(calendarStatus(effectiveCalendar(shipped, office2028), '2027-12-20')).toEqual({ state: 'ok' });
  });

  it('lists a year with the shipped days, the office’s, and which office day replaces a shipped one', () => {
    const office = withDay(EMPTY_OFFICE_CALENDAR, { date: '2027-05-17', kind: 'day_off', nameRu: 'Курбан айт' });
    const corrected = withDay(office, { date: '2027-05-16', kind: 'working_day' });
    const rows = daysOfYear(shipped, corrected, 2027);
    expect(rows.map((row) => [row.date, row.source, row.dayOff])).toEqual([
      ['2027-01-01', 'shipped', true],
      ['2027-05-16', 'office', false],
      ['2027-05-17', 'office', true],
      ['2027-12-16', 'shipped', true],
    ]);
    expect(rows[1]?.replaces?.nameRu).toBe('Курбан айт');
    expect(daysOfYear(shipped, withoutDay(corrected, '2027-05-16'), 2027)[1]).toMatchObject({
      date: '2027-05-16',
      source: 'shipped',
    });
  });

  it('tells a shipped year from one entered whole, in part or not at all', () => {
    const partial = { days: office2028.days.slice(0, 1), completeYears: [] };
    expect([2027, 2028].map((year) => yearStatus(year, shipped, office2028))).toEqual(['shipped', 'complete']);
    expect(yearStatus(2028, shipped, partial)).toBe('partial');
    expect(yearStatus(2029, shipped, office2028)).toBe('empty');
  });

  it('offers the years with days, this year and the first year still to enter', () => {
    expect(calendarYears(shipped, EMPTY_OFFICE_CALENDAR, '2027-09-01')).toEqual([2026, 2027, 2028]);
    expect(calendarYears(shipped, office2028, '2027-09-01')).toEqual([2026, 2027, 2028, 2029]);
  });

  it('refuses a typed day that changes nothing', () => {
    expect(officeDayProblem({ date: '2027-12-16', kind: 'day_off' }, shipped, EMPTY_OFFICE_CALENDAR)).toBe(
      'already_day_off',
    );
    // Wednesday: already a working day.
    expect(officeDayProblem({ date: '2028-01-05', kind: 'working_day' }, shipped, EMPTY_OFFICE_CALENDAR)).toBe(
      'already_working',
    );
    expect(officeDayProblem({ date: '2028-01-03', kind: 'day_off' }, shipped, office2028)).toBe('already_entered');
    expect(officeDayProblem({ date: '2028-02-30', kind: 'day_off' }, shipped, office2028)).toBe('date_invalid');
    expect(officeDayProblem({ date: '2101-01-01', kind: 'day_off' }, shipped, office2028)).toBe('year_out_of_range');
    expect(officeDayProblem({ date: '2028-01-08', kind: 'working_day' }, shipped, office2028)).toBeNull();
    expect(officeDayProblem({ date: '2027-12-16', kind: 'working_day' }, shipped, office2028)).toBeNull();
  });

  it('replaces a year’s list on import and makes the year known; marking a year complete is undone as easily', () => {
    const typed = withDay(EMPTY_OFFICE_CALENDAR, { date: '2028-03-09', kind: 'day_off' });
    const imported = withImportedYears(typed, office2028.days);
    expect(imported.days.map((day) => day.date)).toEqual(['2028-01-03', '2028-01-04', '2028-01-07']);
    expect(imported.completeYears).toEqual([2028]);
    expect(withYearComplete(imported, 2028, false).completeYears).toEqual([]);
    expect(withYearComplete(typed, 2029, true).completeYears).toEqual([2029]);
  });

  it('keeps only a valid value: real dates, one entry per date', () => {
    expect(officeCalendarSchema.safeParse(office2028).success).toBe(true);
    const twice = { days: [...office2028.days, { date: '2028-01-03', kind: 'working_day' }], completeYears: [] };
    expect(officeCalendarSchema.safeParse(twice).success).toBe(false);
    expect(
      officeCalendarSchema.safeParse({ days: [{ date: '2028-13-01', kind: 'day_off' }], completeYears: [] }).success,
    ).toBe(false);
    expect(
      officeCalendarSchema.safeParse({ days: [{ date: '2028-01-01', kind: 'maybe' }], completeYears: [] }).success,
    ).toBe(false);
  });
});
