import { describe, expect, it } from 'vitest';
import { planItemInputSchema } from '@shared/plans/plan-input';
import { itemFormValues, itemInputOf, nextItemNumber } from './plan-item-form-values';

describe('plan item form values', () => {
  it('turns each kind of deadline into what the plan stores', () => {
    const values = { ...itemFormValues(null, '1'), textRu: 'Провести форум' };
    const parse = (more: Partial<typeof values>) =>
      planItemInputSchema.safeParse(itemInputOf({ ...values, ...more })).data?.deadline;
    expect(parse({ deadlineKind: 'date', deadlineDate: '2026-12-25' })).toEqual({ kind: 'date', date: '2026-12-25' });
    expect(parse({ deadlineKind: 'quarter', deadlineQuarter: '3' })).toEqual({ kind: 'quarter', quarter: 3 });
    expect(parse({ deadlineKind: 'monthly', deadlineDate: '2026-12-25' })).toEqual({ kind: 'monthly' });
  });

  it('names the deadline field when a date or a quarter is missing', () => {
    const values = { ...itemFormValues(null, '1'), textRu: 'Провести форум', deadlineKind: 'date' as const };
    const result = planItemInputSchema.safeParse(itemInputOf(values));
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['deadline.date']);
  });

  it('numbers a new item after the last whole number', () => {
    expect(nextItemNumber([])).toBe('1');
    expect(nextItemNumber(['1', '2', '2.1', '10'])).toBe('11');
  });
});
