import { z } from 'zod';
import { isRealDate } from '../dates/iso';
import { checkBin } from '../identity/bin';
import { checkIin } from '../identity/iin';
import { normalizePhone } from '../text/phone';
import type { ProblemCode } from './problems';

/** Empty text, null and undefined all mean "not given". */
const blankToUndefined = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '') ? undefined : value;

export function requiredText(max: number) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : value),
    z
      .string({ error: 'required' satisfies ProblemCode })
      .min(1, { error: 'required' satisfies ProblemCode })
      .max(max, { error: 'too_long' satisfies ProblemCode }),
  );
}

export function optionalText(max: number) {
  return z.preprocess(
    (value) => blankToUndefined(typeof value === 'string' ? value.replace(/[ \t]+/g, ' ').trim() : value),
    z
      .string()
      .max(max, { error: 'too_long' satisfies ProblemCode })
      .optional(),
  );
}

/**
 * A name in Latin letters as a passport prints it: Latin letters (those of the Kazakh Latin
 * alphabet too: Ä, Ñ, Ş, Ū…), spaces, hyphens and apostrophes, and at least one letter.
 */
export function optionalLatinName(max: number) {
  return z.preprocess(
    (value) => blankToUndefined(typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : value),
    z
      .string()
      .max(max, { error: 'too_long' satisfies ProblemCode })
      .regex(/^[\p{Script=Latin}' ’ʼ-]*\p{Script=Latin}[\p{Script=Latin}' ’ʼ-]*$/u, {
        error: 'latin_letters_only' satisfies ProblemCode,
      })
      .optional(),
  );
}

export function optionalIsoDate(today?: string) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine(isRealDate, { error: 'date_invalid' satisfies ProblemCode })
      .refine((date) => !today || date <= today, { error: 'date_future' satisfies ProblemCode })
      .optional(),
  );
}

export function optionalIin(today: string) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .transform((value, context) => {
        const check = checkIin(value, today);
        if (check.ok) return check.iin;
        context.addIssue({ code: 'custom', message: `iin_${check.problem}` satisfies string });
        return z.NEVER;
      })
      .optional(),
  );
}

export function optionalBin() {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .transform((value, context) => {
        const check = checkBin(value);
        if (check.ok) return check.bin;
        context.addIssue({ code: 'custom', message: `bin_${check.problem}` });
        return z.NEVER;
      })
      .optional(),
  );
}

export function optionalPhone() {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .transform((value, context) => {
        const phone = normalizePhone(value);
        if (phone) return phone;
        context.addIssue({ code: 'custom', message: 'phone_invalid' satisfies ProblemCode });
        return z.NEVER;
      })
      .optional(),
  );
}

export function optionalEmail() {
  return z.preprocess(
    blankToUndefined,
    z
      .email({ error: 'email_invalid' satisfies ProblemCode })
      .max(200)
      .optional(),
  );
}

/** A reference to another record; the brand says which table it points into. */
export function optionalId<Id extends string = string>() {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(100)
      .optional()
      .transform((value) => value as Id | undefined),
  );
}

export function optionalCount() {
  return z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: 'number_invalid' satisfies ProblemCode })
      .int({ error: 'number_invalid' })
      .min(0, { error: 'number_invalid' })
      .max(10_000_000)
      .optional(),
  );
}
