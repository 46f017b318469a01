import type { Language } from '@shared/i18n/languages';
import type { KelisimEvent } from '@shared/model/records';
import { nameIn } from '@shared/text/name-in';

/** Colours of the statuses, as people read them: plan blue, held green, moved orange, cancelled grey. */
export const STATUS_COLOURS: Record<KelisimEvent['status'], string> = {
  planned: '#1c7ed6',
  held: '#2f9e44',
  postponed: '#f08c00',
  cancelled: '#868e96',
};

const TYPE_PALETTE = [
  '#1971c2',
  '#2f9e44',
  '#e8590c',
  '#9c36b5',
  '#0c8599',
  '#c2255c',
  '#5c940d',
  '#3b5bdb',
  '#d6336c',
  '#087f5b',
];

/** One stable colour per event type, the same in every session. */
export function typeColour(typeCode: string): string {
  let hash = 0;
  for (const char of typeCode) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return TYPE_PALETTE[hash % TYPE_PALETTE.length] ?? '#1971c2';
}

export interface CalendarEntry {
  id: string;
  title: string;
  start: string;
  end?: string;
  allDay: boolean;
  /** FullCalendar 7 takes one colour and one class string per event. */
  color: string;
  className: string;
  /** Orders a day's lines: events (0) before the "more" line (1). */
  rank: 0 | 1;
  /** False for the "more" line, which cannot be dragged. */
  editable?: false;
}

/** Lines a day of the month or week grid shows: three events and a "more" line when there are more. */
export const DAY_LINES = 4;
export const MORE_PREFIX = 'more:';

/**
 * An event as the calendar draws it, titled in the interface language; a cancelled one is struck
 * through, a planned one past its day is flagged.
 */
export function calendarEntry(
  event: KelisimEvent,
  colourBy: 'type' | 'status',
  today: string,
  language: Language = 'ru',
): CalendarEntry {
  const colour = colourBy === 'status' ? STATUS_COLOURS[event.status] : typeColour(event.typeCode);
  const classes = [`kelisim-event-${event.status}`];
  if (event.status === 'planned' && (event.end ?? event.start).slice(0, 10) < today)
    classes.push('kelisim-event-overdue');
  return {
    id: event.id,
    title: nameIn(language, event),
    start: event.start,
    ...(event.end ? { end: event.end } : {}),
    allDay: event.allDay,
    color: colour,
    className: classes.join(' '),
    rank: 0,
  };
}

/** A day's events as FullCalendar orders them: all-day ones first (their start has no time), then by time and title. */
export const dayOrder = (a: KelisimEvent, b: KelisimEvent): number =>
  a.start.localeCompare(b.start) || a.title.localeCompare(b.title, 'ru');

/**
 * The month and week grids as drawn: a day with more events than fit shows its first three (all-day
 * ones, then by time and title, as FullCalendar orders them) and one "more" line that opens the
 * day's list. FullCalendar would read, place and hide every event itself; a busy oblast month has
 * over a thousand, and doing it here keeps the month quick to open. A multi-day event is counted
 * on its first day.
 */
export function dayGridEntries(
  events: readonly KelisimEvent[],
  colourBy: 'type' | 'status',
  today: string,
  moreLine: (hidden: number) => string,
  language: Language = 'ru',
): CalendarEntry[] {
  const byDay = new Map<string, KelisimEvent[]>();
  for (const event of events) {
    const day = event.start.slice(0, 10);
    const list = byDay.get(day);
    if (list) list.push(event);
    else byDay.set(day, [event]);
  }
  const entries: CalendarEntry[] = [];
  for (const [day, list] of byDay) {
    if (list.length <= DAY_LINES) {
      for (const event of list) entries.push(calendarEntry(event, colourBy, today, language));
      continue;
    }
    const shown = [...list].sort(dayOrder).slice(0, DAY_LINES - 1);
    for (const event of shown) entries.push(calendarEntry(event, colourBy, today, language));
    entries.push({
      id: `${MORE_PREFIX}${day}`,
      title: moreLine(list.length - shown.length),
      start: day,
      allDay: true,
      color: 'transparent',
      className: 'kelisim-more',
      rank: 1,
      editable: false,
    });
  }
  return entries;
}
