import { z } from 'zod';
import { isRealDate } from '../dates/iso';
import { outletTypes, publicationLanguages, type IsoDate } from '../model/records';
import { allowedExternalUrl } from '../security/external-link';
import { optionalCount, optionalId, optionalText, requiredText } from '../validation/fields';
import type { ProblemCode } from '../validation/problems';

/**
 * A publication as the form gives it. The link must be one the application may open in the
 * system browser (https to a site), the same check as an event's links.
 */
export function publicationInputSchema(today: IsoDate) {
  return z.object({
    date: z
      .string({ error: 'required' satisfies ProblemCode })
      .refine(isRealDate, { error: 'date_invalid' satisfies ProblemCode })
      .refine((date) => date <= today, { error: 'date_future' satisfies ProblemCode }),
    outletType: z.enum(outletTypes, { error: 'required' satisfies ProblemCode }),
    outletName: requiredText(200),
    language: z.enum(publicationLanguages, { error: 'required' satisfies ProblemCode }),
    title: optionalText(500),
    url: z.preprocess(
      (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
      z
        .string()
        .trim()
        .max(2048, { error: 'too_long' satisfies ProblemCode })
        .refine((link) => allowedExternalUrl(link) !== null, { error: 'link_invalid' satisfies ProblemCode })
        .optional(),
    ),
    reach: optionalCount(),
    eventId: optionalId(),
    planItemId: optionalId(),
  });
}

export type PublicationInput = z.infer<ReturnType<typeof publicationInputSchema>>;
