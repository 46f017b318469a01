import type { z } from 'zod';
import { hasTwelveDigits } from '@shared/identity/check-digit';
import type {
  AnswerForm,
  AnswerResult,
  AppealChannel,
  AppealType,
  IsoDate,
  Reception,
  ReceptionOutcome,
} from '@shared/model/records';
import { personInputSchema } from '@shared/people/person-input';
import { receptionInputSchema } from '@shared/receptions/reception-input';

/** The entry form's fields as typed: an id, a date or a text not given is ''. */
export interface ReceptionFormValues {
  date: string;
  placeId: string;
  visitId: string;
  /** The mass reception the citizen was taken under control at; '' for a reception of its own. */
  sessionId: string;
  officialId: string;
  citizenId: string;
  newCitizen: boolean;
  surname: string;
  givenName: string;
  patronymic: string;
  iin: string;
  phone: string;
  topicCode: string;
  summary: string;
  outcome: ReceptionOutcome | '';
  helpText: string;
  responsibleBody: string;
  deadline: string;
  referredToAgencyId: string;
  declineReason: string;
  confidential: boolean;
  appealType: AppealType | '';
  channel: AppealChannel | '';
  registrationNo: string;
  registeredOn: string;
  collective: boolean;
  /** The other applicants; a line added and left empty is ''. */
  coApplicantIds: string[];
  repeated: boolean;
  repeatOfId: string;
  answeredOn: string;
  answerForm: AnswerForm | '';
  answerResult: AnswerResult | '';
}

/** What stays from one entry to the next when a working group receives a queue of citizens. */
export type QueueSession = Pick<ReceptionFormValues, 'date' | 'placeId' | 'visitId' | 'officialId'> &
  Partial<Pick<ReceptionFormValues, 'sessionId'>>;

export function blankReceptionValues({
  date,
  placeId,
  visitId,
  officialId,
  sessionId = '',
}: QueueSession): ReceptionFormValues {
  return {
    date,
    placeId,
    visitId,
    sessionId,
    officialId,
    citizenId: '',
    newCitizen: false,
    surname: '',
    givenName: '',
    patronymic: '',
    iin: '',
    phone: '',
    topicCode: '',
    summary: '',
    outcome: '',
    helpText: '',
    responsibleBody: '',
    deadline: '',
    referredToAgencyId: '',
    declineReason: '',
    confidential: false,
    appealType: '',
    channel: '',
    registrationNo: '',
    registeredOn: '',
    collective: false,
    coApplicantIds: [],
    repeated: false,
    repeatOfId: '',
    answeredOn: '',
    answerForm: '',
    answerResult: '',
  };
}

/** The form of a stored reception; a new one starts today with nothing else filled in. */
export function initialReceptionValues(reception: Reception | null, today: IsoDate): ReceptionFormValues {
  if (!reception) return blankReceptionValues({ date: today, placeId: '', visitId: '', officialId: '' });
  return {
    ...blankReceptionValues({
      date: reception.date,
      placeId: reception.placeId ?? '',
      visitId: reception.visitId ?? '',
      sessionId: reception.sessionId ?? '',
      officialId: reception.officialId ?? '',
    }),
    citizenId: reception.citizenId ?? '',
    topicCode: reception.topicCode,
    summary: reception.summary ?? '',
    outcome: reception.outcome,
    helpText: reception.helpText ?? '',
    responsibleBody: reception.control?.responsibleBody ?? '',
    deadline: reception.control?.deadline ?? '',
    referredToAgencyId: reception.referredToAgencyId ?? '',
    declineReason: reception.declineReason ?? '',
    confidential: reception.confidential,
    appealType: reception.appealType ?? '',
    channel: reception.channel ?? '',
    registrationNo: reception.registrationNo ?? '',
    registeredOn: reception.registeredOn ?? '',
    collective: Boolean(reception.coApplicantIds?.length),
    coApplicantIds: reception.coApplicantIds ?? [],
    repeated: Boolean(reception.repeatOfId),
    repeatOfId: reception.repeatOfId ?? '',
    answeredOn: reception.answer?.date ?? '',
    answerForm: reception.answer?.form ?? '',
    answerResult: reception.answer?.result ?? '',
  };
}

/** The form after "save and next": the next citizen of the queue, at the same sitting. */
export const nextInQueue = (saved: ReceptionFormValues): ReceptionFormValues => blankReceptionValues(saved);

/** What the reception schema checks and the data layer stores. */
export function receptionInputOf(values: ReceptionFormValues, citizenId: string) {
  return {
    date: values.date,
    placeId: values.placeId,
    visitId: values.visitId,
    sessionId: values.sessionId,
    officialId: values.officialId,
    citizenId,
    topicCode: values.topicCode,
    summary: values.summary,
    outcome: values.outcome || undefined,
    helpText: values.helpText,
    responsibleBody: values.responsibleBody,
    deadline: values.deadline,
    referredToAgencyId: values.referredToAgencyId,
    declineReason: values.declineReason,
    confidential: values.confidential,
    appealType: values.appealType,
    channel: values.channel,
    registrationNo: values.registrationNo,
    registeredOn: values.registeredOn,
    // Unticking "collective" or "repeated" drops what was chosen under it.
    coApplicantIds: values.collective ? values.coApplicantIds.filter(Boolean) : [],
    repeatOfId: values.repeated ? values.repeatOfId : '',
    answeredOn: values.answeredOn,
    answerForm: values.answerForm,
    answerResult: values.answerResult,
  };
}

/** A citizen typed in the form is registered in the place of the reception. */
export function citizenInputOf(values: ReceptionFormValues) {
  return {
    surname: values.surname,
    givenName: values.givenName,
    patronymic: values.patronymic,
    iin: values.iin,
    phone: values.phone,
    placeId: values.placeId,
  };
}

/**
 * What a save hands the data layer: the reception, and the citizen to register with it when the
 * citizen is new (the reception then names none: the data layer links the one it creates).
 */
export function receptionToSave(values: ReceptionFormValues) {
  return values.newCitizen
    ? { input: receptionInputOf(values, ''), citizen: citizenInputOf(values) }
    : { input: receptionInputOf(values, values.citizenId), citizen: undefined };
}

/**
 * The form's errors by field: the reception's, and the new citizen's when one is typed. An agency
 * not chosen says only that it is required, whatever the schema's reason.
 */
export function receptionFormErrors(
  values: ReceptionFormValues,
  today: IsoDate,
  messages: (error: z.ZodError) => Record<string, string>,
  required: string,
): Record<string, string> {
  const parsed = receptionInputSchema(today).safeParse(receptionInputOf(values, values.citizenId));
  const errors: Record<string, string> = parsed.success ? {} : messages(parsed.error);
  if (errors.referredToAgencyId) errors.referredToAgencyId = required;
  if (values.repeated && !values.repeatOfId) errors.repeatOfId = required;
  if (values.newCitizen) {
    const person = personInputSchema(today).safeParse(citizenInputOf(values));
    if (!person.success) Object.assign(errors, messages(person.error));
  }
  return errors;
}

/** The IIN of a new citizen worth looking up in the base: only a complete one. */
export function iinToLookUp(values: Pick<ReceptionFormValues, 'newCitizen' | 'iin'>): string | null {
  return values.newCitizen && hasTwelveDigits(values.iin) ? values.iin : null;
}
