import { z } from 'zod';
import { isRealDate } from '../dates/iso';
import type { Period } from '../events/period';
import { type CouncilId, type PersonId, type PlaceId, toPersonId } from '../model/ids';
import {
  councilKinds,
  disputeTypes,
  mediationResults,
  type DisputeType,
  type IsoDate,
  type MediationCase,
  type MediationResult,
} from '../model/records';
import { optionalId, optionalText, requiredText } from '../validation/fields';
import type { ProblemCode } from '../validation/problems';

/** A council of public harmony, of fathers, mothers, veterans or biys, with its members. */
export const councilInputSchema = z.object({
  name: requiredText(300),
  nameKk: optionalText(300),
  kind: z.enum(councilKinds, { error: 'required' satisfies ProblemCode }),
  placeId: optionalId<PlaceId>(),
  memberIds: z
    .array(z.string().min(1).max(100))
    .default([])
    .transform((list) => [...new Set(list)].map(toPersonId)),
});

export type CouncilInput = z.infer<typeof councilInputSchema>;

/**
 * A mediation case as its form gives it: who mediated (a mediator, a council, or a council member
 * for the council), between whom, about what, and how it ended. Open cases have no result yet.
 * Confidential unless the user says otherwise.
 */
export function mediationCaseInputSchema(today: IsoDate) {
  return z
    .object({
      date: z
        .string({ error: 'required' satisfies ProblemCode })
        .refine(isRealDate, { error: 'date_invalid' satisfies ProblemCode })
        .refine((date) => date <= today, { error: 'date_future' satisfies ProblemCode }),
      placeId: optionalId<PlaceId>(),
      parties: z
        .array(z.string())
        .default([])
        .transform((list) => list.map((party) => party.replace(/\s+/g, ' ').trim()).filter(Boolean))
        .refine((list) => list.length > 0, { error: 'required' satisfies ProblemCode })
        .refine((list) => list.every((party) => party.length <= 300), { error: 'too_long' satisfies ProblemCode }),
      disputeType: z.enum(disputeTypes, { error: 'required' satisfies ProblemCode }),
      summary: optionalText(4000),
      mediatorId: optionalId<PersonId>(),
      councilId: optionalId<CouncilId>(),
      result: z.preprocess(
        (value) => (value === '' || value === null ? undefined : value),
        z.enum(mediationResults).optional(),
      ),
      followUp: optionalText(2000),
      confidential: z.boolean().default(true),
    })
    .superRefine((value, context) => {
      if (!value.mediatorId && !value.councilId)
        context.addIssue({ code: 'custom', path: ['mediatorId'], message: 'mediator_required' satisfies ProblemCode });
    });
}

export type MediationCaseInput = z.infer<ReturnType<typeof mediationCaseInputSchema>>;

type MediationFields = Omit<MediationCase, 'id' | 'createdAt' | 'updatedAt' | 'author' | 'deletedAt'>;

/** The stored fields of a case from its form, without empty optional fields. */
export function mediationCaseFields(input: MediationCaseInput): MediationFields {
  const fields: MediationFields = {
    date: input.date,
    parties: input.parties,
    disputeType: input.disputeType,
    confidential: input.confidential,
  };
  if (input.placeId) fields.placeId = input.placeId;
  if (input.summary) fields.summary = input.summary;
  if (input.mediatorId) fields.mediatorId = input.mediatorId;
  if (input.councilId) fields.councilId = input.councilId;
  if (input.result) fields.result = input.result;
  if (input.followUp) fields.followUp = input.followUp;
  return fields;
}

export interface MediationBar extends Record<MediationResult | 'open', number> {
  disputeType: DisputeType;
  total: number;
}

/**
 * Cases of the period (by their date, both ends included) by type of dispute and result, every
 * type in its fixed order even when it has none: the chart of mediation. Open cases are "open".
 */
export function mediationByTypeAndResult(
  cases: readonly Pick<MediationCase, 'date' | 'disputeType' | 'result' | 'deletedAt'>[],
  period: Period,
): MediationBar[] {
  const bars = new Map<DisputeType, MediationBar>(
    disputeTypes.map((disputeType) => [
      disputeType,
      { disputeType, reconciled: 0, not_reconciled: 0, referred: 0, open: 0, total: 0 },
    ]),
  );
  for (const item of cases) {
    if (item.deletedAt || item.date < period.from || item.date > period.to) continue;
    const bar = bars.get(item.disputeType) ?? bars.get('other');
    if (!bar) continue;
    bar[item.result ?? 'open']++;
    bar.total++;
  }
  return [...bars.values()];
}
