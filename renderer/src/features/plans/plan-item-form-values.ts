import type { PlanDeadline, PlanItem } from '@shared/model/records';

/** The item form as Mantine holds it: a deadline is split into its kind and the field that kind needs. */
export interface PlanItemFormValues {
  number: string;
  textRu: string;
  textKk: string;
  responsibleAgencyIds: string[];
  coExecutors: string;
  deadlineKind: PlanDeadline['kind'];
  deadlineDate: string;
  deadlineQuarter: string;
  completionForm: string;
  targetValue: number | string;
  targetUnit: string;
  doneOn: string;
}

export function itemFormValues(item: PlanItem | null, nextNumber: string): PlanItemFormValues {
  const deadline = item?.deadline;
  return {
    number: item?.number ?? nextNumber,
    textRu: item?.textRu ?? '',
    textKk: item?.textKk ?? '',
    responsibleAgencyIds: item?.responsibleAgencyIds ?? [],
    coExecutors: item?.coExecutors ?? '',
    deadlineKind: deadline?.kind ?? 'quarter',
    deadlineDate: deadline?.kind === 'date' ? deadline.date : '',
    deadlineQuarter: deadline?.kind === 'quarter' ? String(deadline.quarter) : '',
    completionForm: item?.completionForm ?? '',
    targetValue: item?.targetValue ?? '',
    targetUnit: item?.targetUnit ?? '',
    doneOn: item?.doneOn ?? '',
  };
}

/** The input planItemInputSchema checks; an unfinished deadline stays incomplete so the check names it. */
export function itemInputOf(values: PlanItemFormValues): Record<string, unknown> {
  const { deadlineKind, deadlineDate, deadlineQuarter, ...rest } = values;
  const deadline =
    deadlineKind === 'date'
      ? { kind: 'date', date: deadlineDate || undefined }
      : deadlineKind === 'quarter'
        ? { kind: 'quarter', quarter: deadlineQuarter ? Number(deadlineQuarter) : undefined }
        : { kind: deadlineKind };
  return { ...rest, deadline };
}

/** The number a new item most likely takes: one more than the last whole number of the plan. */
export function nextItemNumber(numbers: readonly string[]): string {
  const last = numbers.reduce((max, number) => Math.max(max, Number(/^\d+/.exec(number)?.[0] ?? 0)), 0);
  return String(last + 1);
}
