import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { effectiveCalendar } from '@shared/dates/office-calendar';
import type { ShippedDay, WorkingCalendar } from '@shared/dates/working-days';
import { loadShippedDays } from '@/reference/reference-files';
import { can, type Permission } from '@shared/auth/roles';
import { AccessDeniedError, type Scope } from './access';
import { backgroundWork, type WorkProgress } from './background-work';
import { currentScope, sessionState, type SessionView } from './session';
import type { DashboardRecords } from '@shared/dashboard/compute';
import type { PackageSource } from '@shared/exchange/build';
import type { AssociationId, PersonId } from '@shared/model/ids';
import type { DirectoryKind, IsoDate } from '@shared/model/records';
import { associationNames, eventsOfAssociation, getAssociation, listAssociations } from './repositories/associations';
import { registerCounts } from './repositories/counts';
import { auditDevice, auditEntries } from './repositories/audit';
import { listAuthorityForms } from './repositories/authority-forms';
import { recentImports } from './repositories/imports';
import { hasOperators, listOperators } from './repositories/operators';
import { currentMemberships, firstMemberships } from './repositories/memberships';
import { listDirectory, listEthnicGroups, allPlaces } from './repositories/directories';
import {
  findExistingPeople,
  getPerson,
  membershipsOfPerson,
  peopleByIds,
  peopleFirstPage,
  livePeopleCount,
  peopleIdsAlphabetical,
  peopleIdsWithoutIin,
  searchPeople,
} from './repositories/people';
import { getIdleMinutes, getOfficeProfile } from './repositories/settings';
import { getWordLayout, wordReportContext } from './repositories/word-reports';
import { districtServers } from './repositories/district-databases';
import {
  collectPackageData,
  consolidatedSummary,
  listReceivedPackages,
  oblastReportingUnits,
  receivedSubmissions,
  submissionCompleteness,
} from './repositories/exchange';
import {
  eventFilterOptions,
  eventsByIds,
  eventsInPeriod,
  overdueEvents,
  type EventFilter,
} from './repositories/events';
import { attachmentsOf } from './repositories/attachments';
import { listVisits, listWorkingGroups, visitDetail } from './repositories/working-groups';
import type { Period } from '@shared/events/period';
import type { EventId, ReceptionId, TensionRiskId, VisitId } from '@shared/model/ids';
import type { PlanId, PlanItemId } from '@shared/model/ids';
import { loadDashboardData } from './repositories/dashboard';
import { buildStandardReport, type ReportKind, type ReportOptions } from './repositories/reports';
import { searchNamedRecords } from './repositories/name-search';
import { recordLines } from './repositories/records-behind';
import {
  getMonitoringSettings,
  getRisk,
  listCouncils,
  listMediationCases,
  listPopulation,
  listRisks,
  riskOfReception,
} from './repositories/monitoring';
import {
  dueSoonControlCount,
  getReception,
  openControlItems,
  overdueControlCount,
  receptionsInPeriod,
  receptionsOfCitizen,
} from './repositories/receptions';
import { getOfficeCalendar } from './repositories/working-calendar';
import { eventsOfPlanItem, listPlans, planItemChoices, planItemRows, planYearRows } from './repositories/plans';
import { coverageOfPeriod } from './repositories/coverage';
import { syncState, type SyncView } from './sync/service';
import { countSyncConflicts, listSyncConflicts } from './sync/conflicts';

/** Who is signed in, for the interface: the operator's name and role, never a key. */
export function useSession(): SessionView {
  return useSyncExternalStore(sessionState.subscribe, sessionState.view);
}

/** Whether the operator signed in may do something; the interface hides what the data layer would refuse. */
export function useCan(permission: Permission): boolean {
  const { operator, locked } = useSession();
  return operator !== null && !locked && can(operator.role, permission);
}

/**
 * A live view of the database for components, read with the rights of whoever is signed in: it
 * re-runs when the records or the session change. What the session may not read shows as nothing.
 */
function useScoped<T>(query: (scope: Scope) => Promise<T>, deps: readonly unknown[]): T | undefined {
  const session = useSession();
  return useLiveQuery(
    () =>
      query(currentScope()).catch((error: unknown) => {
        if (error instanceof AccessDeniedError) return undefined;
        throw error;
      }),
    [...deps, session],
  );
}

/**
 * A live view whose first value is read as the component first renders, not after it has been put
 * on screen: for a screen whose first render is long, the read runs meanwhile instead of after it.
 * The live query takes over when it answers; while it answers the same records (`same`), the value
 * keeps its identity, so the screen is not drawn a second time for them.
 */
function useScopedReadAhead<T>(
  query: (scope: Scope) => Promise<T>,
  deps: readonly unknown[],
  same: (earlier: T, later: T) => boolean,
): T | undefined {
  const [firstRead] = useState(() => query(currentScope()).catch(() => undefined));
  const [ahead, setAhead] = useState<T | undefined>(undefined);
  useEffect(() => {
    let mounted = true;
    void firstRead.then((value) => {
      if (mounted) setAhead(value);
    });
    return () => {
      mounted = false;
    };
  }, [firstRead]);
  const live = useScoped(query, deps);
  // Once the live query has answered, it alone is shown (the session may since have lost the right).
  const [liveAnswered, setLiveAnswered] = useState(false);
  if (live !== undefined && !liveAnswered) setLiveAnswered(true);
  const chosen = liveAnswered || live !== undefined ? live : ahead;
  const [shown, setShown] = useState<T | undefined>(undefined);
  const keep = shown !== undefined && chosen !== undefined && chosen !== shown && same(shown, chosen);
  if (!keep && chosen !== shown) setShown(chosen);
  return keep ? shown : chosen;
}

/** The same records in the same state: each one's id and last change, in order. */
function sameRecords<R extends { id: string; updatedAt: string }>(earlier: readonly R[], later: readonly R[]): boolean {
  return (
    earlier.length === later.length &&
    earlier.every((record, index) => record.id === later[index]?.id && record.updatedAt === later[index]?.updatedAt)
  );
}

export { usePeopleOnDemand } from './use-people-on-demand';

/** Sync as everyone sees it in the header: the server, the engine's state and a first sync's progress. */
export function useSyncView(): SyncView {
  return useSyncExternalStore(syncState.subscribe, syncState.view);
}

/** Live views of the database for components: they re-render when the records change. */
export const useRegisterCounts = () => useScoped((scope) => registerCounts(scope), []);

export const useOfficeProfile = () => useScoped(async (scope) => (await getOfficeProfile(scope)) ?? null, []);

export const usePeopleSearch = (text: string) => useScoped((scope) => searchPeople(scope, text), [text]);

/** Events, working groups and councils found by their name in either language. */
export const useNamedSearch = (text: string) => useScoped((scope) => searchNamedRecords(scope, text), [text]);

export const usePerson = (id: PersonId | null) =>
  useScoped(async (scope) => (id ? ((await getPerson(scope, id)) ?? null) : null), [id]);

export const usePersonMemberships = (id: PersonId | null) =>
  useScoped(async (scope) => (id ? membershipsOfPerson(scope, id) : []), [id]);

export const useDirectory = (kind: DirectoryKind) => useScoped((scope) => listDirectory(scope, kind), [kind]);

export const useEthnicGroups = () => useScoped((scope) => listEthnicGroups(scope), []);

/** Every place; `enabled` false reads nothing yet (a card waiting for the screen's first figures). */
export const usePlaces = (enabled = true) =>
  useScoped(async (scope) => (enabled ? allPlaces(scope) : undefined), [enabled]);

export const useAssociations = () => useScoped((scope) => listAssociations(scope), []);

export const useAssociation = (id: AssociationId | null) =>
  useScoped(async (scope) => (id ? ((await getAssociation(scope, id)) ?? null) : null), [id]);

/** The whole list; read only when `after` is true, so that the card's first rows come first. */
export const useMemberships = (id: AssociationId | null, after = true) =>
  useScoped(async (scope) => (!after ? undefined : id ? currentMemberships(scope, id) : []), [id, after]);

/** The first rows of the list, for a card to show before the whole list is read. */
export const useFirstMemberships = (id: AssociationId, size: number) =>
  useScoped((scope) => firstMemberships(scope, id, size), [id, size]);

export const useAssociationEvents = (id: AssociationId | null) =>
  useScoped(async (scope) => (id ? eventsOfAssociation(scope, id) : []), [id]);

export const usePeopleIds = (enabled = true) =>
  useScoped(async (scope) => (enabled ? peopleIdsAlphabetical(scope) : undefined), [enabled]);

/** People without an IIN, for the list's filter; undefined while off. */
export const usePeopleWithoutIin = (enabled: boolean) =>
  useScoped(async (scope) => (enabled ? peopleIdsWithoutIin(scope) : undefined), [enabled]);

export const usePeopleFirstPage = () => useScoped((scope) => peopleFirstPage(scope), []);

export const useLivePeopleCount = () => useScoped((scope) => livePeopleCount(scope), []);

export const usePeopleByIds = (ids: readonly PersonId[]) =>
  useScoped((scope) => peopleByIds(scope, ids), [ids.join(',')]);

export const useRecentImports = () => useScoped((scope) => recentImports(scope), []);

export const useHasOperators = () => useScoped((scope) => hasOperators(scope), []);

export const useOperators = () => useScoped((scope) => listOperators(scope), []);

export const useIdleMinutes = () => useScoped((scope) => getIdleMinutes(scope), []);

export const useWordLayout = () => useScoped((scope) => getWordLayout(scope), []);

export const useWordReportContext = () => useScoped((scope) => wordReportContext(scope), []);

export const useAuditEntries = (limit: number) => useScoped((scope) => auditEntries(scope, limit), [limit]);

/** This PC's id, which the log names "this PC". */
export const useAuditDevice = () => useScoped((scope) => auditDevice(scope), []);

export const useEventsInPeriod = (
  period: Period | null,
  filter: EventFilter,
  districtOf?: (placeId: string | undefined) => string,
) =>
  useScoped(
    async (scope) => (period ? eventsInPeriod(scope, period, filter, districtOf) : []),
    [period?.from, period?.to, JSON.stringify(filter), districtOf],
  );

/**
 * The calendar's month, read ahead: at 100,000 people the page's first render (the screen it
 * replaces taken down, the page put up) is about 70 ms, and the month's read as long again.
 */
export const useCalendarMonth = (period: Period, filter: EventFilter) =>
  useScopedReadAhead(
    (scope) => eventsInPeriod(scope, period, filter),
    [period.from, period.to, JSON.stringify(filter)],
    sameRecords,
  );

/** Read only when `after` is true, so that the calendar's month is not kept waiting behind them. */
export const useEventFilterOptions = (after = true) =>
  useScoped(async (scope) => (after ? eventFilterOptions(scope) : undefined), [after]);

/** Read only when `after` is true, so that a screen's main records are not kept waiting behind it. */
export const useOverdueEvents = (day: string, after = true) =>
  useScoped(async (scope) => (after ? overdueEvents(scope, day) : undefined), [day, after]);

export const useWorkingGroups = () => useScoped((scope) => listWorkingGroups(scope), []);

export const useVisits = () => useScoped((scope) => listVisits(scope), []);

export const useVisitDetail = (id: VisitId | null) =>
  useScoped(async (scope) => (id ? ((await visitDetail(scope, id)) ?? null) : null), [id]);

/** Associations by name only, for pickers and filters: no member counts to compute. */
export const useAssociationNames = () => useScoped((scope) => associationNames(scope), []);

export const useReceptionsInPeriod = (period: Period, includeConfidential: boolean) =>
  useScoped(
    (scope) => receptionsInPeriod(scope, period, includeConfidential),
    [period.from, period.to, includeConfidential],
  );

export const useOpenControlItems = (day: string, includeConfidential: boolean) =>
  useScoped((scope) => openControlItems(scope, day, includeConfidential), [day, includeConfidential]);

export const useOverdueControlCount = (day: string) => useScoped((scope) => overdueControlCount(scope, day), [day]);

/** Open control items due from `day` to `until` (none while the calendar that gives `until` loads). */
export const useDueSoonControlCount = (day: string, until: string | null) =>
  useScoped(async (scope) => (until ? dueSoonControlCount(scope, day, until) : 0), [day, until]);

export const useReception = (id: ReceptionId | null) =>
  useScoped(async (scope) => (id ? ((await getReception(scope, id)) ?? null) : null), [id]);

export const useReceptionsOfCitizen = (id: PersonId | null) =>
  useScoped(async (scope) => (id ? receptionsOfCitizen(scope, id) : []), [id]);

/** Oblast mode: the packages received (for the districts × periods table, with submissionTable). */
export const useReceivedPackages = () => useScoped((scope) => listReceivedPackages(scope), []);

/** Oblast mode: the consolidated summary of a period, or of each district's latest period. */
export const useConsolidatedSummary = (period?: Period) =>
  useScoped((scope) => consolidatedSummary(scope, period), [period?.from, period?.to]);

/** Oblast mode: the oblast's districts and cities of oblast significance, from КАТО. */
export const useOblastReportingUnits = () => useScoped((scope) => oblastReportingUnits(scope), []);

/** Oblast mode: the districts whose databases are read from the server, and where. */
export const useDistrictServers = () => useScoped((scope) => districtServers(scope), []);

export const useMonitoringSettings = () => useScoped((scope) => getMonitoringSettings(scope), []);

export const usePopulation = () => useScoped((scope) => listPopulation(scope), []);

export const useRisks = () => useScoped((scope) => listRisks(scope), []);

export const useRisk = (id: TensionRiskId | null) =>
  useScoped(async (scope) => (id ? ((await getRisk(scope, id)) ?? null) : null), [id]);

export const useRiskOfReception = (id: ReceptionId | null) =>
  useScoped(async (scope) => (id ? ((await riskOfReception(scope, id)) ?? null) : null), [id]);

export const useCouncils = () => useScoped((scope) => listCouncils(scope), []);

export const useMediationCases = () => useScoped((scope) => listMediationCases(scope), []);

/**
 * Events and receptions in their compact dashboard form: what the dashboard and the monitoring
 * screens count. Read only when `enabled`, so that a screen's first paint does not wait behind it.
 */
export const useAuthorityForms = () => useScoped((scope) => listAuthorityForms(scope), []);

export const useWorkProjections = (enabled = true) =>
  useScoped(async (scope) => (enabled ? loadDashboardData(scope) : undefined), [enabled]);

/**
 * The registers a form's visit and monitoring figures count, beyond the dashboard's: read, like
 * the dashboard's, only when `enabled` (a form being filled). Risks and mediation cases as the
 * operator may see them; without the right to confidential records the form leaves them empty.
 */
export const useFormRegisters = (enabled: boolean) =>
  useScoped(
    async (scope) =>
      enabled
        ? {
            visits: await listVisits(scope),
            risks: (await listRisks(scope)).rows,
            mediationCases: (await listMediationCases(scope)).rows,
          }
        : undefined,
    [enabled],
  );

/** The records behind a dashboard figure, as lines; confidential ones counted apart for those without the right. */
export const useRecordLines = (records: DashboardRecords | null) =>
  useScoped(async (scope) => (records ? recordLines(scope, records) : undefined), [records]);

/** A standard report of a period, as the sheets it would be saved with: the preview reads it. */
export const useStandardReport = (kind: ReportKind, period: Period, options: ReportOptions) =>
  useScoped(
    (scope) => buildStandardReport(scope, kind, period, options),
    [kind, period.from, period.to, JSON.stringify(options)],
  );

/** The coverage of the population in a period, over the place chosen or the office's area; read only when `enabled`. */
export const useCoverage = (period: Period, placeId: string, enabled = true) =>
  useScoped(
    async (scope) => (enabled ? coverageOfPeriod(scope, period, placeId || undefined) : undefined),
    [period.from, period.to, placeId, enabled],
  );

/** What an exchange package of the period would be built from, as the operator signed in may see it. */
export const usePackageSource = (period: Period, profile: PackageSource['profile']) =>
  useScoped((scope) => collectPackageData(scope, period, profile), [period.from, period.to, profile]);

/** The events taken as measures against a risk, in date order. */
export const useEventsByIds = (ids: readonly EventId[] | undefined) =>
  useScoped(async (scope) => (ids ? eventsByIds(scope, ids) : []), [ids?.join(',')]);

/** An event's attached files, without their contents. */
export const useAttachments = (ownerId: string) => useScoped((scope) => attachmentsOf(scope, ownerId), [ownerId]);

/** The person already stored with this IIN, if any: a new entry offers them instead of a second record. */
export const usePersonWithIin = (iin: string | null) =>
  useScoped(async (scope) => (iin ? ((await findExistingPeople(scope, { iin }))[0] ?? null) : null), [iin]);

/** Oblast mode: districts × periods of what was received. */
export const useReceivedSubmissions = () => useScoped((scope) => receivedSubmissions(scope), []);

/** Oblast mode: every district of the oblast for a period, whether it sent, and the share reporting. */
export const useSubmissionCompleteness = (period: Period, dueDate: IsoDate | null) =>
  useScoped((scope) => submissionCompleteness(scope, period, dueDate), [period.from, period.to, dueDate]);

/** What the office added to the shipped non-working days (empty until an administrator adds some). */
export const useOfficeCalendar = () => useScoped((scope) => getOfficeCalendar(scope), []);

/** Records with versions from several PCs to settle, live as sync brings versions in (issue 19). */
export const useSyncConflicts = () => useScoped((scope) => listSyncConflicts(scope), []);

export const useSyncConflictCount = () => useScoped((scope) => countSyncConflicts(scope), []);

/** The plans of measures, the newest year first. */
export const usePlans = () => useScoped((scope) => listPlans(scope), []);

/** A plan's items with their status on `today` and the events under each. */
export const usePlanItemRows = (planId: PlanId | null, today: IsoDate) =>
  useScoped(async (scope) => (planId ? planItemRows(scope, planId, today) : []), [planId, today]);

/** Every item of a year's plans with its status: the dashboard's card. */
export const usePlanYearRows = (year: number, today: IsoDate, enabled = true) =>
  useScoped(async (scope) => (enabled ? planYearRows(scope, year, today) : undefined), [year, today, enabled]);

/** The events that carry out an item. */
export const usePlanItemEvents = (id: PlanItemId | null) =>
  useScoped(async (scope) => (id ? eventsOfPlanItem(scope, id) : []), [id]);

/** The items an event of the year may carry out. */
export const usePlanItemChoices = (year: number) => useScoped((scope) => planItemChoices(scope, year), [year]);

/** The data layer's background work (sealing, a key rotation), while there is some. */
export function useBackgroundWork(): WorkProgress | null {
  return useSyncExternalStore(backgroundWork.subscribe, backgroundWork.progress);
}

/** The shipped non-working days with their names, once loaded. */
export function useShippedDays(): ShippedDay[] | null {
  const [days, setDays] = useState<ShippedDay[] | null>(null);
  useEffect(() => {
    void loadShippedDays().then(setDays);
  }, []);
  return days;
}

/**
 * The calendar deadlines and schedules count with: the shipped days and the office's on top,
 * following every change an administrator makes. Null while either is loading.
 */
export function useWorkingCalendar(): WorkingCalendar | null {
  const shipped = useShippedDays();
  const office = useOfficeCalendar();
  return useMemo(() => (shipped && office ? effectiveCalendar(shipped, office) : null), [shipped, office]);
}

/** The same calendar read once, for work outside a screen (an import). */
export async function currentWorkingCalendar(): Promise<WorkingCalendar> {
  const [shipped, office] = await Promise.all([loadShippedDays(), getOfficeCalendar(currentScope())]);
  return effectiveCalendar(shipped, office);
}

// Publications and mass receptions (issue 22)
import { publicationCountOfEvent, publicationsInPeriod } from './repositories/publications';
import { sessionsInPeriod } from './repositories/reception-sessions';

export const usePublicationsInPeriod = (period: Period, enabled = true) =>
  useScoped(
    async (scope) => (enabled ? publicationsInPeriod(scope, period) : undefined),
    [period.from, period.to, enabled],
  );

export const usePublicationCountOfEvent = (eventId: EventId | null) =>
  useScoped(async (scope) => (eventId ? publicationCountOfEvent(scope, eventId) : 0), [eventId]);

export const useReceptionSessions = (period: Period) =>
  useScoped((scope) => sessionsInPeriod(scope, period), [period.from, period.to]);
