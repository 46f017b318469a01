import { describe, expect, it } from 'vitest';
import type { PlanDeadline } from '../model/records';
import type { PlanItemStatus } from './status';
import { isDueThisQuarter, matchesStatusFilter, planSummary } from './summary';

const row = (deadline: PlanDeadline, status: PlanItemStatus = 'notStarted') => ({ item: { deadline }, status });

describe('items due this quarter', () => {
  const today = '2026-08-10';

  it('counts items due in the quarter under way and recurring ones, not later or earlier ones', () => {
    expect(isDueThisQuarter(row({ kind: 'quarter', quarter: 3 }), 2026, today)).toBe(true);
    expect(isDueThisQuarter(row({ kind: 'date', date: '2026-09-30' }), 2026, today)).toBe(true);
    expect(isDueThisQuarter(row({ kind: 'monthly' }, 'inProgress'), 2026, today)).toBe(true);
    expect(isDueThisQuarter(row({ kind: 'quarterly' }, 'inProgress'), 2026, today)).toBe(true);
    expect(isDueThisQuarter(row({ kind: 'quarter', quarter: 4 }), 2026, today)).toBe(false);
    expect(isDueThisQuarter(row({ kind: 'date', date: '2026-10-01' }), 2026, today)).toBe(false);
    expect(isDueThisQuarter(row({ kind: 'year' }), 2026, today)).toBe(false);
  });

  it('counts items during the year in the fourth quarter', () => {
    expect(isDueThisQuarter(row({ kind: 'year' }), 2026, '2026-10-01')).toBe(true);
  });

  it('leaves out done and overdue items, and items of another year’s plan', () => {
    expect(isDueThisQuarter(row({ kind: 'quarter', quarter: 3 }, 'done'), 2026, today)).toBe(false);
    expect(isDueThisQuarter(row({ kind: 'quarter', quarter: 3 }, 'overdue'), 2026, today)).toBe(false);
    expect(isDueThisQuarter(row({ kind: 'quarter', quarter: 3 }), 2025, today)).toBe(false);
  });
});

describe('planSummary', () => {
  it('counts the year’s items due this quarter, overdue and done', () => {
    const rows = [
      row({ kind: 'quarter', quarter: 1 }, 'done'),
      row({ kind: 'quarter', quarter: 2 }, 'overdue'),
      row({ kind: 'quarter', quarter: 3 }, 'inProgress'),
      row({ kind: 'monthly' }, 'inProgress'),
      row({ kind: 'year' }, 'notStarted'),
    ];
    expect(planSummary(rows, 2026, '2026-08-10')).toEqual({ total: 5, dueThisQuarter: 2, overdue: 1, done: 1 });
    expect(matchesStatusFilter(rows[1] ?? row({ kind: 'year' }), 'overdue', 2026, '2026-08-10')).toBe(true);
    expect(matchesStatusFilter(rows[2] ?? row({ kind: 'year' }), 'dueThisQuarter', 2026, '2026-08-10')).toBe(true);
  });
});
