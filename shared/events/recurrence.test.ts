import { describe, expect, it } from 'vitest';
import { expandSeries, occurrenceDates, occurrencesToChange, MAX_OCCURRENCES } from './recurrence';

describe('recurring events', () => {
  it('repeats weekly and monthly up to the last day, the first occurrence included', () => {
    expect(occurrenceDates('2026-12-01', { frequency: 'weekly', interval: 1, until: '2026-12-22' })).toEqual([
      '2026-12-01',
      '2026-12-08',
      '2026-12-15',
      '2026-12-22',
    ]);
    expect(occurrenceDates('2026-12-01', { frequency: 'weekly', interval: 2, until: '2026-12-31' })).toEqual([
      '2026-12-01',
      '2026-12-15',
      '2026-12-29',
    ]);
    // The 31st falls on the last day of shorter months, and February of a leap year has 29.
    expect(occurrenceDates('2027-10-31', { frequency: 'monthly', interval: 1, until: '2028-03-31' })).toEqual([
      '2027-10-31',
      '2027-11-30',
      '2027-12-31',
      '2028-01-31',
      '2028-02-29',
      '2028-03-31',
    ]);
  });

  it('never produces an endless series', () => {
    expect(occurrenceDates('2026-01-05', { frequency: 'weekly', interval: 1, until: '2099-12-31' })).toHaveLength(
      MAX_OCCURRENCES,
    );
    expect(occurrenceDates('2026-12-01', { frequency: 'weekly', interval: 1, until: '2026-11-30' })).toEqual([]);
  });

  it('keeps the time of day and the length of each occurrence', () => {
    const series = expandSeries(
      { start: '2026-12-01T10:00', end: '2026-12-02T12:00', title: 'Семинар' },
      { frequency: 'monthly', interval: 1, until: '2027-01-31' },
    );
    expect(series).toEqual([
      { start: '2026-12-01T10:00', end: '2026-12-02T12:00', title: 'Семинар' },
      { start: '2027-01-01T10:00', end: '2027-01-02T12:00', title: 'Семинар' },
    ]);
  });

  it('changes one occurrence alone, or this and the following ones but never those already held', () => {
    const dates = occurrenceDates('2026-12-01', { frequency: 'weekly', interval: 1, until: '2026-12-29' });
    const series = dates.map((date, index) => ({
      id: `e${index}`,
      start: `${date}T15:00`,
      seriesId: 's1',
      status: 'planned' as 'planned' | 'held' | 'cancelled',
    }));
    const [first, second, third, fourth, fifth] = series;
    if (!first || !second || !third || !fourth || !fifth) throw new Error('five occurrences expected');
    // The third is moved and the fourth skipped: each is its own record, nothing else changes.
    expect(occurrencesToChange(series, third, 'this')).toEqual([third]);
    expect(occurrencesToChange(series, fourth, 'this')).toEqual([fourth]);
    // The first was held; renaming "this and following" from the second reaches 2..5 only.
    first.status = 'held';
    expect(occurrencesToChange(series, second, 'following').map((event) => event.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
    fifth.status = 'held';
    expect(occurrencesToChange(series, third, 'following').map((event) => event.id)).toEqual(['e2', 'e3']);
    // An event outside any series is always changed alone.
    const single = { id: 'x', start: '2026-12-01T10:00', status: 'planned' as const };
    expect(occurrencesToChange([single], single, 'following')).toEqual([single]);
  });
});
