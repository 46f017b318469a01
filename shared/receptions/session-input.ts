import { z } from 'zod';
import { isRealDate } from '../dates/iso';
import { receptionOutcomes, type IsoDate, type ReceptionOutcome } from '../model/records';
import { optionalId, optionalText } from '../validation/fields';
import type { ProblemCode } from '../validation/problems';

const count = z.coerce
  .number({ error: 'number_invalid' satisfies ProblemCode })
  .int({ error: 'number_invalid' })
  .min(0, { error: 'number_invalid' })
  .max(1_000_000, { error: 'number_invalid' });

/** A count a form may leave empty: '' and 0 are both "none stated" and are not kept. */
const optional = z.union([count, z.literal('')]);

function stated<K extends string>(values: Partial<Record<K, number | ''>>): Partial<Record<K, number>> {
  const kept: Partial<Record<K, number>> = {};
  for (const [key, value] of Object.entries(values) as [K, number | '' | undefined][])
    if (typeof value === 'number' && value > 0) kept[key] = value;
  return kept;
}

/** The sum of the outcomes stated: they are of people received, so it may not exceed `received`. */
export function outcomesStated(byOutcome: Partial<Record<ReceptionOutcome, number | ''>>): number {
  return Object.values(stated(byOutcome)).reduce((sum, value) => sum + value, 0);
}

/**
 * A mass reception as its form gives it. Topics may add up to more or less than the number
 * received (a citizen raises several matters, or none on the list); outcomes may not exceed it.
 */
export function sessionInputSchema(today: IsoDate) {
  return z
    .object({
      date: z
        .string({ error: 'required' satisfies ProblemCode })
        .refine(isRealDate, { error: 'date_invalid' satisfies ProblemCode })
        .refine((date) => date <= today, { error: 'date_future' satisfies ProblemCode }),
      placeId: optionalId(),
      visitId: optionalId(),
      officialIds: z.array(z.string().min(1).max(100)).max(100),
      received: count,
      byTopic: z
        .record(z.string().min(1).max(100), optional)
        .transform((values): Record<string, number> => stated(values) as Record<string, number>),
      byOutcome: z.partialRecord(z.enum(receptionOutcomes), optional).transform(stated),
      notes: optionalText(4000),
    })
    .refine((value) => outcomesStated(value.byOutcome) <= value.received, {
      path: ['byOutcome'],
      error: 'number_invalid' satisfies ProblemCode,
    });
}

export type SessionInput = z.infer<ReturnType<typeof sessionInputSchema>>;
