import type { Period } from '../events/period';
import type {
  AssociationId,
  CouncilId,
  DirectoryItemId,
  EthnicGroupId,
  EventId,
  MediationCaseId,
  MembershipId,
  PersonId,
  PlaceId,
  PublicationId,
  ReceptionId,
  ReceptionSessionId,
  TensionRiskId,
  VisitId,
  WorkingGroupId,
} from '../model/ids';
import type {
  Association,
  KelisimEvent,
  MediationCase,
  Membership,
  Person,
  Publication,
  Reception,
  ReceptionSession,
  TensionRisk,
  Visit,
} from '../model/records';
import type { PackageSource } from './build';

/** The second quarter: records on its first and last days are in, those a day outside are not. */
export const VARIED_PERIOD: Period = { from: '2026-04-01', to: '2026-06-30' };
/** A few days after the quarter: one control deadline has passed by then, another has not. */
export const VARIED_AS_OF = '2026-07-03';

const stamp = { createdAt: '2026-01-15T04:00:00.000Z', updatedAt: '2026-01-15T04:00:00.000Z', author: 'test' };
const DELETED = '2026-03-01T04:00:00.000Z';

const SORTOBE = '314854100' as PlaceId;
const KARAKEMER = '314839100' as PlaceId;
/** A place the office added itself: it has a name but no KATO code. */
const CUSTOM_PLACE = 'custom-3f2a9c' as PlaceId;
const DISTRICT = '314800000';

const ethnos = (id: string) => id as EthnicGroupId;

const person = (id: string, fields: Omit<Partial<Person>, 'id'>): Person => ({
  ...stamp,
  id: id as PersonId,
  surname: '',
  givenName: '',
  searchTokens: [],
  ...fields,
});

const people = {
  chair: person('p-chair', {
    surname: 'Қасымов',
    givenName: 'Ерлан',
    patronymic: 'Бекұлы',
    iin: '900101300126',
    birthDate: '1990-01-01',
    sex: 'male',
    ethnicGroupId: ethnos('kazakhs'),
    phone: '77011234567',
    address: 'ул. Абая, 12\r\nкв. 3',
    placeId: SORTOBE,
    occupation: 'Учитель, школа №5',
    education: 'высшее',
  }),
  deputy: person('p-deputy', {
    surname: 'Ли',
    givenName: 'Виктория',
    iin: '12345',
    birthDate: '1985-07-15',
    sex: 'female',
    ethnicGroupId: ethnos('koreans'),
    phone: '7272',
    address: 'мкр. Достық, 4',
    placeId: CUSTOM_PLACE,
  }),
  member: person('p-member', {
    surname: 'Ахметова',
    givenName: 'Айгүл',
    ethnicGroupId: ethnos('uzbeks'),
    placeId: KARAKEMER,
  }),
  council: person('p-council', {
    surname: 'Ванахун',
    givenName: 'Мухаммед',
    patronymic: 'Ясырович',
    iin: '870512400318',
    birthDate: '1987-05-12',
    sex: 'male',
    ethnicGroupId: ethnos('dungans'),
    phone: '77471112233',
  }),
  left: person('p-left', { surname: 'Петров', givenName: 'Иван', iin: '800101300111' }),
  deleted: person('p-deleted', { surname: 'Сидоров', givenName: 'Пётр', deletedAt: DELETED }),
  official: person('p-official', {
    surname: 'Нұрланова',
    givenName: 'Гүлнар',
    patronymic: 'Серікқызы',
    iin: '820304400222',
  }),
  citizen: person('p-citizen', {
    surname: 'Сейітов',
    givenName: 'Нұрлан',
    patronymic: 'Асқарұлы',
    iin: '750203300145',
  }),
  citizenBadIin: person('p-citizen-2', { surname: ' ёлкина ', givenName: 'Жанна', iin: '9001' }),
};

const association = (id: string, fields: Omit<Partial<Association>, 'id'>): Association => ({
  ...stamp,
  id: id as AssociationId,
  nameRu: '',
  nameKk: '',
  ethnicGroupIds: [],
  deputyIds: [],
  assemblyMember: false,
  units: [],
  status: 'active',
  ...fields,
});

const associations: Association[] = [
  association('assoc-kazakh', {
    nameKk: 'Қазақ тілі қоғамы',
    ethnicGroupIds: [ethnos('kazakhs')],
    bin: '1234',
    phone: '8 (701) 000',
    placeId: CUSTOM_PLACE,
    status: 'inactive',
  }),
  association('assoc-dungan', {
    nameRu: 'Ассоциация дунган «Шаньси»',
    nameKk: 'Дүнген қауымдастығы',
    ethnicGroupIds: [ethnos('dungans'), ethnos('uighurs')],
    legalFormCode: 'public_association',
    bin: '123456789012',
    registeredOn: '2015-03-10',
    foundedOn: '2014-11-20',
    chairmanId: people.chair.id,
    phone: '77017654321',
    email: 'dungan@example.kz',
    address: 'с. Масанчи, ул. Мира, 5',
    placeId: SORTOBE,
    assemblyMember: true,
  }),
  // Two associations of one name: the registry orders them by id.
  association('assoc-dostyk-b', { nameRu: 'Центр «Достық»', status: 'liquidated' }),
  association('assoc-dostyk-a', {
    nameRu: 'Центр «Достық»',
    nameKk: '«Достық» орталығы',
    legalFormCode: 'unknown_form',
    chairmanId: 'p-unknown' as PersonId,
    placeId: KARAKEMER,
  }),
  association('assoc-deleted', { nameRu: 'Удалённое объединение', deletedAt: DELETED }),
];

const membership = (
  id: string,
  who: Person,
  associationId: string,
  role: Membership['role'],
  fields: Partial<Membership> = {},
): { membership: Membership; person: Person } => ({
  membership: {
    ...stamp,
    id: id as MembershipId,
    personId: who.id,
    associationId: associationId as AssociationId,
    personName: `${who.surname} ${who.givenName}`,
    role,
    ...fields,
  },
  person: who,
});

const members = [
  membership('m-member', people.member, 'assoc-dungan', 'member', { joinedOn: '2026-05-05T10:00' }),
  membership('m-official', people.official, 'assoc-dungan', 'member'),
  membership('m-council', people.council, 'assoc-dungan', 'council_member', { joinedOn: '2020-02-29' }),
  membership('m-deputy', people.deputy, 'assoc-dungan', 'deputy', { joinedOn: '2016-09-01' }),
  membership('m-chair', people.chair, 'assoc-dungan', 'chairman', { joinedOn: '2014-11-20' }),
  // The same person in a second association: a second row with the same person id.
  membership('m-chair-kazakh', people.chair, 'assoc-kazakh', 'member'),
  membership('m-left', people.left, 'assoc-kazakh', 'member', { leftOn: '2026-02-01' }),
  membership('m-dostyk', people.deputy, 'assoc-dostyk-a', 'chairman'),
  membership('m-deleted', people.member, 'assoc-dostyk-a', 'member', { deletedAt: DELETED }),
  membership('m-deleted-person', people.deleted, 'assoc-dostyk-a', 'member'),
  membership('m-deleted-association', people.member, 'assoc-deleted', 'member'),
  membership('m-elsewhere', people.member, 'assoc-elsewhere', 'member'),
];

const event = (id: string, fields: Omit<Partial<KelisimEvent>, 'id'>): KelisimEvent => ({
  ...stamp,
  id: id as EventId,
  title: '',
  typeCode: 'round_table',
  start: VARIED_PERIOD.from,
  allDay: false,
  organiserAgencyIds: [],
  organiserPersonIds: [],
  associationIds: [],
  audienceCodes: [],
  status: 'planned',
  links: [],
  attachmentIds: [],
  ...fields,
});

const events: KelisimEvent[] = [
  event('ev-roundtable', {
    title: 'Круглый стол «Бірлік — берекенің бастауы»',
    titleKk: '«Бірлік — берекенің бастауы» дөңгелек үстелі',
    directionId: 'direction:language' as DirectoryItemId,
    workingGroupId: 'wg-south' as WorkingGroupId,
    visitId: 'visit-south' as VisitId,
    start: '2026-04-15T10:00',
    end: '2026-04-15T12:30',
    placeId: SORTOBE,
    venue: 'Дом дружбы',
    associationIds: ['assoc-dungan', 'assoc-kazakh', 'assoc-unknown'] as AssociationId[],
    plannedParticipants: 40,
    actualParticipants: 52,
    status: 'held',
    result: 'Принята резолюция\r\n_x000D_ и план',
  }),
  // Same start as the round table: the earlier id comes first.
  event('ev-alpha', { title: 'Отменённая встреча', start: '2026-04-15T10:00', status: 'cancelled' }),
  event('ev-concert', {
    typeCode: 'concert',
    start: VARIED_PERIOD.to,
    end: '2026-07-01',
    allDay: true,
    placeId: CUSTOM_PLACE,
    venue: '=1+1',
    plannedParticipants: 2.5,
    actualParticipants: -3,
  }),
  event('ev-postponed', {
    title: 'Фестиваль\u0001 тілдер',
    typeCode: 'unknown_type',
    directionId: 'direction:missing' as DirectoryItemId,
    start: '2026-05-01T09:00',
    status: 'postponed',
    associationIds: ['assoc-dostyk-b'] as AssociationId[],
  }),
  event('ev-held-kk', {
    title: 'Наурыз мейрамы',
    typeCode: 'concert',
    start: '2026-04-02T18:00',
    end: '2026-04-02T20:00',
    status: 'held',
    actualParticipants: 300,
    workingGroupId: 'wg-gone' as WorkingGroupId,
  }),
  event('ev-before', { title: 'До периода', start: '2026-03-31T23:00' }),
  event('ev-deleted', { title: 'Удалено', start: '2026-05-02T10:00', deletedAt: DELETED }),
];

const visit = (id: string, fields: Omit<Partial<Visit>, 'id'>): Visit => ({
  ...stamp,
  id: id as VisitId,
  workingGroupId: 'wg-south' as WorkingGroupId,
  placeId: SORTOBE,
  start: VARIED_PERIOD.from,
  end: VARIED_PERIOD.from,
  ...fields,
});

const visits: Visit[] = [
  visit('visit-unknown-group', {
    workingGroupId: 'wg-gone' as WorkingGroupId,
    placeId: CUSTOM_PLACE,
    start: '2026-06-01',
    end: '',
  }),
  visit('visit-south', { start: '2026-04-15', end: '2026-04-16', notes: 'Встреча с жителями\nсела' }),
  visit('visit-july', { start: '2026-07-01', end: '2026-07-01' }),
  visit('visit-deleted', { start: '2026-05-01', end: '2026-05-01', deletedAt: DELETED }),
];

const reception = (id: string, fields: Omit<Partial<Reception>, 'id'>): Reception => ({
  ...stamp,
  id: id as ReceptionId,
  date: VARIED_PERIOD.from,
  topicCode: 'land',
  outcome: 'explained',
  confidential: false,
  ...fields,
});

const receptions: Reception[] = [
  reception('rec-land', {
    createdAt: '2026-04-20T09:00:00.000Z',
    date: '2026-04-20',
    citizenId: people.citizen.id,
    placeId: SORTOBE,
    visitId: 'visit-south' as VisitId,
    officialId: people.official.id,
    summary: 'Вопрос о пастбище',
    outcome: 'helped',
    helpText: 'Выделен участок',
  }),
  // Same day, entered earlier: it comes first.
  reception('rec-control-overdue', {
    createdAt: '2026-04-20T05:00:00.000Z',
    date: '2026-04-20',
    citizenId: people.citizenBadIin.id,
    outcome: 'control',
    control: { responsibleBody: 'Отдел ЖКХ', deadline: '2026-05-15', history: [] },
  }),
  reception('rec-control-closed', {
    date: '2026-05-10',
    citizenId: 'p-unknown' as PersonId,
    placeId: CUSTOM_PLACE,
    outcome: 'control',
    control: {
      responsibleBody: 'Ауыл әкімі',
      deadline: '2026-08-01',
      closedOn: '2026-06-01',
      resolution: 'Орындалды',
      history: [],
    },
  }),
  reception('rec-religion', {
    date: '2026-05-20',
    citizenId: people.citizen.id,
    topicCode: 'religion',
    summary: 'Конфиденциально: вопрос о вере',
    outcome: 'referred',
    referredToAgencyId: 'agency:akimat' as DirectoryItemId,
    confidential: true,
  }),
  reception('rec-open-control', {
    date: '2026-06-02',
    outcome: 'control',
    control: { responsibleBody: 'Отдел образования', deadline: '2026-07-20', history: [] },
  }),
  reception('rec-declined', {
    date: VARIED_PERIOD.to,
    topicCode: 'unknown_topic',
    outcome: 'declined',
    declineReason: 'Вне компетенции',
    confidential: true,
  }),
  reception('rec-deleted', { date: '2026-05-05', confidential: true, deletedAt: DELETED }),
  reception('rec-march', { date: '2026-03-15', confidential: true }),
];

const risk = (id: string, fields: Omit<Partial<TensionRisk>, 'id'>): TensionRisk => ({
  ...stamp,
  id: id as TensionRiskId,
  description: '',
  groupIds: [],
  source: 'police',
  level: 'medium',
  levelHistory: [],
  status: 'watched',
  identifiedOn: VARIED_PERIOD.from,
  measureEventIds: [],
  confidential: true,
  ...fields,
});

const risks: TensionRisk[] = [
  risk('risk-pasture', {
    placeId: SORTOBE,
    description: 'Спор о пастбище\nмежду жителями двух сёл',
    groupIds: [ethnos('kazakhs'), ethnos('dungans'), ethnos('uighurs')],
    source: 'reception',
    level: 'high',
    identifiedOn: '2026-04-21',
    nextReviewOn: '2026-07-15',
    responsiblePersonId: people.official.id,
    measureEventIds: ['ev-roundtable', 'ev-concert'] as EventId[],
    originReceptionId: 'rec-land' as ReceptionId,
  }),
  risk('risk-youth', {
    description: 'Жастар арасындағы келіспеушілік',
    source: 'media',
    level: 'low',
    identifiedOn: '2025-12-01',
    responsiblePersonId: 'p-unknown' as PersonId,
    placeId: CUSTOM_PLACE,
    confidential: false,
  }),
  // Resolved on the period's first day: still watched in it.
  risk('risk-resolved-during', {
    description: 'Бытовой конфликт',
    identifiedOn: '2025-10-02',
    status: 'resolved',
    resolvedOn: VARIED_PERIOD.from,
    responsiblePersonId: people.chair.id,
  }),
  risk('risk-resolved-before', {
    description: 'Решён до периода',
    identifiedOn: '2025-10-02',
    status: 'resolved',
    resolvedOn: '2026-03-31',
  }),
  risk('risk-later', { description: 'После периода', identifiedOn: '2026-07-01' }),
  risk('risk-deleted', { description: 'Удалён', deletedAt: DELETED }),
];

const mediation = (id: string, fields: Omit<Partial<MediationCase>, 'id'>): MediationCase => ({
  ...stamp,
  id: id as MediationCaseId,
  date: VARIED_PERIOD.from,
  parties: [],
  disputeType: 'household',
  confidential: true,
  ...fields,
});

const mediationCases: MediationCase[] = [
  mediation('case-land', {
    date: VARIED_PERIOD.to,
    placeId: SORTOBE,
    parties: ['семья Ахметовых', '  жители ул. Абая  '],
    disputeType: 'land',
    summary: 'Суть спора в пакет не попадает',
    councilId: 'council-biys' as CouncilId,
    mediatorId: people.council.id,
    result: 'reconciled',
    followUp: 'Проверить исполнение через месяц',
  }),
  mediation('case-family', {
    createdAt: '2026-04-01T09:00:00.000Z',
    parties: ['Сейітов Нұрлан', ''],
    disputeType: 'family',
    councilId: 'council-gone' as CouncilId,
    confidential: false,
  }),
  // Same day as the family case, entered earlier: it comes first.
  mediation('case-interethnic', {
    createdAt: '2026-04-01T05:00:00.000Z',
    placeId: KARAKEMER,
    parties: ['Ұлықбек ауылының тұрғындары'],
    disputeType: 'interethnic',
    mediatorId: 'p-unknown' as PersonId,
    result: 'referred',
  }),
  mediation('case-before', { date: '2026-03-31', parties: ['До периода'] }),
  mediation('case-deleted', { parties: ['Удалено'], deletedAt: DELETED }),
];

/** Publications: one linked to an event, one with no reach stated, one after the period, one deleted, text to escape. */
const publications: Publication[] = [
  {
    ...stamp,
    id: 'pub-tv' as PublicationId,
    date: '2026-05-01',
    outletType: 'tv',
    outletName: 'Jambyl TV',
    language: 'kk_ru',
    title: '=Бірлік күні: Сортөбеде дөңгелек үстел',
    url: 'https://tv.example.kz/news/2026/05/01',
    reach: 12_000,
  },
  {
    ...stamp,
    id: 'pub-paper' as PublicationId,
    date: '2026-04-03',
    outletType: 'newspaper',
    outletName: 'Кордай шамшырағы',
    language: 'kk',
  },
  {
    ...stamp,
    id: 'pub-after' as PublicationId,
    date: '2026-07-01',
    outletType: 'instagram',
    outletName: 'korday_akimat',
    language: 'ru',
  },
  {
    ...stamp,
    id: 'pub-deleted' as PublicationId,
    date: '2026-05-05',
    outletType: 'telegram',
    outletName: 'Удалено',
    language: 'ru',
    deletedAt: DELETED,
  },
];

/** Mass receptions: one in the period at a visit, one after it, one deleted. */
const sessions: ReceptionSession[] = [
  {
    ...stamp,
    id: 'session-sortobe' as ReceptionSessionId,
    date: '2026-05-20',
    placeId: SORTOBE,
    officialIds: [],
    received: 240,
    byTopic: { land: 90 },
    byOutcome: { explained: 150, helped: 80, control: 10 },
    notes: 'Не попадает в пакет',
  },
  {
    ...stamp,
    id: 'session-after' as ReceptionSessionId,
    date: '2026-07-02',
    officialIds: [],
    received: 50,
    byTopic: {},
    byOutcome: {},
  },
  {
    ...stamp,
    id: 'session-deleted' as ReceptionSessionId,
    date: '2026-05-21',
    officialIds: [],
    received: 70,
    byTopic: {},
    byOutcome: {},
    deletedAt: DELETED,
  },
];

const named = (nameRu: string, nameKk: string) => ({ nameRu, nameKk });

/**
 * For tests: one district's data around VARIED_PERIOD that takes every branch of the package
 * builder: deleted records of each kind, records just outside the period, confidential receptions
 * (one deleted, one of another period), Kazakh and Russian text, names missing in one language or
 * not found at all, IINs and phones that mask fully or partly, text the file must escape, ties in
 * every sort order, and monitoring records confidential or not.
 */
export function variedPackageSource(): PackageSource {
  return {
    profile: {
      level: 'district',
      officeName: 'Отдел внутренней политики',
      oblastId: '310000000',
      districtId: DISTRICT,
    },
    period: VARIED_PERIOD,
    associations,
    members,
    events,
    visits,
    receptions,
    publications,
    sessions,
    risks,
    mediationCases,
    councils: [
      {
        ...stamp,
        id: 'council-biys' as CouncilId,
        kind: 'biys',
        name: 'Совет биев села Сортобе',
        nameKk: 'Сортөбе ауылының билер кеңесі',
        memberIds: [people.council.id],
      },
    ],
    lookups: {
      places: new Map([
        [SORTOBE, named('с.Сортобе', 'Сортөбе а.')],
        [KARAKEMER, named('с.Каракемер', '')],
        [CUSTOM_PLACE, named('Отделение «Жаңа өмір»', 'Жаңа өмір бөлімшесі')],
        [DISTRICT, named('Кордайский район', 'Қордай ауданы')],
      ]),
      ethnicGroups: new Map([
        ['kazakhs', named('Казахи', 'Қазақтар')],
        ['dungans', named('Дунганы', 'Дүнгендер')],
        ['uzbeks', named('Узбеки', '')],
      ]),
      legalForms: new Map([['public_association', named('Общественное объединение', 'Қоғамдық бірлестік')]]),
      eventTypes: new Map([
        ['round_table', named('Круглый стол', 'Дөңгелек үстел')],
        ['concert', named('Концерт', '')],
      ]),
      directions: new Map([['direction:language', named('Развитие языков', 'Тілдерді дамыту')]]),
      topics: new Map([
        ['land', named('Земельные вопросы', 'Жер мәселелері')],
        ['religion', named('Религия', 'Дін')],
      ]),
      agencies: new Map([['agency:akimat', named('Аппарат акима', 'Әкім аппараты')]]),
      workingGroups: new Map([['wg-south', { name: 'Рабочая группа «Оңтүстік»', nameKk: '«Оңтүстік» жұмыс тобы' }]]),
      people: new Map(Object.values(people).map((entry) => [entry.id as string, entry])),
    },
  };
}
