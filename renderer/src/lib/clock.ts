import { toIsoDate } from '@shared/dates/iso';
import type { IsoDate, IsoTimestamp } from '@shared/model/records';

/** Kazakhstan has one time zone, UTC+5, since 1 March 2024. */
export const KAZAKHSTAN_UTC_OFFSET_MINUTES = 5 * 60;

/** Read through here, never `new Date()` directly, so tests can move the clock. */
export function nowTimestamp(): IsoTimestamp {
  return new Date().toISOString();
}

export function today(): IsoDate {
  return toIsoDate(new Date(), KAZAKHSTAN_UTC_OFFSET_MINUTES);
}

/** An instant as Kazakhstan's wall-clock time, "YYYY-MM-DDTHH:mm", for display. */
export function localWallClock(instant: string): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return '';
  return new Date(time + KAZAKHSTAN_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 16);
}
