import { z } from 'zod';
import { associationStatuses, membershipRoles, type IsoDate } from '../model/records';
import {
  optionalBin,
  optionalCount,
  optionalEmail,
  optionalId,
  optionalIsoDate,
  optionalPhone,
  optionalText,
} from '../validation/fields';
import type { ProblemCode } from '../validation/problems';

const unitSchema = z.object({
  id: z.string().min(1),
  kindCode: z.string().min(1, { error: 'required' satisfies ProblemCode }),
  name: optionalText(200).transform((value) => value ?? ''),
  leaderId: optionalId(),
  participants: optionalCount(),
});

/** An ethno-cultural association as the form and the importer give it. */
export function associationInputSchema(today: IsoDate) {
  return z
    .object({
      nameRu: optionalText(300),
      nameKk: optionalText(300),
      ethnicGroupIds: z.array(z.string().min(1)).min(1, { error: 'ethnos_required' satisfies ProblemCode }),
      legalFormCode: optionalId(),
      bin: optionalBin(),
      registeredOn: optionalIsoDate(today),
      foundedOn: optionalIsoDate(today),
      chairmanId: optionalId(),
      deputyIds: z.array(z.string().min(1)).max(10),
      phone: optionalPhone(),
      email: optionalEmail(),
      address: optionalText(300),
      placeId: optionalId(),
      assemblyMember: z.boolean(),
      cabinet: optionalText(100),
      units: z.array(unitSchema).max(50),
      status: z.enum(associationStatuses),
      notes: optionalText(4000),
    })
    .superRefine((value, context) => {
      if (!value.nameRu && !value.nameKk)
        context.addIssue({ code: 'custom', path: ['nameRu'], message: 'one_name_required' satisfies ProblemCode });
    });
}

export type AssociationInput = z.infer<ReturnType<typeof associationInputSchema>>;

export function membershipInputSchema(today: IsoDate) {
  return z
    .object({
      personId: z.string().min(1, { error: 'required' satisfies ProblemCode }),
      associationId: z.string().min(1, { error: 'required' satisfies ProblemCode }),
      role: z.enum(membershipRoles),
      joinedOn: optionalIsoDate(today),
      leftOn: optionalIsoDate(today),
    })
    .superRefine((value, context) => {
      if (value.joinedOn && value.leftOn && value.leftOn < value.joinedOn)
        context.addIssue({ code: 'custom', path: ['leftOn'], message: 'date_order' satisfies ProblemCode });
    });
}

export type MembershipInput = z.infer<ReturnType<typeof membershipInputSchema>>;
