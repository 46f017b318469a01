import { generateDemoData, type DemoPlace } from '../demo/generate';
import type { Period } from '../events/period';
import { composeIin } from '../identity/iin';
import {
  toAssociationId,
  toDirectoryItemId,
  toEthnicGroupId,
  toEventId,
  toPersonId,
  toPlaceId,
  toReceptionId,
  toReceptionSessionId,
  type Brand,
  type PlaceId,
} from '../model/ids';
import type { EventStatus, IsoDate, LocalDateTime, Sex } from '../model/records';
import type {
  DashboardAssociation,
  DashboardData,
  DashboardEvent,
  DashboardMembership,
  DashboardPerson,
  DashboardReception,
} from './data';
import type { FigureName } from './rules';

// For tests of the dashboard and of the forms filled from it: the day they are seen on, the places
// of the district, builders of the records the dashboard counts, and generated districts.

export const TODAY = '2026-11-21';
export const NOVEMBER: Period = { from: '2026-11-01', to: '2026-11-30' };
export const Q3: Period = { from: '2026-07-01', to: '2026-09-30' };
/** Кордайский район. */
export const KORDAI = '314800000';

/** The district of a КАТО code by its first four digits, which holds for every code of these tests. */
export const districtOf = (placeId: string | undefined) => (placeId ? `${placeId.slice(0, 4)}00000` : '');

/** Two villages of Кордайский район, in different okrugs, and one of Т. Рыскуловский район. */
export const demoPlaces: readonly DemoPlace[] = [
  { id: toPlaceId('314839100'), nameRu: 'с.Каракемер', nameKk: 'Қаракемер а.' },
  { id: toPlaceId('314830100'), nameRu: 'с.Кордай', nameKk: 'Қордай а.' },
  { id: toPlaceId('315430100'), nameRu: 'с.Толе би', nameKk: 'Төле би а.' },
];

/** Every figure of the dashboard. */
export const figureNames = [
  'eventsHeld',
  'eventsPlanned',
  'eventsUnrecorded',
  'participants',
  'receptions',
  'helped',
  'takenUnderControl',
  'underControl',
  'overdue',
  'associations',
  'members',
] as const satisfies readonly FigureName[];

/** A valid IIN of someone born on the day: the first serial whose check digit works out. */
export function iinFor(birthDate: IsoDate, sex: Sex): string {
  for (let serial = 1; ; serial++) {
    const iin = composeIin(birthDate, sex, serial);
    if (iin) return iin;
  }
}

/** A record's other fields as a test writes them: keys as plain strings, which the builders brand. */
type Written<T> = { [K in keyof T]?: T[K] extends Brand<string, string> | undefined ? string | undefined : T[K] };

const branded = <Id>(toId: (value: string) => Id, value: string | undefined) =>
  value === undefined ? undefined : toId(value);

/** Events, receptions and associations lie in Каракемер unless the test names another place, or none. */
function placeOf(fields: { placeId?: string | undefined }): PlaceId | undefined {
  return branded(toPlaceId, 'placeId' in fields ? fields.placeId : '314839100');
}

/** A seminar in Каракемер. */
export function anEvent(
  id: string,
  start: LocalDateTime,
  status: EventStatus,
  fields: Written<Omit<DashboardEvent, 'id' | 'start' | 'status'>> = {},
): DashboardEvent {
  const { projectId, directionId, ...rest } = fields;
  return {
    typeCode: 'seminar',
    ...rest,
    ...(projectId ? { projectId: toDirectoryItemId(projectId) } : {}),
    ...(directionId ? { directionId: toDirectoryItemId(directionId) } : {}),
    id: toEventId(id),
    start,
    status,
    placeId: placeOf(fields),
  };
}

/** An open reception about housing in Каракемер, answered with an explanation. */
export function aReception(
  id: string,
  date: IsoDate,
  fields: Written<Omit<DashboardReception, 'id' | 'date'>> = {},
): DashboardReception {
  return {
    topicCode: 'housing',
    outcome: 'explained',
    confidential: false,
    ...fields,
    id: toReceptionId(id),
    date,
    placeId: placeOf(fields),
    sessionId: fields.sessionId === undefined ? undefined : toReceptionSessionId(fields.sessionId),
  };
}

/** An active association in Каракемер, with no founding or registration date. */
export function anAssociation(
  id: string,
  fields: Written<Omit<DashboardAssociation, 'id'>> = {},
): DashboardAssociation {
  return { status: 'active', ...fields, id: toAssociationId(id), placeId: placeOf(fields) };
}

export function aMembership(
  personId: string,
  associationId: string,
  fields: Written<Omit<DashboardMembership, 'personId' | 'associationId'>> = {},
): DashboardMembership {
  return { ...fields, personId: toPersonId(personId), associationId: toAssociationId(associationId) };
}

export function aPerson(id: string, fields: Written<Omit<DashboardPerson, 'id'>> = {}): DashboardPerson {
  return { ...fields, id: toPersonId(id), ethnicGroupId: branded(toEthnicGroupId, fields.ethnicGroupId) };
}

/** The demo generator's records for so many people in `demoPlaces`, as the dashboard reads them. */
export function generatedDistrict(people: number): DashboardData {
  const demo = generateDemoData({ people, places: demoPlaces, today: TODAY });
  return {
    events: demo.events,
    receptions: demo.receptions,
    associations: demo.associations,
    memberships: demo.memberships,
    members: demo.people,
  };
}

/**
 * The same generated district's registers the dashboard does not count, with its full events: field
 * visits, tension risks, mediation cases and the settlements' population.
 */
export function generatedRegisters(people: number) {
  const demo = generateDemoData({ people, places: demoPlaces, today: TODAY });
  return {
    events: demo.events,
    visits: demo.visits,
    risks: demo.tensionRisks,
    mediationCases: demo.mediationCases,
    population: demo.population,
  };
}

/** The records with every n-th one changed, the first included: a share of generated data made an edge case. */
export const changeEvery = <T>(records: readonly T[], n: number, change: (record: T) => T): T[] =>
  records.map((record, at) => (at % n === 0 ? change(record) : record));

export const markConfidential = (reception: DashboardReception) => ({ ...reception, confidential: true });

export const leaveInJune = (membership: DashboardMembership) => ({ ...membership, leftOn: '2026-06-15' });

const markDeleted = <T>(record: T) => ({ ...record, deletedAt: 'x' });

/**
 * A generated district with some of everything the rules look at: deleted events and receptions,
 * members who left in June, people whose IIN was lost or mistyped.
 */
export function untidyDistrict(people: number): DashboardData {
  const district = generatedDistrict(people);
  return {
    events: changeEvery(district.events, 50, markDeleted),
    receptions: changeEvery(district.receptions, 70, markDeleted),
    associations: district.associations,
    memberships: changeEvery(district.memberships, 9, leaveInJune),
    members: district.members.map((person, at) =>
      at % 13 === 0
        ? { ...person, iin: undefined }
        : at % 17 === 0
          ? { ...person, iin: `${person.iin?.slice(0, 11)}x` }
          : person,
    ),
  };
}
