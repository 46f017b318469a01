import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../dates/iso';
import type { PlanDeadline, PlanItemExecution } from '../model/records';
import { planItemStatus, reachedValue, statusCounts, type StatusEvent, type StatusItem } from './status';

const item = (deadline: PlanDeadline, more: Partial<StatusItem> = {}): StatusItem => ({
  deadline,
  executions: [],
  ...more,
});
const execution = (quarter: 1 | 2 | 3 | 4, more: Partial<PlanItemExecution> = {}): PlanItemExecution => ({
  quarter,
  author: 'Иванова А.',
  updatedAt: '2026-04-02T05:00:00.000Z',
  ...more,
});
const held = (date: string): StatusEvent => ({ start: `${date}T10:00`, status: 'held' });
const planned = (date: string): StatusEvent => ({ start: `${date}T10:00`, status: 'planned' });

const Q2: PlanDeadline = { kind: 'quarter', quarter: 2 };
const written = [execution(2, { textRu: 'Проведено 3 круглых стола' })];

describe('planItemStatus', () => {
  it('has not started an item with nothing under it before its deadline', () => {
    expect(planItemStatus(item(Q2), [], '2026-05-10', 2026)).toBe('notStarted');
  });

  it('is in progress with an execution text, a held event or a planned one before the deadline', () => {
    expect(planItemStatus(item(Q2, { executions: written }), [], '2026-05-10', 2026)).toBe('inProgress');
    expect(planItemStatus(item(Q2), [held('2026-05-05')], '2026-05-10', 2026)).toBe('inProgress');
    expect(planItemStatus(item(Q2), [planned('2026-06-05')], '2026-05-10', 2026)).toBe('inProgress');
  });

  it('does not count a cancelled, deleted or not yet held event, nor an empty text', () => {
    const cancelled: StatusEvent = { ...held('2026-05-05'), status: 'cancelled' };
    const deleted: StatusEvent = { ...held('2026-05-05'), deletedAt: '2026-05-06T00:00:00.000Z' };
    const blank = [execution(2, { textRu: '  ' })];
    expect(planItemStatus(item(Q2, { executions: blank }), [cancelled, deleted], '2026-05-10', 2026)).toBe(
      'notStarted',
    );
    expect(planItemStatus(item(Q2), [planned('2026-06-20')], '2026-07-01', 2026)).toBe('overdue');
  });

  it('keeps the deadline day itself in time, as reception control does', () => {
    const due = item({ kind: 'date', date: '2026-05-25' });
    expect(planItemStatus(due, [], '2026-05-25', 2026)).toBe('notStarted');
    expect(planItemStatus(due, [], '2026-05-26', 2026)).toBe('overdue');
  });

  it('gives a quarter item until the quarter’s last day', () => {
    expect(planItemStatus(item(Q2), [], '2026-06-30', 2026)).toBe('notStarted');
    expect(planItemStatus(item(Q2), [], '2026-07-01', 2026)).toBe('overdue');
  });

  it('counts the day in Almaty: 20:00 UTC on 30 June is already 1 July there', () => {
    const today = toIsoDate(new Date('2026-06-30T20:00:00Z'), 300);
    expect(today).toBe('2026-07-01');
    expect(planItemStatus(item(Q2), [], today, 2026)).toBe('overdue');
  });

  it('calls a carried-out item done once its deadline has passed', () => {
    expect(planItemStatus(item(Q2, { executions: written }), [], '2026-07-01', 2026)).toBe('done');
    expect(planItemStatus(item(Q2), [held('2026-05-05')], '2026-07-01', 2026)).toBe('done');
  });

  it('calls an item done as soon as the office marks it, and not before the day it names', () => {
    expect(planItemStatus(item(Q2, { doneOn: '2026-04-20' }), [], '2026-04-20', 2026)).toBe('done');
    expect(planItemStatus(item(Q2, { doneOn: '2026-04-20' }), [], '2026-04-19', 2026)).toBe('notStarted');
  });

  it('calls an item with a target done when the quarters’ values reach it, and overdue if they fall short', () => {
    const target = (values: number[]) =>
      item(Q2, {
        targetValue: 10,
        executions: values.map((value, index) => execution((index + 1) as 1 | 2, { value })),
      });
    expect(planItemStatus(target([4, 6]), [], '2026-05-10', 2026)).toBe('done');
    expect(planItemStatus(target([4]), [], '2026-05-10', 2026)).toBe('inProgress');
    expect(planItemStatus(target([4]), [], '2026-07-01', 2026)).toBe('overdue');
    expect(reachedValue(target([4, 6]))).toBe(10);
  });

  it('keeps an item during the year in progress until 31 December, then done', () => {
    const yearly = item({ kind: 'year' }, { executions: written });
    expect(planItemStatus(yearly, [], '2026-12-31', 2026)).toBe('inProgress');
    expect(planItemStatus(yearly, [], '2027-01-01', 2026)).toBe('done');
    expect(planItemStatus(item({ kind: 'year' }), [], '2026-12-31', 2026)).toBe('notStarted');
    expect(planItemStatus(item({ kind: 'year' }), [], '2027-01-01', 2026)).toBe('overdue');
  });

  it('calls a recurring item overdue when its first period ends with nothing recorded', () => {
    expect(planItemStatus(item({ kind: 'monthly' }), [], '2026-01-31', 2026)).toBe('notStarted');
    expect(planItemStatus(item({ kind: 'monthly' }), [], '2026-02-01', 2026)).toBe('overdue');
    expect(planItemStatus(item({ kind: 'quarterly' }), [], '2026-03-31', 2026)).toBe('notStarted');
    expect(planItemStatus(item({ kind: 'quarterly' }), [], '2026-04-01', 2026)).toBe('overdue');
    expect(planItemStatus(item({ kind: 'quarterly' }, { executions: written }), [], '2026-10-01', 2026)).toBe(
      'inProgress',
    );
    expect(planItemStatus(item({ kind: 'monthly' }, { executions: written }), [], '2027-01-01', 2026)).toBe('done');
  });
});

describe('statusCounts', () => {
  it('counts every status, absent ones as zero', () => {
    expect(statusCounts(['done', 'overdue', 'done'])).toEqual({ done: 2, inProgress: 0, notStarted: 0, overdue: 1 });
  });
});
