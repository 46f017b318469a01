import { addToGroup } from '../collections/group';
import type { Period } from '../events/period';
import { inPeriod } from '../events/period';
import type {
  IsoDate,
  KelisimEvent,
  MediationCase,
  MediationResult,
  PopulationRecord,
  RiskLevel,
  TensionRisk,
} from '../model/records';
import {
  compactResidence,
  villagesWithoutRecentWork,
  type InformationWork,
  type MonitoringSettings,
} from './population';
import { levelOn } from './risks';

export type MeasureEvent = Pick<KelisimEvent, 'id' | 'title' | 'titleKk' | 'start' | 'status' | 'deletedAt'>;

export interface SituationRisk {
  risk: TensionRisk;
  /** The level at the end of the period, or the last one it had when it was resolved within it. */
  level: RiskLevel;
  /** The events held or planned against it, by date; deleted ones are not measures. */
  measures: MeasureEvent[];
}

export interface SituationVillage {
  placeId: string;
  districtId: string;
  /** The ethnoses living compactly there. */
  groupIds: string[];
  lastWork?: IsoDate;
}

export type MediationTally = Record<MediationResult | 'open', number>;

/** What the справка on the inter-ethnic situation says about a period, before it is written in a language. */
export interface SituationSummary {
  period: Period;
  asOf: IsoDate;
  risks: Record<RiskLevel, SituationRisk[]>;
  risksWithMeasures: number;
  risksResolved: number;
  mediation: MediationCase[];
  mediationByResult: MediationTally;
  villages: SituationVillage[];
  monthsWithoutWork: number;
}

export const LEVELS_HIGH_FIRST: readonly RiskLevel[] = ['high', 'medium', 'low'];

/** A risk open at some time in the period: identified by its end and not resolved before its start. */
export function riskInPeriod(
  risk: Pick<TensionRisk, 'identifiedOn' | 'resolvedOn' | 'deletedAt'>,
  period: Period,
): boolean {
  return !risk.deletedAt && risk.identifiedOn <= period.to && (!risk.resolvedOn || risk.resolvedOn >= period.from);
}

type PeriodRisk = Pick<TensionRisk, 'level' | 'levelHistory' | 'identifiedOn' | 'resolvedOn' | 'deletedAt'>;

/** The level a risk open in the period is counted under: its level at the end, or its last one when resolved within. */
export const levelInPeriod = (risk: PeriodRisk, period: Period): RiskLevel => levelOn(risk, period.to) ?? risk.level;

/** How many risks were open at some time in the period, by the level each is counted under. */
export function riskCountsByLevel(risks: readonly PeriodRisk[], period: Period): Record<RiskLevel, number> {
  const counts: Record<RiskLevel, number> = { high: 0, medium: 0, low: 0 };
  for (const risk of risks) if (riskInPeriod(risk, period)) counts[levelInPeriod(risk, period)]++;
  return counts;
}

/** The mediation cases of a period: the live ones dated within it. */
export const mediationInPeriod = <T extends Pick<MediationCase, 'date' | 'deletedAt'>>(
  cases: readonly T[],
  period: Period,
): T[] => cases.filter((item) => !item.deletedAt && inPeriod(item.date, period));

export interface SituationSource {
  period: Period;
  /** The day the report is as of: the period's end, or today when the period has not ended. */
  asOf: IsoDate;
  risks: readonly TensionRisk[];
  events: readonly MeasureEvent[];
  mediationCases: readonly MediationCase[];
  population: readonly PopulationRecord[];
  /** Events held (and, when the office counts them, visits), as the settlements screen reads them. */
  work: InformationWork;
  settings: MonitoringSettings;
  districtOf: (placeId: string) => string;
  parentOf?: (placeId: string) => string | undefined;
}

/**
 * The справка's content: the risks open in the period by level with their measures, the period's
 * mediation cases by result, and the villages of compact residence with no information work in the
 * months the office set (as of `asOf`, the same rule as the settlements screen).
 */
export function situationSummary(source: SituationSource): SituationSummary {
  const { period } = source;
  const eventById = new Map(source.events.map((event) => [event.id as string, event]));
  const risks: Record<RiskLevel, SituationRisk[]> = { high: [], medium: [], low: [] };
  let risksWithMeasures = 0;
  let risksResolved = 0;
  const inOrder = source.risks
    .filter((risk) => riskInPeriod(risk, period))
    .sort((a, b) => a.identifiedOn.localeCompare(b.identifiedOn) || a.id.localeCompare(b.id));
  for (const risk of inOrder) {
    const level = levelInPeriod(risk, period);
    const measures = risk.measureEventIds
      .flatMap((id) => {
        const event = eventById.get(id);
        return event && !event.deletedAt ? [event] : [];
      })
      .sort((a, b) => a.start.localeCompare(b.start));
    if (measures.length > 0) risksWithMeasures++;
    if (risk.resolvedOn && inPeriod(risk.resolvedOn, period)) risksResolved++;
    risks[level].push({ risk, level, measures });
  }

  const mediation = mediationInPeriod(source.mediationCases, period).sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  const mediationByResult: MediationTally = { reconciled: 0, not_reconciled: 0, referred: 0, open: 0 };
  for (const item of mediation) mediationByResult[item.result ?? 'open']++;

  const compact = new Map<string, string[]>();
  for (const entry of compactResidence(source.population, source.districtOf, source.settings.compactRule))
    addToGroup(compact, entry.placeId, entry.ethnicGroupId);
  const villages = villagesWithoutRecentWork(
    [...compact.keys()],
    source.work,
    source.asOf,
    source.settings.monthsWithoutWork,
    source.parentOf,
  ).map((village) => ({
    ...village,
    districtId: source.districtOf(village.placeId),
    groupIds: compact.get(village.placeId) ?? [],
  }));

  return {
    period,
    asOf: source.asOf,
    risks,
    risksWithMeasures,
    risksResolved,
    mediation,
    mediationByResult,
    villages,
    monthsWithoutWork: source.settings.monthsWithoutWork,
  };
}
