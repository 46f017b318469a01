import type {
  Association,
  KelisimEvent,
  Membership,
  Person,
  Reception,
  ReceptionControl,
  ReceptionSession,
} from '../model/records';

/**
 * What the dashboard is computed from: the few fields of each register it counts by, loaded once
 * (renderer/src/db/repositories/dashboard.ts) and recomputed in memory whenever the period or the
 * place changes. Each type is a subset of the stored record, so whole records (the demo generator's,
 * a test's) serve as well. Treat it as immutable: computeDashboard indexes it once per object.
 */
export type DashboardEvent = Pick<
  KelisimEvent,
  | 'id'
  | 'start'
  | 'end'
  | 'status'
  | 'typeCode'
  | 'projectId'
  | 'directionId'
  | 'placeId'
  | 'actualParticipants'
  | 'plannedParticipants'
  | 'deletedAt'
>;

/**
 * The topic a confidential reception is counted under for someone without the right to confidential
 * records: its real topic (religion, probation) would tell them what the matter was.
 */
export const CONFIDENTIAL_TOPIC = 'confidential';

export type DashboardReception = Pick<
  Reception,
  'id' | 'date' | 'topicCode' | 'outcome' | 'placeId' | 'confidential' | 'deletedAt' | 'sessionId'
> & {
  control?: Pick<ReceptionControl, 'deadline' | 'closedOn'>;
};

/** A mass reception recorded as totals (shared/receptions/sessions.ts counts it with its linked receptions). */
export type DashboardSession = Pick<
  ReceptionSession,
  'id' | 'date' | 'placeId' | 'received' | 'byTopic' | 'byOutcome' | 'deletedAt'
>;

export type DashboardAssociation = Pick<
  Association,
  'id' | 'placeId' | 'status' | 'foundedOn' | 'registeredOn' | 'deletedAt'
>;

export type DashboardMembership = Pick<Membership, 'associationId' | 'personId' | 'joinedOn' | 'leftOn' | 'deletedAt'>;

/** A member, for the charts by ethnos, age band and sex. */
export type DashboardPerson = Pick<Person, 'id' | 'iin' | 'birthDate' | 'sex' | 'ethnicGroupId' | 'deletedAt'>;

export interface DashboardData {
  events: readonly DashboardEvent[];
  receptions: readonly DashboardReception[];
  /** Mass receptions; absent in data loaded before they existed, then nothing is added. */
  sessions?: readonly DashboardSession[];
  associations: readonly DashboardAssociation[];
  /** Current and former memberships: who was a member at the end of an earlier period counts then. */
  memberships: readonly DashboardMembership[];
  /** The people the memberships name; nobody else is needed. */
  members: readonly DashboardPerson[];
}
