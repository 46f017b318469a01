import type {
  DashboardAssociation,
  DashboardData,
  DashboardEvent,
  DashboardMembership,
  DashboardPerson,
  DashboardReception,
} from '@shared/dashboard/data';
import type { PersonId } from '@shared/model/ids';
import type { Association, KelisimEvent, Membership, Person, Reception } from '@shared/model/records';
import type { KelisimDb } from '../db';

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
] as const satisfies readonly (keyof DashboardReception)[];
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

function receptionProjection(reception: Reception): DashboardReception {
  const projected: DashboardReception = pick(reception, RECEPTION_FIELDS);
  if (reception.control)
    projected.control = reception.control.closedOn
      ? { deadline: reception.control.deadline, closedOn: reception.control.closedOn }
      : { deadline: reception.control.deadline };
  return projected;
}

const live = <T extends { deletedAt?: string }>(record: T) => !record.deletedAt;

/**
 * What the dashboard counts, read once: every live event, reception, association and membership
 * with only the fields it counts by, and of the people only the members (one bulk read by key),
 * for the charts by ethnos, age and sex. The records themselves are dropped as soon as they are
 * projected. The dashboard then recomputes in memory (computeDashboard) for any period and place.
 */
export async function loadDashboardData(db: KelisimDb): Promise<DashboardData> {
  return db.transaction('r', [db.events, db.receptions, db.associations, db.memberships, db.people], async () => {
    const [events, receptions, associations, memberships] = await Promise.all([
      db.events.toArray().then((rows: KelisimEvent[]) => rows.filter(live).map((row) => pick(row, EVENT_FIELDS))),
      db.receptions.toArray().then((rows: Reception[]) => rows.filter(live).map(receptionProjection)),
      db.associations
        .toArray()
        .then((rows: Association[]) => rows.filter(live).map((row) => pick(row, ASSOCIATION_FIELDS))),
      db.memberships
        .toArray()
        .then((rows: Membership[]) => rows.filter(live).map((row) => pick(row, MEMBERSHIP_FIELDS))),
    ]);
    const memberIds = [...new Set(memberships.map((membership) => membership.personId))];
    const people = await db.people.bulkGet(memberIds as PersonId[]);
    const members = people
      .filter((person): person is Person => person !== undefined && !person.deletedAt)
      .map((person) => pick(person, PERSON_FIELDS));
    return { events, receptions, associations, memberships, members };
  });
}
