import { useLiveQuery } from 'dexie-react-hooks';
import type { AssociationId, PersonId } from '@shared/model/ids';
import type { DirectoryKind } from '@shared/model/records';
import { db } from './index';
import { eventsOfAssociation, getAssociation, listAssociations } from './repositories/associations';
import { registerCounts } from './repositories/counts';
import { auditEntries } from './repositories/audit';
import { recentImports } from './repositories/imports';
import { hasOperators, listOperators } from './repositories/operators';
import { currentMemberships } from './repositories/memberships';
import { listDirectory, listEthnicGroups, allPlaces } from './repositories/directories';
import {
  getPerson,
  membershipsOfPerson,
  peopleByIds,
  peopleFirstPage,
  peopleIdsBySurname,
  searchPeople,
} from './repositories/people';
import { getIdleMinutes, getOfficeProfile } from './repositories/settings';
import { consolidatedSummary, listReceivedPackages } from './repositories/exchange';
import { eventFilterOptions, eventsInPeriod, overdueEvents, type EventFilter } from './repositories/events';
import { listVisits, listWorkingGroups, visitDetail } from './repositories/working-groups';
import type { Period } from '@shared/events/period';
import type { ReceptionId, TensionRiskId, VisitId } from '@shared/model/ids';
import { loadDashboardData } from './repositories/dashboard';
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
  getReception,
  openControlItems,
  overdueControlCount,
  receptionsInPeriod,
  receptionsOfCitizen,
} from './repositories/receptions';

/** Live views of the database for components: they re-render when the records change. */
export const useRegisterCounts = () => useLiveQuery(() => registerCounts(db), []);

export const useOfficeProfile = () => useLiveQuery(async () => (await getOfficeProfile(db)) ?? null, []);

export const usePeopleSearch = (text: string) => useLiveQuery(() => searchPeople(db, text), [text]);

export const usePerson = (id: PersonId | null) =>
  useLiveQuery(async () => (id ? ((await getPerson(db, id)) ?? null) : null), [id]);

export const usePersonMemberships = (id: PersonId | null) =>
  useLiveQuery(async () => (id ? membershipsOfPerson(db, id) : []), [id]);

export const useDirectory = (kind: DirectoryKind) => useLiveQuery(() => listDirectory(db, kind), [kind]);

export const useEthnicGroups = () => useLiveQuery(() => listEthnicGroups(db), []);

export const usePlaces = () => useLiveQuery(() => allPlaces(db), []);

export const useAssociations = () => useLiveQuery(() => listAssociations(db), []);

export const useAssociation = (id: AssociationId | null) =>
  useLiveQuery(async () => (id ? ((await getAssociation(db, id)) ?? null) : null), [id]);

export const useMemberships = (id: AssociationId | null) =>
  useLiveQuery(async () => (id ? currentMemberships(db, id) : []), [id]);

export const useAssociationEvents = (id: AssociationId | null) =>
  useLiveQuery(async () => (id ? eventsOfAssociation(db, id) : []), [id]);

export const usePeopleIds = (enabled = true) =>
  useLiveQuery(async () => (enabled ? peopleIdsBySurname(db) : undefined), [enabled]);

export const usePeopleFirstPage = () => useLiveQuery(() => peopleFirstPage(db), []);

export const usePeopleByIds = (ids: readonly PersonId[]) => useLiveQuery(() => peopleByIds(db, ids), [ids.join(',')]);

export const useRecentImports = () => useLiveQuery(() => recentImports(db), []);

export const useHasOperators = () => useLiveQuery(() => hasOperators(db), []);

export const useOperators = () => useLiveQuery(() => listOperators(db), []);

export const useIdleMinutes = () => useLiveQuery(() => getIdleMinutes(db), []);

export const useAuditEntries = (limit: number) => useLiveQuery(() => auditEntries(db, limit), [limit]);

export const useEventsInPeriod = (
  period: Period | null,
  filter: EventFilter,
  districtOf?: (placeId: string | undefined) => string,
) =>
  useLiveQuery(
    async () => (period ? eventsInPeriod(db, period, filter, districtOf) : []),
    [period?.from, period?.to, JSON.stringify(filter), districtOf],
  );

export const useEventFilterOptions = () => useLiveQuery(() => eventFilterOptions(db), []);

/** Read only when `after` is true, so that a screen's main records are not kept waiting behind it. */
export const useOverdueEvents = (day: string, after = true) =>
  useLiveQuery(async () => (after ? overdueEvents(db, day) : undefined), [day, after]);

export const useWorkingGroups = () => useLiveQuery(() => listWorkingGroups(db), []);

export const useVisits = () => useLiveQuery(() => listVisits(db), []);

export const useVisitDetail = (id: VisitId | null) =>
  useLiveQuery(async () => (id ? ((await visitDetail(db, id)) ?? null) : null), [id]);

/** Associations by name only, for pickers and filters: no member counts to compute. */
export const useAssociationNames = () =>
  useLiveQuery(async () => (await db.associations.toArray()).filter((association) => !association.deletedAt), []);

export const useReceptionsInPeriod = (period: Period, includeConfidential: boolean) =>
  useLiveQuery(
    () => receptionsInPeriod(db, period, includeConfidential),
    [period.from, period.to, includeConfidential],
  );

export const useOpenControlItems = (day: string, includeConfidential: boolean) =>
  useLiveQuery(() => openControlItems(db, day, includeConfidential), [day, includeConfidential]);

export const useOverdueControlCount = (day: string) => useLiveQuery(() => overdueControlCount(db, day), [day]);

export const useReception = (id: ReceptionId | null) =>
  useLiveQuery(async () => (id ? ((await getReception(db, id)) ?? null) : null), [id]);

export const useReceptionsOfCitizen = (id: PersonId | null) =>
  useLiveQuery(async () => (id ? receptionsOfCitizen(db, id) : []), [id]);

/** Oblast mode: the packages received (for the districts × periods table, with submissionTable). */
export const useReceivedPackages = () => useLiveQuery(() => listReceivedPackages(db), []);

/** Oblast mode: the consolidated summary of a period, or of each district's latest period. */
export const useConsolidatedSummary = (period?: Period) =>
  useLiveQuery(() => consolidatedSummary(db, period), [period?.from, period?.to]);

export const useMonitoringSettings = () => useLiveQuery(() => getMonitoringSettings(db), []);

export const usePopulation = () => useLiveQuery(() => listPopulation(db), []);

export const useRisks = () => useLiveQuery(() => listRisks(db), []);

export const useRisk = (id: TensionRiskId | null) =>
  useLiveQuery(async () => (id ? ((await getRisk(db, id)) ?? null) : null), [id]);

export const useRiskOfReception = (id: ReceptionId | null) =>
  useLiveQuery(async () => (id ? ((await riskOfReception(db, id)) ?? null) : null), [id]);

export const useCouncils = () => useLiveQuery(() => listCouncils(db), []);

export const useMediationCases = () => useLiveQuery(() => listMediationCases(db), []);

/** Events and receptions in their compact dashboard form: what the monitoring screens count by place. */
export const useWorkProjections = () => useLiveQuery(() => loadDashboardData(db), []);
