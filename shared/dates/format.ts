import type { IsoDate, LocalDateTime } from '../model/records';

/** Month and weekday names come from our own resources: Chromium's Intl has no real Kazakh data. */
export interface CalendarNames {
  months: readonly string[];
  monthsGenitive: readonly string[];
  /** The short forms documents use (янв., февр., май; қаң., ақп.), for chart axes. */
  monthsShort: readonly string[];
  weekdaysShort: readonly string[];
  /** "г." in Russian, "ж." in Kazakh. */
  yearSuffix: string;
}

/** dd.MM.yyyy, the way dates are written in Kazakhstan's documents. */
export function formatDate(value: IsoDate | LocalDateTime | undefined | null): string {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return '';
  return `${value.slice(8, 10)}.${value.slice(5, 7)}.${value.slice(0, 4)}`;
}

export function formatDateTime(value: LocalDateTime | undefined | null): string {
  if (!value) return '';
  const time = /T(\d{2}:\d{2})/.exec(value)?.[1];
  return time ? `${formatDate(value)} ${time}` : formatDate(value);
}

/** "21 ноября 2026 г." / "21 қараша 2026 ж." */
export function formatLongDate(value: IsoDate, names: CalendarNames): string {
  const month = names.monthsGenitive[Number(value.slice(5, 7)) - 1] ?? '';
  return `${Number(value.slice(8, 10))} ${month} ${value.slice(0, 4)} ${names.yearSuffix}`;
}

/** "ноябрь 2026" / "қараша 2026" */
export function formatMonthYear(year: number, monthIndex: number, names: CalendarNames): string {
  return `${names.months[monthIndex] ?? ''} ${year}`;
}

/**
 * "дек. 2025" / "жел. 2025" for a `YYYY-MM` month: a month name and a whole year cannot be read as
 * a day and a month, as "25.12" can.
 */
export function formatShortMonth(month: string, names: CalendarNames): string {
  return `${names.monthsShort[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(0, 4)}`;
}

/** Reads what people type into a date field: 12.05.1985, 12/05/1985, 12-05-1985 or 1985-05-12. */
export function parseUserDate(text: string): IsoDate | null {
  const trimmed = text.trim();
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed);
  const yearFirst = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const parts = dayFirst
    ? { day: dayFirst[1], month: dayFirst[2], year: dayFirst[3] }
    : yearFirst
      ? { day: yearFirst[3], month: yearFirst[2], year: yearFirst[1] }
      : null;
  if (!parts?.day || !parts.month || !parts.year) return null;
  const iso = `${parts.year}-${parts.month.padStart(2, '0')}-${parts.day.padStart(2, '0')}`;
  const [y, m, d] = iso.split('-').map(Number);
  const check = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  return check.getUTCFullYear() === y && check.getUTCMonth() + 1 === m && check.getUTCDate() === d ? iso : null;
}
