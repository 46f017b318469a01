import { z } from 'zod';
import type { EthnicGroupId, PlaceId } from '../model/ids';
import type { IsoDate, Person, Sex } from '../model/records';
import { checkIin } from '../identity/iin';
import {
  optionalId,
  optionalIin,
  optionalIsoDate,
  optionalLatinName,
  optionalPhone,
  optionalText,
  requiredText,
} from '../validation/fields';
import type { FieldProblem } from '../validation/problems';

/**
 * A person as a form or an import row gives it. The same schema checks both, so a row that the
 * importer accepts is one the form would accept too.
 */
export function personInputSchema(today: IsoDate) {
  return z.object({
    surname: requiredText(100),
    givenName: requiredText(100),
    patronymic: optionalText(100),
    latinName: optionalLatinName(200),
    iin: optionalIin(today),
    birthDate: optionalIsoDate(today),
    sex: z.preprocess(
      (value) => (value === '' || value === null ? undefined : value),
      z.enum(['male', 'female']).optional(),
    ),
    ethnicGroupId: optionalId<EthnicGroupId>(),
    phone: optionalPhone(),
    address: optionalText(300),
    placeId: optionalId<PlaceId>(),
    occupation: optionalText(300),
    education: optionalText(200),
    notes: optionalText(2000),
  });
}

export type PersonInput = z.infer<ReturnType<typeof personInputSchema>>;

export type PersonFields = Omit<
  Person,
  'id' | 'createdAt' | 'updatedAt' | 'author' | 'deletedAt' | 'searchTokens' | 'sealed' | 'unsealed'
>;

export interface CompletedPerson {
  fields: PersonFields;
  /** Not errors: the record is stored, but the user is told (a typed birth date that the IIN contradicts). */
  warnings: FieldProblem[];
}

/**
 * Fills birth date and sex from the IIN where they are not given; where they are given and the
 * IIN says otherwise, the IIN wins (it is the registered fact) and the difference is reported.
 */
export function completePerson(input: PersonInput, today: IsoDate): CompletedPerson {
  const warnings: FieldProblem[] = [];
  const fields = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as PersonFields;
  if (input.iin) {
    const check = checkIin(input.iin, today);
    if (check.ok) {
      if (input.birthDate && input.birthDate !== check.facts.birthDate)
        warnings.push({ field: 'birthDate', code: 'birth_date_mismatch' });
      if (input.sex && input.sex !== check.facts.sex) warnings.push({ field: 'sex', code: 'sex_mismatch' });
      fields.birthDate = check.facts.birthDate;
      fields.sex = check.facts.sex satisfies Sex;
    }
  }
  return { fields, warnings };
}
