import type { Period } from '@shared/events/period';
import type { ExportTable } from '@shared/export/table';
import { situationReport } from '@shared/export/situation-report';
import type { Language } from '@shared/i18n/languages';
import type { IsoDate } from '@shared/model/records';
import { riskInPeriod, situationSummary } from '@shared/monitoring/situation';
import { makeDistrictOf } from '@shared/places/district-of';
import { authorize, type Scope } from '../access';
import { appendAudit } from './audit';
import { loadDashboardData } from './dashboard';
import { allPlaces, listEthnicGroups } from './directories';
import { eventsByIds } from './events';
import { getMonitoringSettings, listCouncils, listMediationCases, listPopulation, listRisks } from './monitoring';

/**
 * The справка on the inter-ethnic situation of a period, in Russian or Kazakh. It gathers
 * confidential records (risks, mediation), so only an operator with the right to them may build it,
 * and every build is written to the action log with its period and language.
 */
export async function buildSituationReport(
  scope: Scope,
  period: Period,
  language: Language,
  today: IsoDate,
): Promise<ExportTable[]> {
  authorize(scope, 'view-confidential');
  const [risks, cases, councils, population, settings, work, places, ethnicGroups] = await Promise.all([
    listRisks(scope),
    listMediationCases(scope),
    listCouncils(scope),
    listPopulation(scope),
    getMonitoringSettings(scope),
    loadDashboardData(scope),
    allPlaces(scope),
    listEthnicGroups(scope),
  ]);
  const periodRisks = risks.rows.filter((risk) => riskInPeriod(risk, period));
  const measures = await eventsByIds(scope, [...new Set(periodRisks.flatMap((risk) => risk.measureEventIds))]);
  const placeById = new Map(places.map((place) => [place.id as string, place]));
  const districtOf = makeDistrictOf(places);
  const summary = situationSummary({
    period,
    asOf: period.to < today ? period.to : today,
    risks: periodRisks,
    events: measures,
    mediationCases: cases.rows,
    population,
    work: { events: work.events },
    settings,
    districtOf: (placeId) => districtOf(placeId),
    parentOf: (placeId) => placeById.get(placeId)?.parentId,
  });
  const tables = situationReport(
    summary,
    {
      places: placeById,
      ethnicGroups: new Map(ethnicGroups.map((group) => [group.id as string, group])),
      councils: new Map(councils.map((council) => [council.id as string, council])),
    },
    language,
  );
  await appendAudit(scope, 'view-confidential', {
    details: { kind: 'report-situation', from: period.from, to: period.to, language },
  });
  return tables;
}
