import { eventStatuses, receptionOutcomes, type IsoDate } from '../model/records';
import { sessionFigures } from '../receptions/sessions';
import type { DashboardData } from './data';
import { personFacts, sexKeys } from './demographics';

/**
 * A day as the number YYYYMMDD, read from the first ten characters of a date or a local date-time;
 * 0 when there is none. Numbers compare like the dates, and the difference of two of them divided
 * by 10,000 is the number of full years between them.
 */
export function dayNumber(value: string | undefined): number {
  if (!value || value.length < 10) return 0;
  const digit = (at: number) => value.charCodeAt(at) - 48;
  return (
    digit(0) * 10_000_000 +
    digit(1) * 1_000_000 +
    digit(2) * 100_000 +
    digit(3) * 10_000 +
    digit(5) * 1000 +
    digit(6) * 100 +
    digit(8) * 10 +
    digit(9)
  );
}

/** Strings replaced by small numbers, so that counting by them is array indexing. */
class Interner {
  readonly keys: string[] = [];
  private readonly numbers = new Map<string, number>();

  constructor(first?: string) {
    if (first !== undefined) this.of(first);
  }

  of(key: string): number {
    let number = this.numbers.get(key);
    if (number === undefined) {
      number = this.keys.length;
      this.keys.push(key);
      this.numbers.set(key, number);
    }
    return number;
  }
}

export const HELD = eventStatuses.indexOf('held');
export const PLANNED = eventStatuses.indexOf('planned');
export const HELPED = receptionOutcomes.indexOf('helped');
export const CONTROL = receptionOutcomes.indexOf('control');

/**
 * The dashboard's data laid out as columns of numbers, built once per loaded data: every later
 * recomputation is plain loops over typed arrays, with no string work and no allocation per record.
 * Deleted records are left out here; place 0 is "no place" and ethnos 0 is "not stated".
 */
export interface DashboardIndex {
  today: IsoDate;
  places: readonly string[];
  types: readonly string[];
  /** Directory item ids; 0 is "none". */
  directions: readonly string[];
  projects: readonly string[];
  topics: readonly string[];
  ethnicGroups: readonly string[];

  eventIds: readonly string[];
  eventDay: Int32Array;
  /** The last day (the end's, else the start's): a planned event past it has no result recorded. */
  eventLastDay: Int32Array;
  eventPlace: Int32Array;
  eventStatus: Uint8Array;
  eventType: Int32Array;
  eventDirection: Int32Array;
  eventProject: Int32Array;
  eventParticipants: Float64Array;

  receptionIds: readonly string[];
  receptionDay: Int32Array;
  receptionPlace: Int32Array;
  receptionTopic: Int32Array;
  receptionOutcome: Uint8Array;
  receptionConfidential: Uint8Array;
  /** 0 when the reception was not taken under control. */
  controlDeadline: Int32Array;
  /** 0 while the control item is open. */
  controlClosed: Int32Array;
  /** 1 when the reception is counted in its mass reception's totals, not on its own. */
  receptionInSession: Uint8Array;

  /** Live mass receptions, each counted by sessionFigures with its linked receptions. */
  sessionIds: readonly string[];
  sessionDay: Int32Array;
  sessionPlace: Int32Array;
  sessionReceived: Float64Array;
  /** Per session, the count of each outcome in receptionOutcomes order (session × outcomes). */
  sessionOutcomes: Float64Array;
  /** Per session, [topic index, count] pairs. */
  sessionTopics: readonly (readonly (readonly [number, number])[])[];

  associationIds: readonly string[];
  associationPlace: Int32Array;
  associationActive: Uint8Array;
  /** The day it was founded (or registered); 0 when unknown, and then it always counts. */
  associationSince: Int32Array;

  membershipAssociation: Int32Array;
  membershipPerson: Int32Array;
  membershipJoined: Int32Array;
  /** 0 for a member who has not left. */
  membershipLeft: Int32Array;

  personIds: readonly string[];
  personBirth: Int32Array;
  /** Index into sexKeys. */
  personSex: Uint8Array;
  personEthnos: Int32Array;
}

const indexes = new WeakMap<DashboardData, DashboardIndex>();

/** The index of a loaded data set, built on first use and kept while the data object lives. */
export function dashboardIndex(data: DashboardData, today: IsoDate): DashboardIndex {
  const known = indexes.get(data);
  if (known && known.today === today) return known;
  const built = buildIndex(data, today);
  indexes.set(data, built);
  return built;
}

function buildIndex(data: DashboardData, today: IsoDate): DashboardIndex {
  const places = new Interner('');
  const types = new Interner();
  const directions = new Interner('');
  const projects = new Interner('');
  const topics = new Interner();
  const ethnicGroups = new Interner('');
  const placeOf = (placeId: string | undefined) => places.of(placeId ?? '');

  const events = data.events.filter((event) => !event.deletedAt);
  const eventDay = new Int32Array(events.length);
  const eventLastDay = new Int32Array(events.length);
  const eventPlace = new Int32Array(events.length);
  const eventStatus = new Uint8Array(events.length);
  const eventType = new Int32Array(events.length);
  const eventDirection = new Int32Array(events.length);
  const eventProject = new Int32Array(events.length);
  const eventParticipants = new Float64Array(events.length);
  events.forEach((event, at) => {
    eventDay[at] = dayNumber(event.start);
    eventLastDay[at] = dayNumber(event.end ?? event.start);
    eventPlace[at] = placeOf(event.placeId);
    eventStatus[at] = eventStatuses.indexOf(event.status);
    eventType[at] = types.of(event.typeCode);
    eventDirection[at] = directions.of(event.directionId ?? '');
    eventProject[at] = projects.of(event.projectId ?? '');
    // The participants an event counts with: the actual number once held (shared/events/totals.ts).
    eventParticipants[at] = event.status === 'held' ? (event.actualParticipants ?? 0) : 0;
  });

  const receptions = data.receptions.filter((reception) => !reception.deletedAt);
  const receptionDay = new Int32Array(receptions.length);
  const receptionPlace = new Int32Array(receptions.length);
  const receptionTopic = new Int32Array(receptions.length);
  const receptionOutcome = new Uint8Array(receptions.length);
  const receptionConfidential = new Uint8Array(receptions.length);
  const controlDeadline = new Int32Array(receptions.length);
  const controlClosed = new Int32Array(receptions.length);
  receptions.forEach((reception, at) => {
    receptionDay[at] = dayNumber(reception.date);
    receptionPlace[at] = placeOf(reception.placeId);
    receptionTopic[at] = topics.of(reception.topicCode);
    receptionOutcome[at] = receptionOutcomes.indexOf(reception.outcome);
    receptionConfidential[at] = reception.confidential ? 1 : 0;
    controlDeadline[at] = dayNumber(reception.control?.deadline);
    controlClosed[at] = dayNumber(reception.control?.closedOn);
  });

  const sessions = (data.sessions ?? []).filter((session) => !session.deletedAt);
  const sessionNumbers = new Map(sessions.map((session, at) => [session.id as string, at]));
  const receptionInSession = new Uint8Array(receptions.length);
  const linked = sessions.map((): DashboardData['receptions'][number][] => []);
  receptions.forEach((reception, at) => {
    const number = reception.sessionId === undefined ? undefined : sessionNumbers.get(reception.sessionId);
    if (number === undefined) return;
    receptionInSession[at] = 1;
    linked[number]?.push(reception);
  });
  const sessionDay = new Int32Array(sessions.length);
  const sessionPlace = new Int32Array(sessions.length);
  const sessionReceived = new Float64Array(sessions.length);
  const sessionOutcomes = new Float64Array(sessions.length * receptionOutcomes.length);
  const sessionTopics = sessions.map((session, at) => {
    const figures = sessionFigures(session, linked[at] ?? []);
    sessionDay[at] = dayNumber(session.date);
    sessionPlace[at] = placeOf(session.placeId);
    sessionReceived[at] = figures.received;
    receptionOutcomes.forEach((outcome, number) => {
      sessionOutcomes[at * receptionOutcomes.length + number] = figures.byOutcome[outcome];
    });
    return Object.entries(figures.byTopic).map(([topic, count]) => [topics.of(topic), count] as const);
  });

  const associations = data.associations.filter((association) => !association.deletedAt);
  const associationNumbers = new Map(associations.map((association, at) => [association.id as string, at]));
  const associationPlace = new Int32Array(associations.length);
  const associationActive = new Uint8Array(associations.length);
  const associationSince = new Int32Array(associations.length);
  associations.forEach((association, at) => {
    associationPlace[at] = placeOf(association.placeId);
    associationActive[at] = association.status === 'active' ? 1 : 0;
    associationSince[at] = dayNumber(association.foundedOn ?? association.registeredOn);
  });

  const people = data.members.filter((person) => !person.deletedAt);
  const personNumbers = new Map(people.map((person, at) => [person.id as string, at]));
  const personBirth = new Int32Array(people.length);
  const personSex = new Uint8Array(people.length);
  const personEthnos = new Int32Array(people.length);
  people.forEach((person, at) => {
    const facts = personFacts(person, today);
    personBirth[at] = dayNumber(facts.birthDate);
    personSex[at] = sexKeys.indexOf(facts.sex);
    personEthnos[at] = ethnicGroups.of(person.ethnicGroupId ?? '');
  });

  // A membership counts only with its association and its person both there and not deleted.
  const memberships = data.memberships.filter(
    (membership) =>
      !membership.deletedAt &&
      associationNumbers.has(membership.associationId) &&
      personNumbers.has(membership.personId),
  );
  const membershipAssociation = new Int32Array(memberships.length);
  const membershipPerson = new Int32Array(memberships.length);
  const membershipJoined = new Int32Array(memberships.length);
  const membershipLeft = new Int32Array(memberships.length);
  memberships.forEach((membership, at) => {
    membershipAssociation[at] = associationNumbers.get(membership.associationId) ?? -1;
    membershipPerson[at] = personNumbers.get(membership.personId) ?? -1;
    membershipJoined[at] = dayNumber(membership.joinedOn);
    membershipLeft[at] = dayNumber(membership.leftOn);
  });

  return {
    today,
    places: places.keys,
    types: types.keys,
    directions: directions.keys,
    projects: projects.keys,
    topics: topics.keys,
    ethnicGroups: ethnicGroups.keys,
    eventIds: events.map((event) => event.id),
    eventDay,
    eventLastDay,
    eventPlace,
    eventStatus,
    eventType,
    eventDirection,
    eventProject,
    eventParticipants,
    receptionIds: receptions.map((reception) => reception.id),
    receptionDay,
    receptionPlace,
    receptionTopic,
    receptionOutcome,
    receptionConfidential,
    controlDeadline,
    controlClosed,
    receptionInSession,
    sessionIds: sessions.map((session) => session.id),
    sessionDay,
    sessionPlace,
    sessionReceived,
    sessionOutcomes,
    sessionTopics,
    associationIds: associations.map((association) => association.id),
    associationPlace,
    associationActive,
    associationSince,
    membershipAssociation,
    membershipPerson,
    membershipJoined,
    membershipLeft,
    personIds: people.map((person) => person.id),
    personBirth,
    personSex,
    personEthnos,
  };
}
