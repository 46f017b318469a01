import {
  type PlaceId,
  toAssociationId,
  toDirectoryItemId,
  toEthnicGroupId,
  toEventId,
  toMembershipId,
  toPersonId,
  toReceptionId,
  toVisitId,
  toWorkingGroupId,
} from '../model/ids';
import type {
  Association,
  EventStatus,
  IsoDate,
  KelisimEvent,
  Membership,
  MembershipRole,
  Person,
  Reception,
  ReceptionOutcome,
  Sex,
  Visit,
  WorkingGroup,
} from '../model/records';
import { addDays } from '../dates/iso';
import { composeIin } from '../identity/iin';
import { fullName, personSearchTokens } from '../people/search';
import { directoryItemId } from '../directories/seed';
import { monitoringDemo, type MonitoringDemo } from './monitoring-demo';
import { planDemo, type PlanDemo } from './plan-demo';
import { SeededRandom } from './random';
import {
  associationNames,
  fallbackStock,
  feminineSurname,
  kazakhPatronymic,
  nameStock,
  russianPatronymic,
} from './names';

export interface DemoPlace {
  id: PlaceId;
  nameRu: string;
  nameKk: string;
}

export interface DemoOptions {
  people: number;
  /** Settlements of the district (or oblast) that records are spread over. */
  places: readonly DemoPlace[];
  /** The day the data is generated "as of": events and receptions fall in the year before it. */
  today: IsoDate;
  seed?: number;
  author?: string;
}

export interface DemoData extends MonitoringDemo, PlanDemo {
  people: Person[];
  associations: Association[];
  memberships: Membership[];
  workingGroups: WorkingGroup[];
  visits: Visit[];
  events: KelisimEvent[];
  receptions: Reception[];
}

/** Shares of ethnic groups in a Zhambyl district (Kordai has many Dungans, Shu many Russians). */
const ETHNIC_MIX: readonly (readonly [string, number])[] = [
  ['kazakhs', 62],
  ['russians', 10],
  ['dungans', 6],
  ['uzbeks', 4],
  ['uyghurs', 3],
  ['kurds', 3],
  ['turks', 3],
  ['azerbaijanis', 2.5],
  ['koreans', 2],
  ['germans', 1.5],
  ['ukrainians', 1],
  ['tatars', 1],
  ['chechens', 1],
];

const EVENT_TYPES = [
  'residents_meeting',
  'seminar',
  'round_table',
  'training',
  'focus_group',
  'dialogue_platform',
  'cultural',
  'sports',
  'literary',
  'raid',
  'master_class',
  'team_building',
  'reception_day',
  'probation_meeting',
] as const;

const AUDIENCES = [
  'youth',
  'students',
  'schoolchildren',
  'teachers',
  'doctors',
  'elders',
  'women',
  'believers',
  'residents',
] as const;

const TOPICS: readonly (readonly [string, number])[] = [
  ['housing', 18],
  ['land', 14],
  ['employment', 14],
  ['grants_credits', 10],
  ['social_support', 12],
  ['utilities', 10],
  ['legal_advice', 10],
  ['religion', 4],
  ['interethnic', 2],
  ['corruption', 2],
  ['other', 4],
];

const OUTCOMES: readonly (readonly [ReceptionOutcome, number])[] = [
  ['explained', 45],
  ['helped', 19],
  ['control', 8],
  ['referred', 21],
  ['declined', 7],
];

const DIRECTIONS = ['information', 'rural_business', 'religion', 'public_order', 'anti_corruption'] as const;
const DIRECTION_NAMES: Record<(typeof DIRECTIONS)[number], string> = {
  information: 'Информационно-разъяснительная группа',
  rural_business: 'Группа по развитию бизнеса на селе',
  religion: 'Группа по вопросам религии',
  public_order: 'Группа по правопорядку',
  anti_corruption: 'Антикоррупционная группа',
};
const GROUP_AGENCIES = [
  'internal_policy',
  'law_enforcement',
  'culture',
  'education',
  'sport',
  'religion',
  'languages',
  'youth',
  'employment',
  'energy_housing',
] as const;

const MOBILE_PREFIXES = ['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778'];

/**
 * Builds a believable district: people with valid IINs, ethno-cultural associations and their
 * members, five working groups with their field visits, events and receptions with every outcome.
 * The same options always give the same records, so tests and benchmarks can rely on it.
 */
export function generateDemoData(options: DemoOptions): DemoData {
  if (options.places.length === 0) throw new RangeError('demo data needs at least one place');
  const random = new SeededRandom(options.seed ?? 20_201_020);
  const author = options.author ?? 'demo';
  const stamp = `${options.today}T09:00:00.000Z`;
  const base = { createdAt: stamp, updatedAt: stamp, author };
  const places = options.places;
  const placeIds = places.map((place) => place.id);

  const usedIins = new Set<string>();
  const people: Person[] = [];
  const peopleByEthnos = new Map<string, Person[]>();

  const makePerson = (ethnos: string, minAge: number, maxAge: number): Person => {
    const stock = nameStock[ethnos] ?? fallbackStock;
    const sex: Sex = random.chance(0.52) ? 'female' : 'male';
    const female = sex === 'female';
    const father = random.pick(stock.male);
    const surnameMale = random.pick(stock.surnames);
    const age = random.int(minAge, maxAge);
    const birthDate = addDays(`${Number(options.today.slice(0, 4)) - age}-01-01`, random.int(0, 364));
    let iin: string | null = null;
    for (let serial = random.int(1, 9000); iin === null || usedIins.has(iin); serial++)
      iin = composeIin(birthDate, sex, serial);
    usedIins.add(iin);
    const phone = random.chance(0.85)
      ? `7${random.pick(MOBILE_PREFIXES)}${String(random.int(0, 9_999_999)).padStart(7, '0')}`
      : undefined;
    const patronymic = random.chance(0.93)
      ? stock.kazakhPatronymic && random.chance(0.6)
        ? kazakhPatronymic(father, female)
        : russianPatronymic(father, female)
      : undefined;
    const surname = female ? feminineSurname(surnameMale) : surnameMale;
    const givenName = random.pick(female ? stock.female : stock.male);
    const person: Person = {
      id: toPersonId(random.uuid()),
      ...base,
      surname,
      givenName,
      iin,
      birthDate,
      sex,
      ethnicGroupId: toEthnicGroupId(ethnos),
      placeId: random.pick(placeIds),
      searchTokens: personSearchTokens({ surname, givenName, patronymic, iin, phone }),
    };
    if (patronymic) person.patronymic = patronymic;
    if (phone) person.phone = phone;
    return person;
  };

  const peopleCount = Math.max(20, Math.floor(options.people));
  const officialsCount = Math.max(12, Math.round(peopleCount * 0.01));
  const officials: Person[] = [];
  for (let i = 0; i < peopleCount; i++) {
    const official = i < officialsCount;
    const ethnos = random.weighted(ETHNIC_MIX);
    const person = makePerson(ethnos, official ? 25 : 16, official ? 60 : 85);
    if (official) {
      person.occupation = 'Государственный служащий';
      officials.push(person);
    } else {
      const list = peopleByEthnos.get(ethnos) ?? [];
      list.push(person);
      peopleByEthnos.set(ethnos, list);
    }
    people.push(person);
  }

  const { associations, memberships } = buildAssociations(random, base, peopleCount, peopleByEthnos, places);
  const workingGroups = buildWorkingGroups(random, base, officials, options.today);
  const visits = buildVisits(random, base, workingGroups, placeIds, peopleCount, options.today);
  const events = buildEvents(random, base, peopleCount, visits, workingGroups, associations, placeIds, options.today);
  const citizens = people.slice(officialsCount);
  const receptions = buildReceptions(random, base, peopleCount, visits, officials, citizens, placeIds, options.today);

  const monitoring = monitoringDemo(
    { today: options.today, author, seed: (options.seed ?? 20_201_020) + 1 },
    citizens,
    officials,
    events,
  );

  const plan = planDemo(
    { today: options.today, author, seed: (options.seed ?? 20_201_020) + 2, people: peopleCount, places },
    events,
    visits,
    workingGroups,
  );

  return { people, associations, memberships, workingGroups, visits, events, receptions, ...monitoring, ...plan };
}

type Base = { createdAt: string; updatedAt: string; author: string };

function buildAssociations(
  random: SeededRandom,
  base: Base,
  peopleCount: number,
  peopleByEthnos: Map<string, Person[]>,
  places: readonly DemoPlace[],
): { associations: Association[]; memberships: Membership[] } {
  const associations: Association[] = [];
  const memberships: Membership[] = [];
  const branchesPerEthnos = Math.max(1, Math.round(peopleCount / 40_000));
  for (const [ethnos] of ETHNIC_MIX) {
    const names = associationNames[ethnos];
    const community = peopleByEthnos.get(ethnos) ?? [];
    if (!names || community.length < 3) continue;
    // Most of a community is not in any association; a third is, which at 100,000 people
    // gives the largest association several thousand members, as in an oblast centre.
    const joining = community.filter(() => random.chance(0.34));
    const perBranch = Math.ceil(joining.length / branchesPerEthnos);
    for (let branch = 0; branch < branchesPerEthnos && branch * perBranch < joining.length; branch++) {
      const members = joining.slice(branch * perBranch, (branch + 1) * perBranch);
      if (members.length < 3) continue;
      const place = random.pick(places);
      const suffix = branchesPerEthnos > 1 ? [` (${place.nameRu})`, ` (${place.nameKk})`] : ['', ''];
      const id = toAssociationId(random.uuid());
      const [chairman, ...rest] = members;
      const deputies = rest.slice(0, 2);
      const founded = `${random.int(1992, 2015)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
      associations.push({
        id,
        ...base,
        nameRu: names[0] + suffix[0],
        nameKk: names[1] + suffix[1],
        ethnicGroupIds: [toEthnicGroupId(ethnos)],
        legalFormCode: 'public_association',
        foundedOn: founded,
        registeredOn: founded,
        ...(chairman ? { chairmanId: chairman.id } : {}),
        deputyIds: deputies.map((person) => person.id),
        placeId: place.id,
        assemblyMember: random.chance(0.8),
        cabinet: `Кабинет ${random.int(1, 30)}`,
        units: random.chance(0.7)
          ? [
              {
                id: random.uuid(),
                kindCode: 'sunday_school',
                name: 'Воскресная школа',
                participants: random.int(10, 60),
              },
            ]
          : [],
        status: random.chance(0.92) ? 'active' : 'inactive',
      });
      members.forEach((person, index) => {
        const role: MembershipRole =
          index === 0 ? 'chairman' : index <= 2 ? 'deputy' : random.chance(0.05) ? 'council_member' : 'member';
        memberships.push({
          id: toMembershipId(random.uuid()),
          ...base,
          personId: person.id,
          associationId: id,
          personName: fullName(person),
          role,
          joinedOn: addDays(founded, random.int(0, 3000)),
        });
      });
    }
  }
  return { associations, memberships };
}

function buildWorkingGroups(
  random: SeededRandom,
  base: Base,
  officials: readonly Person[],
  today: IsoDate,
): WorkingGroup[] {
  const year = today.slice(0, 4);
  return DIRECTIONS.map((direction, index) => {
    const members = random.sample(officials, Math.min(officials.length, random.int(5, 8)));
    const leader = members[0];
    return {
      id: toWorkingGroupId(random.uuid()),
      ...base,
      name: `${DIRECTION_NAMES[direction]} №${index + 1}`,
      projectId: toDirectoryItemId(directoryItemId('project', 'peace_and_accord')),
      directionId: toDirectoryItemId(directoryItemId('direction', direction)),
      ...(leader ? { leaderId: leader.id } : {}),
      members: members.map((person) => ({
        personId: person.id,
        agencyId: toDirectoryItemId(directoryItemId('agency', random.pick(GROUP_AGENCIES))),
        position: random.pick(['главный специалист', 'руководитель отдела', 'заместитель руководителя', 'эксперт']),
      })),
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
    };
  });
}

function buildVisits(
  random: SeededRandom,
  base: Base,
  groups: readonly WorkingGroup[],
  placeIds: readonly PlaceId[],
  peopleCount: number,
  today: IsoDate,
): Visit[] {
  const count = Math.max(groups.length * 2, Math.round(peopleCount / 500));
  return Array.from({ length: count }, (_, index) => {
    const group = groups[index % groups.length];
    if (!group) throw new RangeError('no working groups');
    const start = addDays(today, -random.int(1, 360));
    return {
      id: toVisitId(random.uuid()),
      ...base,
      workingGroupId: group.id,
      placeId: random.pick(placeIds),
      start,
      end: addDays(start, random.int(0, 2)),
    };
  });
}

function buildEvents(
  random: SeededRandom,
  base: Base,
  peopleCount: number,
  visits: readonly Visit[],
  groups: readonly WorkingGroup[],
  associations: readonly Association[],
  placeIds: readonly PlaceId[],
  today: IsoDate,
): KelisimEvent[] {
  const count = Math.max(20, Math.round(peopleCount / 5));
  return Array.from({ length: count }, () => {
    const visit = random.chance(0.4) ? random.pick(visits) : undefined;
    const day = visit ? addDays(visit.start, random.int(0, 2)) : addDays(today, random.int(-365, 60));
    const future = day > today;
    const status: EventStatus = future
      ? 'planned'
      : random.weighted<EventStatus>([
          ['held', 85],
          ['postponed', 5],
          ['cancelled', 5],
          ['planned', 5],
        ]);
    const typeCode = random.pick(EVENT_TYPES);
    const hour = random.int(9, 17);
    const planned = random.int(2, 20) * 10;
    const group = visit ? groups.find((candidate) => candidate.id === visit.workingGroupId) : undefined;
    const event: KelisimEvent = {
      id: toEventId(random.uuid()),
      ...base,
      title: eventTitle(typeCode),
      typeCode,
      projectId: toDirectoryItemId(directoryItemId('project', 'peace_and_accord')),
      ...(group?.directionId ? { directionId: group.directionId } : {}),
      ...(group ? { workingGroupId: group.id } : {}),
      ...(visit ? { visitId: visit.id } : {}),
      start: `${day}T${String(hour).padStart(2, '0')}:00`,
      end: `${day}T${String(hour + 2).padStart(2, '0')}:00`,
      allDay: false,
      placeId: visit?.placeId ?? random.pick(placeIds),
      venue: random.pick([
        'Дом культуры',
        'Сельская библиотека',
        'Актовый зал акимата',
        'Средняя школа',
        'Колледж',
        'Дом дружбы',
      ]),
      organiserAgencyIds: [toDirectoryItemId(directoryItemId('agency', 'internal_policy'))],
      organiserPersonIds: [],
      associationIds:
        associations.length > 0 && random.chance(0.5)
          ? random.sample(associations, random.int(1, 3)).map((a) => a.id)
          : [],
      audienceCodes: random.sample(AUDIENCES, random.int(1, 2)),
      plannedParticipants: planned,
      status,
      links: [],
      attachmentIds: [],
    };
    if (status === 'held') {
      event.actualParticipants = Math.max(5, planned + random.int(-30, 40));
      event.result = 'Проведено в соответствии с планом, вопросы жителей зафиксированы.';
    }
    if (status === 'postponed' || status === 'cancelled') event.statusReason = 'Погодные условия';
    return event;
  });
}

function eventTitle(typeCode: (typeof EVENT_TYPES)[number]): string {
  const titles: Record<(typeof EVENT_TYPES)[number], string> = {
    residents_meeting: 'Встреча с жителями села',
    seminar: 'Семинар по укреплению межэтнического согласия',
    round_table: 'Круглый стол «Бірлігіміз жарасқан»',
    training: 'Тренинг для государственных служащих по этномедиации',
    focus_group: 'Фокус-групповое исследование общественного мнения',
    dialogue_platform: 'Открытая диалоговая площадка',
    cultural: 'Праздник дружбы народов',
    sports: 'Спортивный турнир «Достық»',
    literary: 'Литературный карнавал в сельской библиотеке',
    raid: 'Рейдовое мероприятие',
    master_class: 'Мастер-класс по этномедиации',
    team_building: 'Тимбилдинг со студентами колледжа',
    reception_day: 'Приём граждан по личным вопросам',
    probation_meeting: 'Встреча с состоящими на учёте пробации',
  };
  return titles[typeCode];
}

function buildReceptions(
  random: SeededRandom,
  base: Base,
  peopleCount: number,
  visits: readonly Visit[],
  officials: readonly Person[],
  citizens: readonly Person[],
  placeIds: readonly PlaceId[],
  today: IsoDate,
): Reception[] {
  const count = Math.max(30, Math.round(peopleCount / 2));
  // Some people come again: a small pool of frequent visitors takes a share of receptions.
  const frequent = citizens.slice(0, Math.max(3, Math.round(citizens.length * 0.02)));
  return Array.from({ length: count }, () => {
    const visit = random.chance(0.5) ? random.pick(visits) : undefined;
    const date = visit ? addDays(visit.start, random.int(0, 2)) : addDays(today, -random.int(0, 365));
    const citizen = random.chance(0.15) ? random.pick(frequent) : random.pick(citizens);
    const topicCode = random.weighted(TOPICS);
    const outcome = random.weighted(OUTCOMES);
    const reception: Reception = {
      id: toReceptionId(random.uuid()),
      ...base,
      date,
      placeId: visit?.placeId ?? citizen.placeId ?? random.pick(placeIds),
      ...(visit ? { visitId: visit.id } : {}),
      officialId: random.pick(officials).id,
      citizenId: citizen.id,
      topicCode,
      summary: 'Обращение по личному вопросу',
      outcome,
      confidential: topicCode === 'religion' ? random.chance(0.5) : false,
    };
    if (outcome === 'helped') reception.helpText = 'Оказано содействие в оформлении документов';
    if (outcome === 'referred')
      reception.referredToAgencyId = toDirectoryItemId(directoryItemId('agency', random.pick(GROUP_AGENCIES)));
    if (outcome === 'declined') reception.declineReason = 'Вопрос вне компетенции местных органов';
    if (outcome === 'control') {
      const deadline = addDays(date, 21);
      const closed = deadline < today && random.chance(0.8);
      reception.control = {
        responsibleBody: 'Аппарат акима сельского округа',
        deadline,
        history: [],
        ...(closed ? { closedOn: addDays(date, random.int(5, 20)), resolution: 'Вопрос решён' } : {}),
      };
      if (!closed) reception.openControlDue = deadline;
    }
    return reception;
  });
}
