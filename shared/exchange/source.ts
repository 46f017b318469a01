import { inPeriod, periodBounds, type Period } from '../events/period';
import type { Named } from '../export/columns';
import type { PersonId } from '../model/ids';
import type {
  Association,
  Council,
  DirectoryItem,
  EthnicGroup,
  KelisimEvent,
  MediationCase,
  Membership,
  Person,
  Publication,
  ReceptionSession,
  Place,
  Reception,
  TensionRisk,
  Visit,
  WorkingGroup,
} from '../model/records';
import { exportableRecords } from '../monitoring/confidential';
import { compareText } from '../text/collator';
import type { PackageSource } from './build';
import type { MemberEntry } from './sheets/members';

/**
 * What a package of a period is made of, as two places read it: a district's own database
 * (collectPackageData, through the repositories, with what the session may open) and the oblast's
 * copy of a district's database pulled from the server (districtPackageSource). Both end here, so
 * that the oblast consolidates a pulled district with exactly the rules of the package it would
 * have sent.
 */
export interface SourceRecords {
  /** Every association; deleted ones are left out here. */
  associations: readonly Association[];
  members: readonly MemberEntry[];
  /** The period's live events. */
  events: readonly KelisimEvent[];
  /** Live visits of any period; those of the period are kept here. */
  visits: readonly Visit[];
  /** The period's receptions that are handed over, and how many confidential ones were not. */
  receptions: readonly Reception[];
  withheldReceptions: number;
  /** The period's publications (collectPackageData reads them); none when not given. */
  publications?: readonly Publication[];
  /** The period's mass receptions; none when not given. */
  sessions?: readonly ReceptionSession[];
  risks: readonly TensionRisk[];
  mediationCases: readonly MediationCase[];
  /** Every council; deleted ones are left out here. */
  councils: readonly Council[];
  /** The people the package names (personIdsNamed), by whatever else they were read with. */
  people: readonly Person[];
  places: readonly Pick<Place, 'id' | 'nameRu' | 'nameKk'>[];
  ethnicGroups: readonly EthnicGroup[];
  directories: readonly DirectoryItem[];
  workingGroups: readonly WorkingGroup[];
}

/** The people a package names: chairmen, citizens and officials of receptions, risk responsibles, mediators. */
export function personIdsNamed(
  records: Pick<SourceRecords, 'associations' | 'receptions' | 'risks' | 'mediationCases'>,
): PersonId[] {
  const ids = new Set<PersonId>();
  for (const association of records.associations)
    if (!association.deletedAt && association.chairmanId) ids.add(association.chairmanId);
  for (const reception of records.receptions) {
    if (reception.citizenId) ids.add(reception.citizenId);
    if (reception.officialId) ids.add(reception.officialId);
  }
  for (const risk of records.risks) if (risk.responsiblePersonId) ids.add(risk.responsiblePersonId);
  for (const item of records.mediationCases) if (item.mediatorId) ids.add(item.mediatorId);
  return [...ids];
}

export function packageSource(
  profile: PackageSource['profile'],
  period: Period,
  records: SourceRecords,
): PackageSource {
  const directory = (kind: DirectoryItem['kind'], by: 'code' | 'id') =>
    new Map<string, Named>(records.directories.filter((item) => item.kind === kind).map((item) => [item[by], item]));
  return {
    profile,
    period,
    associations: records.associations.filter((association) => !association.deletedAt),
    members: records.members,
    events: records.events,
    visits: records.visits.filter((visit) => inPeriod(visit.start, period)),
    receptions: records.receptions,
    withheldReceptions: records.withheldReceptions,
    publications: records.publications ?? [],
    sessions: records.sessions ?? [],
    risks: records.risks,
    mediationCases: records.mediationCases,
    councils: records.councils.filter((council) => !council.deletedAt),
    lookups: {
      places: new Map(records.places.map((place) => [place.id as string, place])),
      ethnicGroups: new Map(records.ethnicGroups.map((group) => [group.id as string, group])),
      legalForms: directory('legal_form', 'code'),
      eventTypes: directory('event_type', 'code'),
      directions: directory('direction', 'id'),
      topics: directory('reception_topic', 'code'),
      agencies: directory('agency', 'id'),
      workingGroups: new Map(records.workingGroups.map((group) => [group.id as string, group])),
      people: new Map(records.people.map((person) => [person.id as string, person])),
    },
  };
}

/** A district's records as they rest on the server: confidential content sealed under a key the oblast does not hold. */
export interface DistrictTables {
  people: readonly Person[];
  associations: readonly Association[];
  memberships: readonly Membership[];
  events: readonly KelisimEvent[];
  visits: readonly Visit[];
  receptions: readonly Reception[];
  councils: readonly Council[];
  workingGroups: readonly WorkingGroup[];
  /** Every publication and mass reception; the sheets keep the live ones of the period. */
  publications: readonly Publication[];
  receptionSessions: readonly ReceptionSession[];
  /** Only the places, entries and groups the district added or changed travel; the rest is the oblast's own. */
  places: readonly Place[];
  ethnicGroups: readonly EthnicGroup[];
  directories: readonly DirectoryItem[];
}

/** The tables of a district's database that a package is made of. */
export const DISTRICT_SOURCE_TABLES = [
  'people',
  'associations',
  'memberships',
  'events',
  'visits',
  'receptions',
  'councils',
  'workingGroups',
  'publications',
  'receptionSessions',
  'places',
  'ethnicGroups',
  'directories',
] as const satisfies readonly (keyof DistrictTables)[];

/** The oblast's own reference data, which the district's changes overlay. */
export type Reference = Pick<DistrictTables, 'places' | 'ethnicGroups' | 'directories'>;

const overlay = <T extends { id: unknown }>(base: readonly T[], own: readonly T[]): T[] => [
  ...new Map([...base, ...own].map((item) => [item.id, item])).values(),
];

/**
 * The package source of a period from a district's database as the oblast reads it: the same
 * selection as the district's own collectPackageData (live associations and their current members,
 * the period's live events, visits and receptions), with every confidential reception withheld and
 * counted, since its content is sealed under the district's key; monitoring, confidential by
 * default, stays out.
 */
export function districtPackageSource(
  tables: DistrictTables,
  reference: Reference,
  profile: PackageSource['profile'],
  period: Period,
): PackageSource {
  const live = new Set(tables.associations.filter((item) => !item.deletedAt).map((item) => item.id));
  const people = new Map(tables.people.map((person) => [person.id, person]));
  const members = tables.memberships
    .filter((membership) => !membership.deletedAt && !membership.leftOn && live.has(membership.associationId))
    .flatMap((membership) => {
      const person = people.get(membership.personId);
      return person && !person.deletedAt ? [{ membership, person }] : [];
    })
    .sort((a, b) => compareText(a.person.surname, b.person.surname));
  const [from, until] = periodBounds(period);
  const events = tables.events.filter((event) => !event.deletedAt && event.start >= from && event.start < until);
  const ofPeriod = tables.receptions.filter((item) => item.date >= from.slice(0, 10) && item.date < until.slice(0, 10));
  const receptions = exportableRecords(ofPeriod, false);
  // In the order the district's own package lists them (receptionsInPeriod): the latest first.
  receptions.rows.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  const named = personIdsNamed({
    associations: tables.associations,
    receptions: receptions.rows,
    risks: [],
    mediationCases: [],
  });
  return packageSource(profile, period, {
    associations: tables.associations,
    members,
    events,
    visits: tables.visits.filter((visit) => !visit.deletedAt),
    receptions: receptions.rows,
    withheldReceptions: receptions.leftOut,
    publications: tables.publications,
    sessions: tables.receptionSessions,
    risks: [],
    mediationCases: [],
    councils: tables.councils,
    people: named.flatMap((id) => people.get(id) ?? []),
    places: overlay(reference.places, tables.places),
    ethnicGroups: overlay(reference.ethnicGroups, tables.ethnicGroups),
    directories: overlay(reference.directories, tables.directories),
    workingGroups: tables.workingGroups,
  });
}
