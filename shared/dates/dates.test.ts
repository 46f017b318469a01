import { describe, expect, it } from 'vitest';
import { ru } from '../i18n/ru';
import { kk } from '../i18n/kk';
import { formatDate, formatDateTime, formatLongDate, formatMonthYear, formatShortMonth, parseUserDate } from './format';
import { addDays, ageOn, daysBetween, isRealDate, toIsoDate, weekdayMondayFirst } from './iso';

describe('date formats', () => {
  it('writes dates as dd.MM.yyyy', () => {
    expect(formatDate('2026-03-08')).toBe('08.03.2026');
    expect(formatDateTime('2026-03-08T09:30')).toBe('08.03.2026 09:30');
    expect(formatDate(undefined)).toBe('');
  });

  it('names months from our own resources in both languages', () => {
    expect(formatLongDate('2026-11-21', ru.dates)).toBe('21 ноября 2026 г.');
    expect(formatLongDate('2026-11-21', kk.dates)).toBe('21 қараша 2026 ж.');
    expect(formatMonthYear(2026, 2, kk.dates)).toBe('наурыз 2026');
  });

  it('labels a chart month with a short month name and the whole year, never as 25.12', () => {
    expect(['2025-12', '2026-01', '2026-05', '2026-09'].map((month) => formatShortMonth(month, ru.dates))).toEqual([
      'дек. 2025',
      'янв. 2026',
      'май 2026',
      'сент. 2026',
    ]);
    expect(['2025-12', '2026-01', '2026-05', '2026-09'].map((month) => formatShortMonth(month, kk.dates))).toEqual([
      'жел. 2025',
      'қаң. 2026',
      'мам. 2026',
      'қыр. 2026',
    ]);
  });

  it('has a short name for each month in both languages, each distinct', () => {
    for (const names of [ru.dates, kk.dates]) {
      expect(names.monthsShort).toHaveLength(12);
      expect(new Set(names.monthsShort).size).toBe(12);
      names.monthsShort.forEach((short, index) =>
        expect(names.months[index]?.startsWith(short.replace('.', ''))).toBe(true),
      );
    }
  });

  it.each([
    ['12.05.1985', '1985-05-12'],
    ['12/05/1985', '1985-05-12'],
    ['1.5.1985', '1985-05-01'],
    ['1985-05-12', '1985-05-12'],
    ['31.04.2020', null],
    ['29.02.2023', null],
    ['29.02.2024', '2024-02-29'],
    ['12.05.85', null],
  ])('reads %s as %s', (text, iso) => {
    expect(parseUserDate(text)).toBe(iso);
  });
});

describe('calendar arithmetic', () => {
  it('knows real dates', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2026-13-01')).toBe(false);
  });

  it('counts the week from Monday', () => {
    expect(weekdayMondayFirst('2026-11-23')).toBe(0);
    expect(weekdayMondayFirst('2026-11-22')).toBe(6);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('counts the days between two dates, across a leap day and backwards', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2026-12-01')).toBe(-30);
    expect(daysBetween('2026-11-30', '2026-11-30')).toBe(0);
  });

  it('takes the calendar date in Kazakhstan time, not UTC', () => {
    expect(toIsoDate(new Date('2026-11-21T20:30:00Z'), 300)).toBe('2026-11-22');
    expect(toIsoDate(new Date('2026-11-21T18:59:00Z'), 300)).toBe('2026-11-21');
  });

  it('counts full years of age', () => {
    expect(ageOn('1990-11-22', '2026-11-21')).toBe(35);
    expect(ageOn('1990-11-21', '2026-11-21')).toBe(36);
  });
});
