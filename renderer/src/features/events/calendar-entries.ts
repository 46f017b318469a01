import type { KelisimEvent } from '@shared/model/records';

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
}

/** An event as the calendar draws it; a cancelled one is struck through, a planned one past its day is flagged. */
export function calendarEntry(event: KelisimEvent, colourBy: 'type' | 'status', today: string): CalendarEntry {
  const colour = colourBy === 'status' ? STATUS_COLOURS[event.status] : typeColour(event.typeCode);
  const classes = [`kelisim-event-${event.status}`];
  if (event.status === 'planned' && (event.end ?? event.start).slice(0, 10) < today)
    classes.push('kelisim-event-overdue');
  return {
    id: event.id,
    title: event.title,
    start: event.start,
    ...(event.end ? { end: event.end } : {}),
    allDay: event.allDay,
    color: colour,
    className: classes.join(' '),
  };
}
