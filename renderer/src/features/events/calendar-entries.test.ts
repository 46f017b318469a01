import { describe, expect, it } from 'vitest';
import type { EventId } from '@shared/model/ids';
import type { KelisimEvent } from '@shared/model/records';
import { calendarEntry, dayGridEntries, DAY_LINES, STATUS_COLOURS, typeColour } from './calendar-entries';

const event = (fields: Partial<KelisimEvent>) =>
  ({
    id: 'e1',
    title: 'Семинар',
    typeCode: 'seminar',
    start: '2026-11-20T10:00',
    allDay: false,
    status: 'planned',
    ...fields,
  }) as KelisimEvent;

describe('events as the calendar draws them', () => {
  it('colours by type or by status, the same colour for the same type every time', () => {
    expect(calendarEntry(event({}), 'type', '2026-11-01').color).toBe(typeColour('seminar'));
    expect(typeColour('seminar')).toBe(typeColour('seminar'));
    expect(new Set(['seminar', 'round_table', 'cultural', 'sports', 'training'].map(typeColour)).size).toBeGreaterThan(
      2,
    );
    expect(calendarEntry(event({ status: 'held' }), 'status', '2026-11-01').color).toBe(STATUS_COLOURS.held);
  });

  it('flags a planned event whose day has passed', () => {
    expect(calendarEntry(event({}), 'type', '2026-11-21').className).toBe(
      'kelisim-event-planned kelisim-event-overdue',
    );
    expect(calendarEntry(event({ status: 'held' }), 'type', '2026-11-21').className).toBe('kelisim-event-held');
  });
});

describe('a busy day in the month grid', () => {
  const more = (hidden: number) => `+ ещё ${hidden}`;
  const day = (n: number, start: string, title: string) =>
    event({ id: `e${n}` as EventId, start, title, allDay: start.length === 10 });

  it('keeps every event of a day that fits', () => {
    const events = [day(1, '2026-11-20T10:00', 'Семинар'), day(2, '2026-11-20T15:00', 'Концерт')];
    expect(dayGridEntries(events, 'type', '2026-11-01', more).map((entry) => entry.id)).toEqual(['e1', 'e2']);
  });

  it('shows the first three of a crowded day and one line with how many more there are', () => {
    const events = [
      day(1, '2026-11-20T15:00', 'Концерт'),
      day(2, '2026-11-20T10:00', 'Семинар'),
      day(3, '2026-11-20', 'Выставка'),
      day(4, '2026-11-20T10:00', 'Акция'),
      day(5, '2026-11-20T18:00', 'Вечер'),
      day(6, '2026-11-21T09:00', 'Встреча'),
    ];
    const entries = dayGridEntries(events, 'type', '2026-11-01', more);
    const ofDay = entries.filter((entry) => entry.start.startsWith('2026-11-20'));
    expect(ofDay).toHaveLength(DAY_LINES);
    expect(ofDay.map((entry) => entry.title)).toEqual(['Выставка', 'Акция', 'Семинар', '+ ещё 2']);
    expect(ofDay.at(-1)).toMatchObject({ id: 'more:2026-11-20', allDay: true, rank: 1, editable: false });
    expect(entries.filter((entry) => entry.start.startsWith('2026-11-21')).map((entry) => entry.id)).toEqual(['e6']);
  });
});
