import type { ParseKeys, TFunction } from 'i18next';
import { formatDate, formatDateTime } from '@shared/dates/format';
import type { Language } from '@shared/i18n/languages';
import { formatPhone } from '@shared/text/phone';
import { formatNumber } from '@shared/text/number-format';
import type { ConflictVersion, ConflictView } from '@/db';
import { localWallClock } from '@/lib/clock';

/**
 * A record with versions to settle, in the user's language: what kind of record it is, a title a
 * person recognises (a name, an association, a reception's date and topic), each field under the
 * label its own form gives it, and each value as the registers show it.
 */

/** Names of places, ethnic groups and people the versions refer to by id, when the screen has them. */
export interface ConflictLookups {
  names: ReadonlyMap<string, string>;
}

type Key = ParseKeys;

const PERSON: Record<string, Key> = {
  surname: 'person.surname',
  givenName: 'person.givenName',
  patronymic: 'person.patronymic',
  iin: 'person.iin',
  birthDate: 'person.birthDate',
  sex: 'person.sex',
  ethnicGroupId: 'person.ethnicGroup',
  phone: 'person.phone',
  address: 'person.address',
  placeId: 'person.place',
  occupation: 'person.occupation',
  education: 'person.education',
  notes: 'person.notes',
};

const ASSOCIATION: Record<string, Key> = {
  nameRu: 'registry.fields.nameRu',
  nameKk: 'registry.fields.nameKk',
  ethnicGroupIds: 'registry.fields.ethnicGroups',
  legalFormCode: 'registry.fields.legalForm',
  bin: 'registry.fields.bin',
  registeredOn: 'registry.fields.registeredOn',
  foundedOn: 'registry.fields.foundedOn',
  chairmanId: 'registry.fields.chairman',
  deputyIds: 'registry.fields.deputies',
  phone: 'registry.fields.phone',
  email: 'registry.fields.email',
  address: 'registry.fields.address',
  placeId: 'registry.fields.place',
  assemblyMember: 'registry.fields.assemblyMember',
  cabinet: 'registry.fields.cabinet',
  units: 'registry.fields.units',
  status: 'registry.fields.status',
  notes: 'registry.fields.notes',
};

const RECEPTION: Record<string, Key> = {
  date: 'receptions.fields.date',
  placeId: 'receptions.fields.place',
  visitId: 'receptions.fields.visit',
  officialId: 'receptions.fields.official',
  citizenId: 'receptions.fields.citizen',
  topicCode: 'receptions.fields.topic',
  summary: 'receptions.fields.summary',
  outcome: 'receptions.fields.outcome',
  helpText: 'receptions.fields.helpText',
  control: 'receptions.tabs.control',
  referredToAgencyId: 'receptions.fields.agency',
  declineReason: 'receptions.fields.declineReason',
  confidential: 'receptions.fields.confidential',
  appealType: 'receptions.appeal.type',
  channel: 'receptions.appeal.channel',
  registrationNo: 'receptions.appeal.registrationNo',
  registeredOn: 'receptions.appeal.registeredOn',
  coApplicantIds: 'receptions.appeal.coApplicants',
  repeatOfId: 'receptions.appeal.repeatOf',
  answer: 'receptions.appeal.answerSection',
};

const EVENT: Record<string, Key> = {
  title: 'events.fields.title',
  typeCode: 'events.fields.type',
  projectId: 'events.fields.project',
  directionId: 'events.fields.direction',
  workingGroupId: 'events.fields.workingGroup',
  visitId: 'events.fields.visit',
  start: 'events.fields.start',
  end: 'events.fields.end',
  allDay: 'events.fields.allDay',
  placeId: 'events.fields.place',
  venue: 'events.fields.venue',
  organiserAgencyIds: 'events.fields.organiserAgencies',
  organiserPersonIds: 'events.fields.organiserPeople',
  associationIds: 'events.fields.associations',
  audienceCodes: 'events.fields.audiences',
  plannedParticipants: 'events.fields.planned',
  actualParticipants: 'events.fields.actual',
  status: 'events.fields.status',
  statusReason: 'events.fields.reason',
  result: 'events.fields.result',
  links: 'events.fields.links',
};

/** Fields named alike in most records: the labels the directories and lists already use. */
const COMMON: Record<string, Key> = {
  nameRu: 'common.nameRu',
  nameKk: 'common.nameKk',
  code: 'common.code',
  order: 'common.order',
  status: 'common.status',
  phone: 'person.phone',
  address: 'person.address',
  placeId: 'person.place',
  notes: 'person.notes',
  date: 'events.fields.date',
};

const BY_TABLE: Partial<Record<ConflictView['table'], Record<string, Key>>> = {
  people: PERSON,
  associations: ASSOCIATION,
  receptions: RECEPTION,
  events: EVENT,
};

/** The field's label as its form names it; a field no form names is shown by its stored name. */
export function fieldLabel(t: TFunction, table: ConflictView['table'], field: string): string {
  if (field === 'sealed') return t('syncConflicts.confidential');
  const key = BY_TABLE[table]?.[field] ?? COMMON[field];
  return key ? String(t(key)) : field;
}

/** Fields in the order the record's form shows them; fields no form names after them, confidential content last. */
export function inFormOrder(table: ConflictView['table'], fields: readonly string[]): string[] {
  const order = Object.keys(BY_TABLE[table] ?? COMMON);
  const rank = (field: string) => {
    if (field === 'sealed') return order.length + 1;
    const index = order.indexOf(field);
    return index < 0 ? order.length : index;
  };
  return [...fields].sort((a, b) => rank(a) - rank(b));
}

export function kindText(t: TFunction, table: ConflictView['table']): string {
  return t(`syncConflicts.kinds.${table}`);
}

/** Fields that refer to another record or a directory entry by id or code. */
const REFERENCE = /(Id|Ids|Code|Codes)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;

/** A value as a register would show it: dates and numbers in local form, names for ids the screen knows. */
export function valueText(t: TFunction, field: string, value: unknown, lookups: ConflictLookups): string {
  if (value === undefined || value === null || value === '') return t('common.notSet');
  if (field === 'sealed') return t('syncConflicts.confidential');
  if (field === 'sex' && (value === 'male' || value === 'female')) return t(`enums.sex.${value}`);
  // As the person card shows it, so the versions compare at a glance.
  if (field === 'phone' && typeof value === 'string') return formatPhone(value) || value;
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') {
    const named = REFERENCE.test(field) ? lookups.names.get(value) : undefined;
    if (named) return named;
    if (ISO_DATE.test(value) || LOCAL_DATE_TIME.test(value))
      return value.length > 10 ? formatDateTime(value) : formatDate(value);
    if (ISO_TIMESTAMP.test(value)) return formatDateTime(localWallClock(value));
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return t('common.notSet');
    return value.map((item) => valueText(t, field, item, lookups)).join(', ');
  }
  return Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined && item !== '' && !(Array.isArray(item) && item.length === 0))
    .map(([key, item]) => `${key}: ${valueText(t, key, item, lookups)}`)
    .join('; ');
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The title of the record a conflict is about, from the version shown: who or what it is, readably. */
export function recordTitle(
  t: TFunction,
  language: Language,
  view: Pick<ConflictView, 'table'>,
  version: ConflictVersion | undefined,
  lookups: ConflictLookups,
): string {
  const record = version?.content ?? {};
  const named = (ru: unknown, kk: unknown) => text(language === 'kk' ? kk || ru : ru || kk);
  const dated = (date: unknown, what: string) =>
    [text(date) ? valueText(t, 'date', text(date), lookups) : '', what].filter(Boolean).join(' · ');
  let title: string;
  switch (view.table) {
    case 'people':
      title = [record.surname, record.givenName, record.patronymic].map(text).filter(Boolean).join(' ');
      break;
    case 'memberships':
      title = text(record.personName);
      break;
    case 'associations':
    case 'directories':
    case 'ethnicGroups':
    case 'places':
      title = named(record.nameRu, record.nameKk);
      break;
    case 'events':
      title = dated(text(record.start).slice(0, 10), named(record.title, record.titleKk));
      break;
    case 'workingGroups':
      title = named(record.name, record.nameKk);
      break;
    case 'receptions':
      title = dated(record.date, lookups.names.get(text(record.topicCode)) ?? text(record.topicCode));
      break;
    case 'visits':
    case 'mediationCases':
      title = dated(record.date ?? record.start, lookups.names.get(text(record.placeId)) ?? '');
      break;
    case 'tensionRisks':
      title = dated(record.identifiedOn, lookups.names.get(text(record.placeId)) ?? '');
      break;
    case 'population':
      title = [lookups.names.get(text(record.placeId)), text(String(record.year ?? ''))].filter(Boolean).join(' · ');
      break;
    case 'operators':
      title = text(record.displayName) || text(record.login);
      break;
    case 'attachments':
    case 'importBatches':
      title = text(record.fileName);
      break;
    default:
      title = text(record.name);
  }
  return title || t('syncConflicts.unnamed');
}

/** Who made a version, on which PC, and when. */
export function versionMadeBy(t: TFunction, version: ConflictVersion): string {
  return t('syncConflicts.madeBy', {
    author: version.author || t('audit.system'),
    pc: version.here ? t('audit.thisPc') : t('audit.otherPc', { id: version.device.slice(0, 8) }),
    at: version.changedAt ? formatDateTime(localWallClock(version.changedAt)) : t('common.notSet'),
  });
}
