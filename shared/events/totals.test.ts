import { describe, expect, it } from 'vitest';
import { inPeriod, monthGrid, periodOf } from './period';
import { toReceptionSessionId } from '../model/ids';
import { eventTotals, isOverdue, visitTotals } from './totals';

describe('report periods', () => {
  it('gives the month, quarter, half-year and year of a day', () => {
    expect(periodOf('month', '2028-02-10')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodOf('quarter', '2026-11-21')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodOf('half', '2026-04-01')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(periodOf('year', '2026-11-21')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('knows the six weeks a month view shows, Monday first', () => {
    // November 2026 begins on a Sunday: the grid starts on Monday 26 October.
    expect(monthGrid('2026-11-21')).toEqual({ from: '2026-10-26', to: '2026-12-06' });
    // February 2027 begins on a Monday.
    expect(monthGrid('2027-02-14')).toEqual({ from: '2027-02-01', to: '2027-03-14' });
  });

  it('includes events on the first and the last day, whatever their time', () => {
    const quarter = periodOf('quarter', '2026-11-21');
    expect(inPeriod('2026-10-01T09:00', quarter)).toBe(true);
    expect(inPeriod('2026-12-31T23:30', quarter)).toBe(true);
    expect(inPeriod('2027-01-01T00:00', quarter)).toBe(false);
    expect(inPeriod('2026-09-30', quarter)).toBe(false);
  });
});

describe('totals of events held', () => {
  const districts: Record<string, string> = { s1: 'Байзак', s2: 'Байзак', s3: 'Жуалы' };
  const districtOf = (placeId: string | undefined) => (placeId ? (districts[placeId] ?? '') : '');

  it('counts held events and their actual participants per district and type, and nothing else', () => {
    const totals = eventTotals(
      [
        { typeCode: 'seminar', placeId: 's1', status: 'held', actualParticipants: 40, plannedParticipants: 50 },
        { typeCode: 'seminar', placeId: 's3', status: 'held', actualParticipants: 25 },
        { typeCode: 'round_table', placeId: 's2', status: 'held', actualParticipants: 15 },
        { typeCode: 'round_table', placeId: 's2', status: 'planned', plannedParticipants: 100 },
        { typeCode: 'cultural', placeId: 's1', status: 'cancelled', plannedParticipants: 300 },
        { typeCode: 'cultural', status: 'held' },
      ],
      districtOf,
    );
    expect(totals.events).toBe(4);
    expect(totals.participants).toBe(80);
    expect(totals.byDistrict).toEqual([
      { key: 'Байзак', events: 2, participants: 55 },
      { key: 'Жуалы', events: 1, participants: 25 },
      { key: '', events: 1, participants: 0 },
    ]);
    expect(totals.byType).toEqual([
      { key: 'seminar', events: 2, participants: 65 },
      { key: 'cultural', events: 1, participants: 0 },
      { key: 'round_table', events: 1, participants: 15 },
    ]);
  });

  it('sums a field visit: events held, people received, helped and taken under control', () => {
    expect(
      visitTotals(
        [
          { typeCode: 'meeting', status: 'held', actualParticipants: 120 },
          { typeCode: 'meeting', status: 'planned', plannedParticipants: 80 },
        ],
        [{ outcome: 'helped' }, { outcome: 'control' }, { outcome: 'explained' }, { outcome: 'helped' }],
      ),
    ).toEqual({ events: 1, participants: 120, received: 4, helped: 2, underControl: 1 });
  });

  it('counts a mass reception of the visit once, the citizens entered under it included in its totals', () => {
    const session = {
      id: toReceptionSessionId('s1'),
      date: '2026-11-12',
      received: 600,
      byTopic: {},
      byOutcome: { helped: 113, control: 12 },
    };
    const entered = { outcome: 'control' as const, topicCode: 'land', sessionId: session.id };
    expect(visitTotals([], [entered, entered, { outcome: 'helped' }], [session])).toMatchObject({
      received: 601,
      helped: 114,
      underControl: 12,
    });
  });

  it('lists a planned event as overdue once its last day has passed', () => {
    expect(isOverdue({ status: 'planned', start: '2026-11-20T10:00' }, '2026-11-21')).toBe(true);
    expect(isOverdue({ status: 'planned', start: '2026-11-20T10:00', end: '2026-11-21T18:00' }, '2026-11-21')).toBe(
      false,
    );
    expect(isOverdue({ status: 'held', start: '2026-11-01T10:00' }, '2026-11-21')).toBe(false);
  });
});
