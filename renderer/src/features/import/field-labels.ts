import type { TFunction } from 'i18next';
import type { RegisterId } from '@shared/import/registers';
import type { ImportField } from '@shared/import/types';

/** Fields made from a directory entry (a population table's column per ethnos), named in the interface language. */
export interface NamedColumns {
  fields: readonly ImportField[];
  localName: (named: { nameRu: string; nameKk: string }) => string;
}

/** The label each importable field shows in the column mapping, in the interface language. */
export function fieldLabel(t: TFunction, register: RegisterId, key: string, columns?: NamedColumns): string {
  const named = columns?.fields.find((field) => field.key === key)?.named;
  if (named && columns) return t('monitoring.importer.ethnosColumn', { name: columns.localName(named) });
  const common: Record<string, string> = {
    rowNumber: t('importer.rowNumber'),
    placeId: t('person.place'),
    placeCode: t('importer.placeCode'),
    phone: t('person.phone'),
    address: t('person.address'),
    notes: t('person.notes'),
  };
  const members: Record<string, string> = {
    fullName: t('importer.fullName'),
    surname: t('person.surname'),
    givenName: t('person.givenName'),
    patronymic: t('person.patronymic'),
    iin: t('person.iin'),
    birthDate: t('person.birthDate'),
    sex: t('person.sex'),
    ethnicGroupId: t('person.ethnicGroup'),
    occupation: t('person.occupation'),
    education: t('person.education'),
    associationId: t('registry.membership.association'),
    role: t('registry.membership.role'),
    joinedOn: t('registry.membership.joinedOn'),
  };
  const associations: Record<string, string> = {
    nameRu: t('registry.fields.nameRu'),
    nameKk: t('registry.fields.nameKk'),
    ethnicGroupIds: t('registry.fields.ethnicGroups'),
    legalFormCode: t('registry.fields.legalForm'),
    bin: t('registry.fields.bin'),
    registeredOn: t('registry.fields.registeredOn'),
    foundedOn: t('registry.fields.foundedOn'),
    chairman: t('importer.chairmanName'),
    email: t('registry.fields.email'),
    assemblyMember: t('registry.fields.assemblyMember'),
    cabinet: t('registry.fields.cabinet'),
    status: t('registry.fields.status'),
    memberCount: t('importer.memberCount'),
  };
  const events: Record<string, string> = {
    title: t('events.fields.title'),
    typeCode: t('events.fields.type'),
    date: t('events.fields.date'),
    time: t('events.fields.time'),
    placeId: t('events.fields.place'),
    venue: t('events.fields.venue'),
    plannedParticipants: t('events.fields.planned'),
    responsible: t('importer.responsible'),
  };
  const receptions: Record<string, string> = {
    date: t('importer.receptionFields.date'),
    fullName: t('importer.receptionFields.fullName'),
    iin: t('importer.receptionFields.iin'),
    birthDate: t('importer.receptionFields.birthDate'),
    phone: t('importer.receptionFields.phone'),
    placeId: t('importer.receptionFields.place'),
    address: t('importer.receptionFields.address'),
    topicCode: t('importer.receptionFields.topic'),
    summary: t('importer.receptionFields.summary'),
    outcome: t('importer.receptionFields.outcome'),
    referredToAgencyId: t('importer.receptionFields.agency'),
    responsibleBody: t('importer.receptionFields.responsibleBody'),
    deadline: t('importer.receptionFields.deadline'),
    officialName: t('importer.receptionFields.official'),
    confidential: t('importer.receptionFields.confidential'),
    appealType: t('receptions.appeal.type'),
    channel: t('receptions.appeal.channel'),
    registrationNo: t('receptions.appeal.registrationNo'),
    registeredOn: t('receptions.appeal.registeredOn'),
    answeredOn: t('receptions.appeal.answeredOn'),
    answerForm: t('receptions.appeal.answerForm'),
    answerResult: t('receptions.appeal.answerResult'),
  };
  const population: Record<string, string> = {
    placeId: t('monitoring.importer.fields.place'),
    placeCode: t('monitoring.importer.fields.placeCode'),
    ethnicGroupId: t('monitoring.importer.fields.ethnicGroup'),
    count: t('monitoring.importer.fields.count'),
    total: t('monitoring.importer.fields.total'),
    year: t('monitoring.importer.fields.year'),
  };
  const labels = { members, associations, events, receptions, population }[register];
  return labels[key] ?? common[key] ?? key;
}

/** A, B, …, Z, AA: columns as Excel names them. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
