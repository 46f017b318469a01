import type {
  DashboardAssociation,
  DashboardData,
  DashboardEvent,
  DashboardMembership,
  DashboardPerson,
  DashboardReception,
  DashboardSession,
} from '@shared/dashboard/data';
import { CONFIDENTIAL_TOPIC } from '@shared/dashboard/data';
import { toPersonId } from '@shared/model/ids';
import type { Reception } from '@shared/model/records';
import type { Table } from 'dexie';
import { allows, authorize, type Scope } from '../access';

/** Copies the fields that are set, so a projection carries no empty keys and no references to the record. */
function pick<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  const result = {} as Pick<T, K>;
  for (const key of keys) if (record[key] !== undefined) result[key] = record[key];
  return result;
}

const EVENT_FIELDS = [
  'id',
  'start',
  'end',
  'status',
  'typeCode',
  'projectId',
  'directionId',
  'placeId',
  'actualParticipants',
  'plannedParticipants',
] as const satisfies readonly (keyof DashboardEvent)[];
const RECEPTION_FIELDS = [
  'id',
  'date',
  'topicCode',
  'outcome',
  'placeId',
  'confidential',
  'sessionId',
] as const satisfies readonly (keyof DashboardReception)[];
const SESSION_FIELDS = [
  'id',
  'date',
  'placeId',
  'received',
  'byTopic',
  'byOutcome',
] as const satisfies readonly (keyof DashboardSession)[];
const ASSOCIATION_FIELDS = [
  'id',
  'placeId',
  'status',
  'foundedOn',
  'registeredOn',
] as const satisfies readonly (keyof DashboardAssociation)[];
const MEMBERSHIP_FIELDS = [
  'associationId',
  'personId',
  'joinedOn',
  'leftOn',
] as const satisfies readonly (keyof DashboardMembership)[];
const PERSON_FIELDS = [
  'id',
  'iin',
  'birthDate',
  'sex',
  'ethnicGroupId',
] as const satisfies readonly (keyof DashboardPerson)[];

function receptionProjection(reception: Reception, mayKnowTopic: boolean): DashboardReception {
  const projected: DashboardReception = pick(reception, RECEPTION_FIELDS);
  if (reception.confidential && !mayKnowTopic) projected.topicCode = CONFIDENTIAL_TOPIC;
  if (reception.control)
    projected.control = reception.control.closedOn
      ? { deadline: reception.control.deadline, closedOn: reception.control.closedOn }
      : { deadline: reception.control.deadline };
  return projected;
}

const live = <T extends { deletedAt?: string }>(record: T) => !record.deletedAt;

/** Records read per request: small enough that a screen's own query never waits long behind one. */
const PAGE = 4_000;

/**
 * A whole table in pages by primary key, each page its own read, so that the queries of a screen
 * opened meanwhile (the calendar, a card) run between the pages instead of after the whole table.
 */
async function readInPages<T extends { id: string; deletedAt?: string }, K, I, R>(
  table: Table<T, K, I>,
  project: (row: T) => R,
  pageSize: number,
): Promise<R[]> {
  const result: R[] = [];
  let last: string | undefined;
  for (;;) {
    const page =
      last === undefined
        ? await table.orderBy(':id').limit(pageSize).toArray()
        : await table.where(':id').above(last).limit(pageSize).toArray();
    for (const row of page) if (live(row)) result.push(project(row));
    const tail = page[page.length - 1];
    if (page.length < pageSize || !tail) return result;
    last = tail.id;
  }
}

/**
 * What the dashboard counts, read once: every live event, reception, mass reception, association and membership
 * with only the fields it counts by, and of the people only the members (read by key), for the
 * charts by ethnos, age and sex. The records themselves are dropped as soon as they are projected.
 * The dashboard then recomputes in memory (computeDashboard) for any period and place.
 */
export async function loadDashboardData(scope: Scope, pageSize = PAGE): Promise<DashboardData> {
  authorize(scope, 'view');
  const { db } = scope;
  const events = await readInPages(db.events, (row) => pick(row, EVENT_FIELDS), pageSize);
  // Counted for everyone, but under their real topic only for those allowed confidential records.
  const mayKnowTopic = allows(scope.actor, 'view-confidential');
  const receptions = await readInPages(db.receptions, (row) => receptionProjection(row, mayKnowTopic), pageSize);
  const sessions = await readInPages(db.receptionSessions, (row) => pick(row, SESSION_FIELDS), pageSize);
  const associations = await readInPages(db.associations, (row) => pick(row, ASSOCIATION_FIELDS), pageSize);
  const memberships = await readInPages(db.memberships, (row) => pick(row, MEMBERSHIP_FIELDS), pageSize);
  const memberIds = [...new Set(memberships.map((membership) => membership.personId))];
  const members: DashboardPerson[] = [];
  for (let start = 0; start < memberIds.length; start += pageSize) {
    const people = await db.people.bulkGet(memberIds.slice(start, start + pageSize).map(toPersonId));
    for (const person of people) if (person && !person.deletedAt) members.push(pick(person, PERSON_FIELDS));
  }
  return { events, receptions, sessions, associations, memberships, members };
}
