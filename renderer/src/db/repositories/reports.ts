import { formatDate } from '@shared/dates/format';
import type { Period } from '@shared/events/period';
import { visitTotals } from '@shared/events/totals';
import { periodBounds } from '@shared/events/period';
import { computeDashboard } from '@shared/dashboard/compute';
import { coverageExport } from '@shared/export/coverage-report';
import { eventsHeldExport } from '@shared/export/event-exports';
import { appealsExport } from '@shared/export/appeal-exports';
import { informationExport } from '@shared/export/information-report';
import { publicationsExport } from '@shared/export/publication-exports';
import { receptionsExport } from '@shared/export/reception-exports';
import { associationsExport, membersExport, type ExportOptions } from '@shared/export/registry-exports';
import type { ExportTable } from '@shared/export/table';
import { visitsExport } from '@shared/export/visit-exports';
import type { PersonId } from '@shared/model/ids';
import type { IsoDate } from '@shared/model/records';
import { makeDistrictOf } from '@shared/places/district-of';
import { exportableRecords } from '@shared/monitoring/confidential';
import { countAppeals } from '@shared/receptions/appeal-counts';
import type { Language } from '@shared/i18n/languages';
import { nameIn } from '@shared/text/name-in';
import { authorize, type Scope } from '../access';
import { listAssociations } from './associations';
import { coverageOfPeriod } from './coverage';
import { loadDashboardData } from './dashboard';
import { allPlaces, listDirectory } from './directories';
import { eventsByIds, eventsInPeriod } from './events';
import { publicationsInPeriod } from './publications';
import { peopleByIds } from './people';
import { receptionsInPeriod } from './receptions';
import { allMemberEntries, registryLookups } from './registry-lookups';
import { listVisits, listWorkingGroups } from './working-groups';

export const reportKinds = [
  'information',
  'events',
  'receptions',
  'appeals',
  'visits',
  'associations',
  'members',
  'coverage',
  'publications',
] as const;
export type ReportKind = (typeof reportKinds)[number];

export interface ReportOptions extends ExportOptions {
  /** Confidential receptions go into a report only when the user includes them. */
  includeConfidential: boolean;
  today: IsoDate;
}

async function placeLookups(scope: Scope) {
  const places = await allPlaces(scope);
  return { places: new Map(places.map((place) => [place.id as string, place])), districtOf: makeDistrictOf(places) };
}

/** Visit labels the journal shows: "group · from–to", the group named in the report's language. */
async function visitLabels(scope: Scope, language: Language): Promise<Map<string, string>> {
  const [visits, groups] = await Promise.all([listVisits(scope), listWorkingGroups(scope)]);
  const groupName = new Map(groups.map((group) => [group.id as string, nameIn(language, group)]));
  return new Map(
    visits.map((visit) => [
      visit.id as string,
      `${groupName.get(visit.workingGroupId) ?? ''} · ${formatDate(visit.start)}–${formatDate(visit.end)}`,
    ]),
  );
}

/** The reception journal and summary of a period, as the receptions screen and the reports page save it. */
export async function receptionsReport(scope: Scope, period: Period, options: ReportOptions): Promise<ExportTable[]> {
  authorize(scope, 'view');
  // All the operator may see; the user's choice is applied by the export, with what was kept back counted.
  const { rows: all, hidden } = await receptionsInPeriod(scope, period, true);
  const included = exportableRecords(all, options.includeConfidential).rows;
  const personIds = new Set<PersonId>();
  for (const reception of included) {
    if (reception.citizenId) personIds.add(reception.citizenId);
    if (reception.officialId) personIds.add(reception.officialId);
  }
  const [people, places, topics, agencies, visits] = await Promise.all([
    peopleByIds(scope, [...personIds]),
    placeLookups(scope),
    listDirectory(scope, 'reception_topic'),
    listDirectory(scope, 'agency'),
    included.some((reception) => reception.visitId)
      ? visitLabels(scope, options.language)
      : Promise.resolve(new Map<string, string>()),
  ]);
  const lookups = {
    people: new Map(people.map((person) => [person.id as string, person])),
    places: places.places,
    topics: new Map(topics.map((item) => [item.code, item])),
    agencies: new Map(agencies.map((item) => [item.id as string, item])),
    visits,
    districtOf: places.districtOf,
    today: options.today,
  };
  // Every session: a reception of the period may belong to one held before it, and counts with it there.
  const sessions = await scope.db.receptionSessions.toArray();
  return receptionsExport(all, lookups, period, { ...options, withheld: hidden, sessions });
}

/**
 * Appeals of the period by type, channel and result, the repeated and collective apart. Every
 * reception counts, confidential ones too, whoever asks: the figures are read from fields kept in
 * clear and only numbers leave, as with the dashboard and the header.
 */
export async function appealsReport(scope: Scope, period: Period, options: ReportOptions): Promise<ExportTable[]> {
  authorize(scope, 'view');
  const [from, to] = periodBounds(period);
  const rows = await scope.db.receptions
    .where('date')
    .between(from.slice(0, 10), to.slice(0, 10), true, false)
    .toArray();
  return [appealsExport(countAppeals(rows), period, options)];
}

export async function eventsReport(scope: Scope, period: Period, options: ReportOptions): Promise<ExportTable[]> {
  const [events, places, types, directions] = await Promise.all([
    eventsInPeriod(scope, period),
    placeLookups(scope),
    listDirectory(scope, 'event_type'),
    listDirectory(scope, 'direction'),
  ]);
  return eventsHeldExport(
    events,
    {
      places: places.places,
      districtOf: places.districtOf,
      eventTypes: new Map(types.map((item) => [item.code, item])),
      directions: new Map(directions.map((item) => [item.id as string, item])),
    },
    period,
    options,
  );
}

/** Field visits that start in the period, each with its events and receptions summed up. */
export async function visitsReport(scope: Scope, period: Period, options: ReportOptions): Promise<ExportTable[]> {
  const [visits, groups, places] = await Promise.all([
    listVisits(scope),
    listWorkingGroups(scope),
    placeLookups(scope),
  ]);
  const groupName = new Map(groups.map((group) => [group.id as string, nameIn(options.language, group)]));
  const inPeriod = visits.filter((visit) => visit.start >= period.from && visit.start <= period.to);
  const entries = await Promise.all(
    inPeriod.map(async (visit) => {
      const [events, receptions, sessions] = await Promise.all([
        scope.db.events.where('visitId').equals(visit.id).toArray(),
        scope.db.receptions.where('visitId').equals(visit.id).toArray(),
        scope.db.receptionSessions.where('visitId').equals(visit.id).toArray(),
      ]);
      return {
        visit,
        groupName: groupName.get(visit.workingGroupId) ?? '',
        totals: visitTotals(
          events.filter((event) => !event.deletedAt),
          receptions.filter((reception) => !reception.deletedAt),
          sessions,
        ),
      };
    }),
  );
  return [visitsExport(entries, places, period, options)];
}

/** The period's figures against the period before, and its main events. */
export async function informationReport(scope: Scope, period: Period, options: ReportOptions): Promise<ExportTable[]> {
  const [data, events, places, types] = await Promise.all([
    loadDashboardData(scope),
    eventsInPeriod(scope, period),
    placeLookups(scope),
    listDirectory(scope, 'event_type'),
  ]);
  // Figures count every reception, confidential ones too: a number tells nothing of what was asked,
  // and the same period then reads the same here, on the dashboard and in the header.
  const figures = computeDashboard(data, period, {}, options.today, places.districtOf);
  return informationExport(
    figures,
    events,
    { places: places.places, eventTypes: new Map(types.map((item) => [item.code, item])) },
    options,
  );
}

/** The coverage of the population by village, remote villages apart, and by project, direction and audience. */
export async function coverageReport(scope: Scope, period: Period, options: ReportOptions): Promise<ExportTable[]> {
  const [coverage, places, projects, directions, audiences] = await Promise.all([
    coverageOfPeriod(scope, period),
    placeLookups(scope),
    listDirectory(scope, 'project'),
    listDirectory(scope, 'direction'),
    listDirectory(scope, 'audience'),
  ]);
  const byId = (items: readonly { id: string; nameRu: string; nameKk: string }[]) =>
    new Map(items.map((item) => [item.id, item]));
  return coverageExport(
    coverage,
    {
      places: places.places,
      projects: byId(projects),
      directions: byId(directions),
      audiences: new Map(audiences.map((item) => [item.code, item])),
    },
    options,
  );
}

/** The publications of the period, listed and totalled by outlet type and language. */
export async function publicationsReport(scope: Scope, period: Period, options: ReportOptions): Promise<ExportTable[]> {
  const publications = await publicationsInPeriod(scope, period);
  const linked = [
    ...new Set(publications.flatMap((publication) => (publication.eventId ? [publication.eventId] : []))),
  ];
  const events = await eventsByIds(scope, linked);
  const titles = new Map(events.map((event) => [event.id as string, nameIn(options.language, event)]));
  return publicationsExport(publications, (id) => titles.get(id) ?? '', period, options);
}

/** Any standard report for a period, as the sheets of one workbook. */
export async function buildStandardReport(
  scope: Scope,
  kind: ReportKind,
  period: Period,
  options: ReportOptions,
): Promise<ExportTable[]> {
  switch (kind) {
    case 'associations': {
      const summaries = await listAssociations(scope);
      const chairmen = summaries.flatMap(({ association }) => (association.chairmanId ? [association.chairmanId] : []));
      return [associationsExport(summaries, await registryLookups(scope, chairmen), options)];
    }
    case 'members':
      return [membersExport(await allMemberEntries(scope), await registryLookups(scope), options)];
    case 'events':
      return eventsReport(scope, period, options);
    case 'receptions':
      return receptionsReport(scope, period, options);
    case 'appeals':
      return appealsReport(scope, period, options);
    case 'visits':
      return visitsReport(scope, period, options);
    case 'information':
      return informationReport(scope, period, options);
    case 'coverage':
      return coverageReport(scope, period, options);
    case 'publications':
      return publicationsReport(scope, period, options);
  }
}
