import { describe, expect, it } from 'vitest';
import type { KelisimEvent } from '@shared/model/records';
import { calendarEntry, STATUS_COLOURS, typeColour } from './calendar-entries';

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
