import { z } from 'zod';
import { isRealDate } from '../dates/iso';
import { eventStatuses } from '../model/records';
import { optionalCount, optionalId, optionalText, requiredText } from '../validation/fields';
import type { ProblemCode } from '../validation/problems';
import { allowedExternalUrl } from '../security/external-link';
import { recurrenceFrequencies } from './recurrence';

const localDateTime = z
  .string({ error: 'required' satisfies ProblemCode })
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/, { error: 'date_invalid' satisfies ProblemCode })
  .refine((value) => isRealDate(value.slice(0, 10)), { error: 'date_invalid' satisfies ProblemCode });

const ids = z.array(z.string().min(1).max(100)).max(500);

/** An event as the form, the calendar and the plan import give it. */
export const eventInputSchema = z
  .object({
    title: requiredText(300),
    titleKk: optionalText(300),
    typeCode: z.string().min(1, { error: 'required' satisfies ProblemCode }),
    projectId: optionalId(),
    directionId: optionalId(),
    workingGroupId: optionalId(),
    visitId: optionalId(),
    start: localDateTime,
    end: localDateTime.optional(),
    allDay: z.boolean(),
    placeId: optionalId(),
    venue: optionalText(300),
    organiserAgencyIds: ids,
    organiserPersonIds: ids,
    associationIds: ids,
    audienceCodes: ids,
    plannedParticipants: optionalCount(),
    actualParticipants: optionalCount(),
    status: z.enum(eventStatuses),
    statusReason: optionalText(1000),
    result: optionalText(8000),
    links: z
      .array(
        z
          .string()
          .max(2048)
          .refine((link) => allowedExternalUrl(link) !== null, { error: 'link_invalid' satisfies ProblemCode }),
      )
      .max(50),
    /** Named attendance: a mass event may list hundreds, so the bound is wider than for organisers. */
    attendeeIds: z.array(z.string().min(1).max(100)).max(5000).optional(),
    /** The item of the year's plan of measures the event carries out. */
    planItemId: optionalId(),
  })
  .superRefine((value, context) => {
    if (value.end && value.end < value.start)
      context.addIssue({ code: 'custom', path: ['end'], message: 'date_order' satisfies ProblemCode });
    if ((value.status === 'postponed' || value.status === 'cancelled') && !value.statusReason)
      context.addIssue({ code: 'custom', path: ['statusReason'], message: 'reason_required' satisfies ProblemCode });
  });

export type EventInput = z.infer<typeof eventInputSchema>;

export const recurrenceInputSchema = z.object({
  frequency: z.enum(recurrenceFrequencies),
  interval: z.coerce.number().int().min(1).max(12),
  until: z.string().refine(isRealDate, { error: 'date_invalid' satisfies ProblemCode }),
});

/** A working group as its form gives it. */
export const workingGroupInputSchema = z
  .object({
    name: requiredText(200),
    nameKk: optionalText(200),
    projectId: optionalId(),
    directionId: optionalId(),
    leaderId: optionalId(),
    members: z
      .array(
        z.object({
          personId: z.string().min(1, { error: 'required' satisfies ProblemCode }),
          agencyId: optionalId(),
          position: optionalText(200),
        }),
      )
      .max(100),
    periodStart: z.preprocess(
      (value) => (value === '' || value === null ? undefined : value),
      z
        .string()
        .refine(isRealDate, { error: 'date_invalid' satisfies ProblemCode })
        .optional(),
    ),
    periodEnd: z.preprocess(
      (value) => (value === '' || value === null ? undefined : value),
      z
        .string()
        .refine(isRealDate, { error: 'date_invalid' satisfies ProblemCode })
        .optional(),
    ),
  })
  .superRefine((value, context) => {
    if (value.periodStart && value.periodEnd && value.periodEnd < value.periodStart)
      context.addIssue({ code: 'custom', path: ['periodEnd'], message: 'date_order' satisfies ProblemCode });
  });

export type WorkingGroupInput = z.infer<typeof workingGroupInputSchema>;
