import { z } from 'zod';
import { toPlaceId } from '../model/ids';
import type { IsoDate } from '../model/records';
import { requiredText } from '../validation/fields';
import type { ProblemCode } from '../validation/problems';

const count = z
  .number({ error: 'required' satisfies ProblemCode })
  .int()
  .min(0)
  .max(10_000_000);

/**
 * A settlement's population for a year as the form gives it: a count per ethnos (at least one) and,
 * when the source states it, the whole population, which cannot be below the counts' sum.
 */
export function populationInputSchema(today: IsoDate) {
  const thisYear = Number(today.slice(0, 4));
  return z
    .object({
      placeId: requiredText(100).transform((id) => toPlaceId(id)),
      year: z
        .number({ error: 'required' satisfies ProblemCode })
        .int()
        .min(1989, { error: 'year_invalid' satisfies ProblemCode })
        .max(thisYear, { error: 'year_invalid' satisfies ProblemCode }),
      byEthnicGroup: z
        .record(z.string().min(1), count)
        .refine((counts) => Object.keys(counts).length > 0, { error: 'required' satisfies ProblemCode }),
      total: count.optional(),
    })
    .superRefine((value, context) => {
      const sum = Object.values(value.byEthnicGroup).reduce((total, next) => total + next, 0);
      if (value.total !== undefined && value.total < sum)
        context.addIssue({ code: 'custom', path: ['total'], message: 'total_below_sum' satisfies ProblemCode });
    });
}

export type PopulationInput = z.infer<ReturnType<typeof populationInputSchema>>;
