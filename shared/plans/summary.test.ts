import { describe, expect, it } from 'vitest';
import type { PlanDeadline } from '../model/records';
import type { PlanItemStatus } from './status';
import type { DirectoryItemId } from '../model/ids';
import { filterPlanRows, isDueThisQuarter, matchesStatusFilter, planSummary } from './summary';

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

describe('filterPlanRows', () => {
  const agency = (id: string) => id as DirectoryItemId;
  const rows = [
    {
      item: {
        deadline: { kind: 'quarter', quarter: 3 } as PlanDeadline,
        number: '1',
        textRu: 'Провести круглый стол',
        textKk: 'Дөңгелек үстел өткізу',
        responsibleAgencyIds: [agency('culture'), agency('youth')],
      },
      status: 'inProgress' as const,
    },
    {
      item: {
        deadline: { kind: 'quarter', quarter: 2 } as PlanDeadline,
        number: '2',
        textRu: 'Направить информацию',
        responsibleAgencyIds: [agency('policy')],
      },
      status: 'overdue' as const,
    },
  ];
  const numbers = (filter: Parameters<typeof filterPlanRows>[1]) =>
    filterPlanRows(rows, filter, 2026, '2026-08-10').map((row) => row.item.number);

  it('keeps the items of a responsible agency, of a status, or matching text in either language', () => {
    expect(numbers({})).toEqual(['1', '2']);
    expect(numbers({ agencyId: 'youth' })).toEqual(['1']);
    expect(numbers({ status: 'overdue' })).toEqual(['2']);
    expect(numbers({ status: 'dueThisQuarter' })).toEqual(['1']);
    expect(numbers({ text: 'ДӨҢГЕЛЕК' })).toEqual(['1']);
    expect(numbers({ text: 'информац', agencyId: 'youth' })).toEqual([]);
  });
});
