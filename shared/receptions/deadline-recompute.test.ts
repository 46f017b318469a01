import { describe, expect, it } from 'vitest';
import { WEEKENDS_ONLY } from '../dates/office-calendar';
import { withChanges } from '../dates/working-days';
import { deadlineChanges, recomputedControl, wasExtended } from './deadline-recompute';

const withJanuary = withChanges(WEEKENDS_ONLY, { daysOff: ['2028-01-03'] });

describe('deadlines recomputed after the calendar changes', () => {
  it('moves the deadlines the old calendar computed, and leaves those set by hand, extended or unchanged', () => {
    const items = [
      // Received Monday 20 December 2027: 15 working days end on 10 January 2028 without holidays.
      { id: 'computed', date: '2027-12-20', deadline: '2028-01-10', extended: false },
      { id: 'by-hand', date: '2027-12-20', deadline: '2028-01-20', extended: false },
      { id: 'extended', date: '2027-12-20', deadline: '2028-01-10', extended: true },
      // Received 1 December: its 15 days end before January, the new day off does not reach it.
      { id: 'untouched', date: '2027-12-01', deadline: '2027-12-22', extended: false },
    ];
    expect(deadlineChanges(items, [WEEKENDS_ONLY], withJanuary)).toEqual([
      { id: 'computed', date: '2027-12-20', from: '2028-01-10', to: '2028-01-11' },
    ]);
  });

  it('moves a deadline back when a day off is taken out again', () => {
    const items = [{ id: 'a', date: '2027-12-20', deadline: '2028-01-11', extended: false }];
    expect(deadlineChanges(items, [withJanuary], WEEKENDS_ONLY)).toEqual([
      { id: 'a', date: '2027-12-20', from: '2028-01-11', to: '2028-01-10' },
    ]);
  });

  it('keeps the old deadline and the reason in the history', () => {
    const control = { responsibleBody: 'Отдел', deadline: '2028-01-10', history: [] };
    const next = recomputedControl(control, '2028-01-11', 'пересчитан', '2027-12-21T05:00:00.000Z', 'admin');
    expect(next.deadline).toBe('2028-01-11');
    expect(next.history).toEqual([
      {
        at: '2027-12-21T05:00:00.000Z',
        author: 'admin',
        kind: 'note',
        text: '2028-01-10 → 2028-01-11: пересчитан',
        newDeadline: '2028-01-11',
      },
    ]);
    expect(wasExtended(next)).toBe(false);
  });
});
