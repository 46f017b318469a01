import { z } from 'zod';
import type { IsoDate } from '../model/records';
import { addDays, addMonths, isRealDate, weekdayMondayFirst } from './iso';
import { shippedCalendar, withChanges, yearsOf, type ShippedDay, type WorkingCalendar } from './working-days';

/** The years the office may enter: the calendar of a program used for years, not of all time. */
export const CALENDAR_YEARS = { min: 2020, max: 2100 } as const;

export const officeDayKinds = ['day_off', 'working_day'] as const;
export type OfficeDayKind = (typeof officeDayKinds)[number];

const yearOf = (date: IsoDate) => Number(date.slice(0, 4));
const inRange = (year: number) => year >= CALENDAR_YEARS.min && year <= CALENDAR_YEARS.max;
const optionalName = z.string().trim().max(200).optional();

export const officeDaySchema = z.object({
  date: z
    .string()
    .refine(isRealDate, { error: 'date_invalid' })
    .refine((date) => inRange(yearOf(date)), { error: 'year_out_of_range' }),
  kind: z.enum(officeDayKinds),
  nameRu: optionalName,
  nameKk: optionalName,
});

/** A holiday or moved day off the office added, or a day it made a working one (a working Saturday). */
export type OfficeDay = z.infer<typeof officeDaySchema>;

/**
 * What the office added to the shipped list, kept in the settings table. `completeYears` are the
 * years whose whole list the office entered (an import does it, or the administrator says so):
 * only those extend the known calendar, so that one holiday typed into a year does not make the
 * whole year look known.
 */
export const officeCalendarSchema = z
  .object({
    days: z.array(officeDaySchema).max(3_660),
    completeYears: z.array(z.number().int().min(CALENDAR_YEARS.min).max(CALENDAR_YEARS.max)).max(100),
  })
  .refine((calendar) => new Set(calendar.days.map((day) => day.date)).size === calendar.days.length, {
    error: 'duplicate_date',
  });

export type OfficeCalendar = z.infer<typeof officeCalendarSchema>;

export const EMPTY_OFFICE_CALENDAR: OfficeCalendar = { days: [], completeYears: [] };

/**
 * The last day of the unbroken run of known years, starting with the first shipped one: a year
 * entered after a gap does not make the gap known.
 */
export function knownUntilOf(shippedYears: readonly number[], completeYears: readonly number[]): IsoDate | undefined {
  const covered = new Set([...shippedYears, ...completeYears]);
  const first = shippedYears[0] ?? [...covered].sort((a, b) => a - b)[0];
  if (first === undefined) return undefined;
  let last = first;
  while (covered.has(last + 1)) last++;
  return `${last}-12-31`;
}

/** The shipped list with the office's days on top: what every deadline and schedule counts with. */
export function effectiveCalendar(shipped: readonly ShippedDay[], office: OfficeCalendar): WorkingCalendar {
  const merged = withChanges(shippedCalendar(shipped), {
    daysOff: office.days.filter((day) => day.kind === 'day_off').map((day) => day.date),
    workingDays: office.days.filter((day) => day.kind === 'working_day').map((day) => day.date),
  });
  const knownUntil = knownUntilOf(yearsOf(shipped), office.completeYears);
  return { daysOff: merged.daysOff, workingWeekends: merged.workingWeekends, ...(knownUntil ? { knownUntil } : {}) };
}

/** Weekends only: what a deadline was computed with when nothing was known about its days. */
export const WEEKENDS_ONLY: WorkingCalendar = { daysOff: new Set(), workingWeekends: new Set() };

/** From this day on administrators are warned: six months before the first day not known. */
export function warningFrom(knownUntil: IsoDate): IsoDate {
  return addMonths(addDays(knownUntil, 1), -6);
}

export type CalendarStatus = { state: 'ok' } | { state: 'ending' | 'ended'; knownUntil: IsoDate; nextYear: number };

/** Whether the calendar is about to run out (warn), has run out (deadlines without holidays), or neither. */
export function calendarStatus(calendar: WorkingCalendar, today: IsoDate): CalendarStatus {
  const { knownUntil } = calendar;
  if (!knownUntil || today < warningFrom(knownUntil)) return { state: 'ok' };
  const nextYear = yearOf(knownUntil) + 1;
  return { state: today > knownUntil ? 'ended' : 'ending', knownUntil, nextYear };
}

/** A row of a year's list as the settings screen shows it. */
export interface YearDay {
  date: IsoDate;
  dayOff: boolean;
  source: 'shipped' | 'office';
  /** The shipped kind (state, transfer_law…), or the office's. */
  kind: string;
  nameRu: string;
  nameKk: string;
  /** An office day that replaces a shipped one on the same date (an estimated Kurban Ait moved, say). */
  replaces?: ShippedDay;
}

/** A year's non-working days and moved working days: the shipped ones, with the office's on top. */
export function daysOfYear(shipped: readonly ShippedDay[], office: OfficeCalendar, year: number): YearDay[] {
  const inYear = (date: IsoDate) => yearOf(date) === year;
  const officeByDate = new Map(office.days.filter((day) => inYear(day.date)).map((day) => [day.date, day]));
  const rows: YearDay[] = [];
  for (const day of shipped.filter((entry) => inYear(entry.date))) {
    const own = officeByDate.get(day.date);
    if (own) {
      rows.push({ ...officeRow(own), replaces: day });
      officeByDate.delete(day.date);
    } else rows.push({ ...day, source: 'shipped' });
  }
  for (const day of officeByDate.values()) rows.push(officeRow(day));
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}

function officeRow(day: OfficeDay): YearDay {
  return {
    date: day.date,
    dayOff: day.kind === 'day_off',
    source: 'office',
    kind: day.kind,
    nameRu: day.nameRu ?? '',
    nameKk: day.nameKk ?? '',
  };
}

/** The years the screen offers: those with days, the current one, and the first year still to enter. */
export function calendarYears(shipped: readonly ShippedDay[], office: OfficeCalendar, today: IsoDate): number[] {
  const knownUntil = knownUntilOf(yearsOf(shipped), office.completeYears);
  const years = new Set([...yearsOf(shipped), ...yearsOf(office.days), ...office.completeYears, yearOf(today)]);
  if (knownUntil) years.add(yearOf(knownUntil) + 1);
  return [...years].filter(inRange).sort((a, b) => a - b);
}

export type OfficeDayProblem =
  'date_invalid' | 'year_out_of_range' | 'already_entered' | 'already_day_off' | 'already_working';

/**
 * Why a day typed by hand would change nothing, or is not a day: one already entered by the
 * office, a day off the shipped list already has, a weekday that is already a working day.
 */
export function officeDayProblem(
  day: Pick<OfficeDay, 'date' | 'kind'>,
  shipped: readonly ShippedDay[],
  office: OfficeCalendar,
): OfficeDayProblem | null {
  if (!isRealDate(day.date)) return 'date_invalid';
  if (!inRange(yearOf(day.date))) return 'year_out_of_range';
  if (office.days.some((entry) => entry.date === day.date)) return 'already_entered';
  const base = shippedCalendar(shipped);
  const weekend = weekdayMondayFirst(day.date) >= 5;
  if (day.kind === 'day_off' && base.daysOff.has(day.date)) return 'already_day_off';
  if (day.kind === 'working_day' && !base.daysOff.has(day.date) && (!weekend || base.workingWeekends.has(day.date)))
    return 'already_working';
  return null;
}

export function withDay(office: OfficeCalendar, day: OfficeDay): OfficeCalendar {
  const days = [...office.days.filter((entry) => entry.date !== day.date), day];
  return { ...office, days: days.sort((a, b) => a.date.localeCompare(b.date)) };
}

export function withoutDay(office: OfficeCalendar, date: IsoDate): OfficeCalendar {
  return { ...office, days: office.days.filter((entry) => entry.date !== date) };
}

export function withYearComplete(office: OfficeCalendar, year: number, complete: boolean): OfficeCalendar {
  const others = office.completeYears.filter((entry) => entry !== year);
  return { ...office, completeYears: (complete ? [...others, year] : others).sort((a, b) => a - b) };
}

/** An imported list is the whole list of its years: it replaces what the office had for them, and makes them known. */
export function withImportedYears(office: OfficeCalendar, days: readonly OfficeDay[]): OfficeCalendar {
  const years = new Set(yearsOf(days));
  const kept = office.days.filter((day) => !years.has(yearOf(day.date)));
  const completeYears = [...new Set([...office.completeYears, ...years])].sort((a, b) => a - b);
  return { days: [...kept, ...days].sort((a, b) => a.date.localeCompare(b.date)), completeYears };
}

/** How far a year's list is known: shipped with the program, entered whole, entered in part, or not at all. */
export type YearStatus = 'shipped' | 'complete' | 'partial' | 'empty';

export function yearStatus(year: number, shipped: readonly ShippedDay[], office: OfficeCalendar): YearStatus {
  if (yearsOf(shipped).includes(year)) return 'shipped';
  if (office.completeYears.includes(year)) return 'complete';
  return office.days.some((day) => yearOf(day.date) === year) ? 'partial' : 'empty';
}
