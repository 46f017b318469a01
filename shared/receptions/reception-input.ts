import { z } from 'zod';
import { isRealDate } from '../dates/iso';
import {
  answerForms,
  answerResults,
  appealChannels,
  appealTypes,
  receptionOutcomes,
  type IsoDate,
} from '../model/records';
import { optionalId, optionalIsoDate, optionalText } from '../validation/fields';

/** An enum field that may be left empty ('' from a form, null from a file). */
const optionalChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (value) => (value === '' || value === null ? undefined : value),
    z.enum(values, { error: 'unknown_value' satisfies ProblemCode }).optional(),
  );
import type { ProblemCode } from '../validation/problems';

/**
 * A reception as the entry form and the importer give it. What each outcome needs is required
 * with it: the help given, the body responsible and the deadline, the agency referred to, the
 * reason for declining.
 */
export function receptionInputSchema(today: IsoDate) {
  return z
    .object({
      date: z
        .string({ error: 'required' satisfies ProblemCode })
        .refine(isRealDate, { error: 'date_invalid' satisfies ProblemCode })
        .refine((date) => date <= today, { error: 'date_future' satisfies ProblemCode }),
      placeId: optionalId(),
      visitId: optionalId(),
      sessionId: optionalId(),
      officialId: optionalId(),
      citizenId: optionalId(),
      topicCode: z.string().min(1, { error: 'required' satisfies ProblemCode }),
      summary: optionalText(4000),
      outcome: z.enum(receptionOutcomes, { error: 'required' satisfies ProblemCode }),
      helpText: optionalText(2000),
      responsibleBody: optionalText(300),
      deadline: optionalIsoDate(),
      referredToAgencyId: optionalId(),
      declineReason: optionalText(2000),
      confidential: z.boolean(),
      appealType: optionalChoice(appealTypes),
      channel: optionalChoice(appealChannels),
      registrationNo: optionalText(60),
      registeredOn: optionalIsoDate(today),
      coApplicantIds: z.array(z.string().min(1)).max(500).optional(),
      repeatOfId: optionalId(),
      answeredOn: optionalIsoDate(today),
      answerForm: optionalChoice(answerForms),
      answerResult: optionalChoice(answerResults),
    })
    .superRefine((value, context) => {
      const require = (path: string, present: unknown) => {
        if (!present) context.addIssue({ code: 'custom', path: [path], message: 'required' satisfies ProblemCode });
      };
      if (value.outcome === 'helped') require('helpText', value.helpText);
      if (value.outcome === 'control') {
        require('responsibleBody', value.responsibleBody);
        require('deadline', value.deadline);
        if (value.deadline && value.deadline < value.date)
          context.addIssue({ code: 'custom', path: ['deadline'], message: 'date_order' satisfies ProblemCode });
      }
      if (value.outcome === 'referred') require('referredToAgencyId', value.referredToAgencyId);
      // An appeal is registered on the day it comes in or later, and answered after it came in.
      if (value.registeredOn && value.registeredOn < value.date)
        context.addIssue({ code: 'custom', path: ['registeredOn'], message: 'date_order' satisfies ProblemCode });
      if (value.answeredOn && value.answeredOn < value.date)
        context.addIssue({ code: 'custom', path: ['answeredOn'], message: 'date_order' satisfies ProblemCode });
      if ((value.answerForm || value.answerResult) && !value.answeredOn) require('answeredOn', value.answeredOn);
      if (value.outcome === 'declined') require('declineReason', value.declineReason);
    });
}

export type ReceptionInput = z.infer<ReturnType<typeof receptionInputSchema>>;
