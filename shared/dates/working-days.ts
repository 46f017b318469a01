import type { IsoDate } from '../model/records';
import { addDays, weekdayMondayFirst } from './iso';

/** Days off and working weekends as the law and the Government's decrees set them. */
export interface WorkingCalendar {
  daysOff: ReadonlySet<IsoDate>;
  /** A Saturday or Sunday made a working day by a transfer decree. */
  workingWeekends: ReadonlySet<IsoDate>;
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

/**
 * Reads `kz_nonworking_days_*.csv` (date, weekday, names, kind, related date). Unknown kinds are
 * refused by name rather than guessed: a wrong day off moves every deadline after it.
 */
export function parseNonWorkingDays(csv: string): WorkingCalendar {
  const daysOff = new Set<IsoDate>();
  const workingWeekends = new Set<IsoDate>();
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  const columns = (header ?? '').split(',');
  const dateAt = columns.indexOf('date');
  const kindAt = columns.indexOf('kind');
  if (dateAt < 0 || kindAt < 0) throw new Error('non-working days: date and kind columns expected');
  for (const line of lines) {
    const cells = line.split(',');
    const date = cells[dateAt] ?? '';
    const kind = cells[kindAt] ?? '';
    if (kind === 'working_weekend') workingWeekends.add(date);
    else if (DAY_OFF_KINDS.has(kind)) daysOff.add(date);
    else throw new Error(`non-working days: unknown kind '${kind}' on ${date}`);
  }
  return { daysOff, workingWeekends };
}

/** The office's own changes on top of the shipped calendar (a decree that came out after the release). */
export function withChanges(
  calendar: WorkingCalendar,
  changes: { daysOff?: readonly IsoDate[]; workingDays?: readonly IsoDate[] },
): WorkingCalendar {
  const daysOff = new Set(calendar.daysOff);
  const workingWeekends = new Set(calendar.workingWeekends);
  for (const day of changes.daysOff ?? []) daysOff.add(day);
  for (const day of changes.workingDays ?? []) {
    daysOff.delete(day);
    if (weekdayMondayFirst(day) >= 5) workingWeekends.add(day);
  }
  return { daysOff, workingWeekends };
}

export function isWorkingDay(day: IsoDate, calendar: WorkingCalendar): boolean {
  if (calendar.daysOff.has(day)) return false;
  return weekdayMondayFirst(day) < 5 || calendar.workingWeekends.has(day);
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

/** Overdue from the day after the deadline: the deadline day itself is still in time. */
export function isPastDeadline(deadline: IsoDate, today: IsoDate): boolean {
  return today > deadline;
}
