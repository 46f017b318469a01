import { z } from 'zod';
import { isRealDate } from '../dates/iso';
import { optionalId, optionalIsoDate, optionalText, requiredText } from '../validation/fields';
import type { ProblemCode } from '../validation/problems';

const year = z.coerce
  .number({ error: 'year_invalid' satisfies ProblemCode })
  .int({ error: 'year_invalid' satisfies ProblemCode })
  .min(2000, { error: 'year_invalid' satisfies ProblemCode })
  .max(2100, { error: 'year_invalid' satisfies ProblemCode });

/** A plan as the form gives it. */
export const planInputSchema = z.object({
  name: requiredText(500),
  nameKk: optionalText(500),
  approvedBy: optionalText(300),
  documentNo: optionalText(100),
  documentDate: optionalIsoDate(),
  year,
  projectId: optionalId(),
});
export type PlanInput = z.infer<typeof planInputSchema>;

const quarter = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  error: 'required' satisfies ProblemCode,
});

export const planDeadlineSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('date'),
      date: z
        .string({ error: 'required' satisfies ProblemCode })
        .refine(isRealDate, { error: 'date_invalid' satisfies ProblemCode }),
    }),
    z.object({ kind: z.literal('quarter'), quarter }),
    z.object({ kind: z.literal('year') }),
    z.object({ kind: z.literal('monthly') }),
    z.object({ kind: z.literal('quarterly') }),
  ],
  { error: 'required' satisfies ProblemCode },
);

const optionalNumber = () =>
  z.preprocess(
    (value) => (value === '' || value === null ? undefined : value),
    z.coerce
      .number({ error: 'number_invalid' satisfies ProblemCode })
      .min(0, { error: 'number_invalid' satisfies ProblemCode })
      .max(1_000_000_000, { error: 'number_invalid' satisfies ProblemCode })
      .optional(),
  );

/** An item of a plan as the form gives it; the number is the plan's own («2.3»). */
export const planItemInputSchema = z.object({
  number: requiredText(20),
  textRu: requiredText(4000),
  textKk: optionalText(4000),
  responsibleAgencyIds: z.array(z.string().min(1).max(100)).max(100),
  coExecutors: optionalText(2000),
  deadline: planDeadlineSchema,
  completionForm: optionalText(500),
  targetValue: optionalNumber(),
  targetUnit: optionalText(100),
  doneOn: optionalIsoDate(),
});
export type PlanItemInput = z.infer<typeof planItemInputSchema>;

/** What the responsible specialist writes for one quarter. */
export const planExecutionInputSchema = z.object({
  quarter,
  textRu: optionalText(8000),
  textKk: optionalText(8000),
  value: optionalNumber(),
});
export type PlanExecutionInput = z.infer<typeof planExecutionInputSchema>;
