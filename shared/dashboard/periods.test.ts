import { describe, expect, it } from 'vitest';
import { dashboardPeriod, kindOfPeriod, monthsOf, periodDays, previousPeriod } from './periods';

describe('dashboard periods', () => {
  it('tells a whole month, quarter, half-year or year from any other range', () => {
    expect(kindOfPeriod({ from: '2026-02-01', to: '2026-02-28' })).toBe('month');
    expect(kindOfPeriod({ from: '2028-02-01', to: '2028-02-29' })).toBe('month');
    expect(kindOfPeriod({ from: '2026-10-01', to: '2026-12-31' })).toBe('quarter');
    expect(kindOfPeriod({ from: '2026-07-01', to: '2026-12-31' })).toBe('half');
    expect(kindOfPeriod({ from: '2026-01-01', to: '2026-12-31' })).toBe('year');
    expect(kindOfPeriod({ from: '2026-02-01', to: '2026-02-27' })).toBe('custom');
    expect(kindOfPeriod({ from: '2026-02-02', to: '2026-03-01' })).toBe('custom');
    expect(kindOfPeriod({ from: '2026-02-01', to: '2026-03-31' })).toBe('custom');
    expect(kindOfPeriod({ from: '2026-04-01', to: '2026-09-30' })).toBe('custom');
  });

  it.each([
    ['a month: the month before, whatever its length', '2026-03-01', '2026-03-31', '2026-02-01', '2026-02-28'],
    ['a leap February', '2028-03-01', '2028-03-31', '2028-02-01', '2028-02-29'],
    ['January: December of the year before', '2026-01-01', '2026-01-31', '2025-12-01', '2025-12-31'],
    ['a quarter', '2026-10-01', '2026-12-31', '2026-07-01', '2026-09-30'],
    ['the first quarter', '2026-01-01', '2026-03-31', '2025-10-01', '2025-12-31'],
    ['the second half-year', '2026-07-01', '2026-12-31', '2026-01-01', '2026-06-30'],
    ['the first half-year', '2026-01-01', '2026-06-30', '2025-07-01', '2025-12-31'],
    ['a year', '2026-01-01', '2026-12-31', '2025-01-01', '2025-12-31'],
    ['a custom range: as many days just before', '2026-03-10', '2026-03-24', '2026-02-23', '2026-03-09'],
    ['a custom range over new year', '2026-12-20', '2027-01-10', '2026-11-28', '2026-12-19'],
    ['a custom range over a leap day', '2028-03-01', '2028-03-10', '2028-02-20', '2028-02-29'],
    ['one day: the day before', '2026-11-21', '2026-11-21', '2026-11-20', '2026-11-20'],
    ['two whole months: 59 days before, not two months', '2026-02-01', '2026-03-31', '2025-12-04', '2026-01-31'],
  ])('compares %s', (_, from, to, previousFrom, previousTo) => {
    const previous = previousPeriod({ from, to });
    expect(previous).toEqual({ from: previousFrom, to: previousTo });
    if (kindOfPeriod({ from, to }) === 'custom') expect(periodDays(previous)).toBe(periodDays({ from, to }));
  });

  it('builds the period the picker asks for; a custom range keeps its days in order', () => {
    expect(dashboardPeriod('quarter', '2026-11-21')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(dashboardPeriod('custom', '2026-11-21', '2026-11-01')).toEqual({ from: '2026-11-01', to: '2026-11-21' });
    expect(dashboardPeriod('custom', '2026-11-21')).toEqual({ from: '2026-11-21', to: '2026-11-21' });
  });

  it('lists the months a period touches, for the charts by month', () => {
    expect(monthsOf({ from: '2026-01-01', to: '2026-12-31' })).toHaveLength(12);
    expect(monthsOf({ from: '2026-11-15', to: '2027-02-03' })).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsOf({ from: '2026-11-21', to: '2026-11-21' })).toEqual(['2026-11']);
  });
});
