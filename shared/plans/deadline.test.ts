import { describe, expect, it } from 'vitest';
import type { PlanDeadline } from '../model/records';
import { currentPeriodEnd, deadlineLabel, dueDateOf, quarterOf, quarterRange } from './deadline';

describe('quarters', () => {
  it.each([
    ['2026-01-01', 1],
    ['2026-03-31', 1],
    ['2026-04-01', 2],
    ['2026-09-30', 3],
    ['2026-10-01', 4],
    ['2026-12-31', 4],
  ])('%s falls in quarter %i', (date, quarter) => {
    expect(quarterOf(date)).toBe(quarter);
  });

  it('gives each quarter its first and last day', () => {
    expect(quarterRange(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterRange(2026, 2)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterRange(2026, 3)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(quarterRange(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });
});

describe('dueDateOf', () => {
  it.each<[PlanDeadline, string]>([
    [{ kind: 'date', date: '2026-05-25' }, '2026-05-25'],
    [{ kind: 'quarter', quarter: 2 }, '2026-06-30'],
    [{ kind: 'quarter', quarter: 4 }, '2026-12-31'],
    [{ kind: 'year' }, '2026-12-31'],
    [{ kind: 'monthly' }, '2026-12-31'],
    [{ kind: 'quarterly' }, '2026-12-31'],
  ])('%j in a plan for 2026 is due by %s', (deadline, due) => {
    expect(dueDateOf(deadline, 2026)).toBe(due);
  });

  it('keeps a date of the next year as written (a roadmap running past its year)', () => {
    expect(dueDateOf({ kind: 'date', date: '2027-02-01' }, 2026)).toBe('2027-02-01');
  });
});

describe('currentPeriodEnd', () => {
  it('ends a monthly item with the month under way and a quarterly one with the quarter', () => {
    expect(currentPeriodEnd({ kind: 'monthly' }, 2028, '2028-02-10')).toBe('2028-02-29');
    expect(currentPeriodEnd({ kind: 'quarterly' }, 2026, '2026-08-10')).toBe('2026-09-30');
  });

  it('stays within the plan year', () => {
    expect(currentPeriodEnd({ kind: 'monthly' }, 2026, '2025-12-20')).toBe('2026-01-31');
    expect(currentPeriodEnd({ kind: 'quarterly' }, 2026, '2027-01-15')).toBe('2026-12-31');
  });

  it('is the due date for other items', () => {
    expect(currentPeriodEnd({ kind: 'quarter', quarter: 1 }, 2026, '2026-08-10')).toBe('2026-03-31');
  });
});

describe('deadlineLabel', () => {
  it.each<[PlanDeadline, string, string]>([
    [{ kind: 'date', date: '2026-12-25' }, 'до 25 декабря', '25 желтоқсанға дейін'],
    [{ kind: 'date', date: '2026-04-01' }, 'до 1 апреля', '1 сәуірге дейін'],
    [{ kind: 'date', date: '2026-07-15' }, 'до 15 июля', '15 шілдеге дейін'],
    [{ kind: 'date', date: '2026-09-10' }, 'до 10 сентября', '10 қыркүйекке дейін'],
    [{ kind: 'quarter', quarter: 3 }, 'III квартал', 'III тоқсан'],
    [{ kind: 'year' }, 'в течение года', 'жыл бойы'],
    [{ kind: 'monthly' }, 'ежемесячно', 'ай сайын'],
    [{ kind: 'quarterly' }, 'ежеквартально', 'тоқсан сайын'],
  ])('writes %j as plans do', (deadline, ru, kk) => {
    expect(deadlineLabel(deadline, 'ru', 2026)).toBe(ru);
    expect(deadlineLabel(deadline, 'kk', 2026)).toBe(kk);
  });

  it('names the year of a date outside the plan year', () => {
    expect(deadlineLabel({ kind: 'date', date: '2027-02-01' }, 'ru', 2026)).toBe('до 1 февраля 2027 г.');
    expect(deadlineLabel({ kind: 'date', date: '2027-02-01' }, 'kk', 2026)).toBe('2027 жылғы 1 ақпанға дейін');
  });
});
