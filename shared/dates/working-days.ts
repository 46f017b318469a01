import type { IsoDate } from '../model/records';
import { addDays, weekdayMondayFirst } from './iso';

/** Days off and working weekends as the law and the Government's decrees set them. */
export interface WorkingCalendar {
  daysOff: ReadonlySet<IsoDate>;
  /** A Saturday or Sunday made a working day by a transfer decree. */
  workingWeekends: ReadonlySet<IsoDate>;
  /**
   * The last day whose holidays are known. After it only Saturdays and Sundays are skipped, so a
   * deadline that reaches past it is computed without holidays and must say so.
   */
  knownUntil?: IsoDate;
}

const DAY_OFF_KINDS = new Set([
  'state',
  'national',
  'day_off_no_transfer',
  // Kurban Ait, whose date the Spiritual Administration announces each year: taken as estimated
  // until the office corrects it (withChanges).
  'day_off_no_transfer_date_estimated',
  'transfer_law',
  'transfer_decree',
]);

/** One line of the shipped list: a day off (holiday or transfer) or a working weekend. */
export interface ShippedDay {
  date: IsoDate;
  kind: string;
  dayOff: boolean;
  nameRu: string;
  nameKk: string;
}

/**
 * Reads `kz_nonworking_days_*.csv` (date, weekday, names, kind, related date). Unknown kinds are
 * refused by name rather than guessed: a wrong day off moves every deadline after it.
 */
export function parseShippedDays(csv: string): ShippedDay[] {
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  const columns = (header ?? '').split(',');
  const at = (name: string) => columns.indexOf(name);
  const [dateAt, kindAt, ruAt, kkAt] = [at('date'), at('kind'), at('name_ru'), at('name_kk')];
  if (dateAt < 0 || kindAt < 0) throw new Error('non-working days: date and kind columns expected');
  return lines.map((line) => {
    const cells = line.split(',');
    const date = cells[dateAt] ?? '';
    const kind = cells[kindAt] ?? '';
    if (kind !== 'working_weekend' && !DAY_OFF_KINDS.has(kind))
      throw new Error(`non-working days: unknown kind '${kind}' on ${date}`);
    return { date, kind, dayOff: kind !== 'working_weekend', nameRu: cells[ruAt] ?? '', nameKk: cells[kkAt] ?? '' };
  });
}

/** The years a list of days speaks for: the shipped list is whole for every year it has a day in. */
export function yearsOf(days: readonly { date: IsoDate }[]): number[] {
  return [...new Set(days.map((day) => Number(day.date.slice(0, 4))))].sort((a, b) => a - b);
}

/** The calendar of the shipped list alone, known to the end of its last year. */
export function shippedCalendar(days: readonly ShippedDay[]): WorkingCalendar {
  const daysOff = new Set<IsoDate>();
  const workingWeekends = new Set<IsoDate>();
  for (const day of days) (day.dayOff ? daysOff : workingWeekends).add(day.date);
  const last = yearsOf(days).at(-1);
  return { daysOff, workingWeekends, ...(last ? { knownUntil: `${last}-12-31` } : {}) };
}

export function parseNonWorkingDays(csv: string): WorkingCalendar {
  return shippedCalendar(parseShippedDays(csv));
}

/** The office's own changes on top of the shipped calendar (a decree that came out after the release). */
export function withChanges(
  calendar: WorkingCalendar,
  changes: { daysOff?: readonly IsoDate[]; workingDays?: readonly IsoDate[] },
): WorkingCalendar {
  const daysOff = new Set(calendar.daysOff);
  const workingWeekends = new Set(calendar.workingWeekends);
  for (const day of changes.daysOff ?? []) {
    daysOff.add(day);
    workingWeekends.delete(day);
  }
  for (const day of changes.workingDays ?? []) {
    daysOff.delete(day);
    if (weekdayMondayFirst(day) >= 5) workingWeekends.add(day);
  }
  return { ...calendar, daysOff, workingWeekends };
}

export function isWorkingDay(day: IsoDate, calendar: WorkingCalendar): boolean {
  if (calendar.daysOff.has(day)) return false;
  return weekdayMondayFirst(day) < 5 || calendar.workingWeekends.has(day);
}

/** The first working day on or after `day`. */
export function firstWorkingDayFrom(day: IsoDate, calendar: WorkingCalendar): IsoDate {
  let current = day;
  while (!isWorkingDay(current, calendar)) current = addDays(current, 1);
  return current;
}

/**
 * The day a term of N working days ends, counted from the day after `from` (the day an appeal is
 * received does not count, АППК art. 76): 15 working days from Friday 20 November 2026 end on
 * Friday 11 December.
 */
export function addWorkingDays(from: IsoDate, days: number, calendar: WorkingCalendar): IsoDate {
  let day = from;
  for (let counted = 0; counted < days;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) counted++;
  }
  return day;
}

/** Whether a day lies past the known holidays, where only weekends are skipped. */
export function isBeyondCalendar(day: IsoDate, calendar: WorkingCalendar): boolean {
  return calendar.knownUntil !== undefined && day > calendar.knownUntil;
}

/** Overdue from the day after the deadline: the deadline day itself is still in time. */
export function isPastDeadline(deadline: IsoDate, today: IsoDate): boolean {
  return today > deadline;
}
