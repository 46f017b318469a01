import { addToGroup } from '../collections/group';
import { z } from 'zod';
import { isWithin } from '../dashboard/places';
import { addMonths } from '../dates/iso';
import type { Period } from '../events/period';
import type { IsoDate, KelisimEvent, PopulationRecord, Reception, Visit } from '../model/records';

type Counts = Readonly<Record<string, number>>;
type PopulationFigures = Pick<PopulationRecord, 'byEthnicGroup' | 'total'>;
type Located = Pick<PopulationRecord, 'placeId' | 'year' | 'byEthnicGroup' | 'total' | 'updatedAt' | 'deletedAt'>;

export interface EthnicShare {
  ethnicGroupId: string;
  count: number;
  /** Of the settlement's whole population, 0…1. */
  share: number;
}

const sumOf = (counts: Counts) => Object.values(counts).reduce((sum, count) => sum + count, 0);

/** The whole population: the stated total, or the sum of the counts when that is larger or no total is given. */
export function populationTotal(record: PopulationFigures): number {
  return Math.max(sumOf(record.byEthnicGroup), record.total ?? 0);
}

/**
 * Each ethnos's share of the population, largest first. The whole is the stated total when there
 * is one (a table that lists the main ethnoses and "Всего" leaves the others in the whole).
 */
export function ethnicShares(counts: Counts, total?: number): EthnicShare[] {
  const whole = Math.max(sumOf(counts), total ?? 0);
  return Object.entries(counts)
    .map(([ethnicGroupId, count]) => ({ ethnicGroupId, count, share: whole > 0 ? count / whole : 0 }))
    .sort((a, b) => b.count - a.count || a.ethnicGroupId.localeCompare(b.ethnicGroupId));
}

/** The newest figures of each settlement: the latest year wins; deleted records do not count. */
export function latestPopulation<T extends Located>(records: readonly T[]): Map<string, T> {
  const latest = new Map<string, T>();
  for (const record of records) {
    if (record.deletedAt) continue;
    const known = latest.get(record.placeId);
    if (!known || record.year > known.year || (record.year === known.year && record.updatedAt > known.updatedAt))
      latest.set(record.placeId, record);
  }
  return latest;
}

/**
 * What makes a settlement a place of compact residence of an ethnos E. Always: E is a minority of
 * the district (not its largest ethnos; on a tie every largest one is the majority) and at least
 * `minCount` people of E live there. Then, by `basis`:
 * - `settlement_share` (the default): E makes up at least `threshold` of the settlement's population
 *   ("a village where Uzbeks are half the people");
 * - `district_concentration`: at least `threshold` of the district's E live in this settlement
 *   ("half the district's Koreans live in this village").
 * The words "one ethnos ≥ 50 % of a minority in the district" read both ways; the first is the
 * plain sense of "компактное проживание" (a village where the ethnos lives together), so it is
 * the default, and the user may switch. A share exactly at the threshold counts.
 */
export interface CompactResidenceRule {
  basis: 'settlement_share' | 'district_concentration';
  /** 0…1; 0.5 is 50 %. */
  threshold: number;
  minCount: number;
}

export const defaultCompactResidenceRule: CompactResidenceRule = {
  basis: 'settlement_share',
  threshold: 0.5,
  minCount: 1,
};

/**
 * The office's monitoring settings as stored (one settings record): the compact-residence rule and
 * after how many months without information work a village of compact residence is listed.
 * Anything missing or unreadable falls back to the defaults.
 */
export const monitoringSettingsSchema = z.object({
  compactRule: z
    .object({
      basis: z.enum(['settlement_share', 'district_concentration']).catch('settlement_share'),
      threshold: z.number().gt(0).max(1).catch(defaultCompactResidenceRule.threshold),
      minCount: z.number().int().min(0).catch(defaultCompactResidenceRule.minCount),
    })
    .catch(defaultCompactResidenceRule),
  monthsWithoutWork: z.number().int().min(1).max(60).catch(6),
});

export type MonitoringSettings = z.infer<typeof monitoringSettingsSchema>;

export interface CompactResidence {
  placeId: string;
  districtId: string;
  year: number;
  ethnicGroupId: string;
  count: number;
  /** E's share of the settlement's population. */
  share: number;
  /** The share of the district's E that lives in this settlement. */
  districtShare: number;
}

/** Floating-point slack, so that 1 of 3 people is not below a threshold of 1/3. */
const EPSILON = 1e-9;

/** The largest ethnos of each district (several on a tie), by the latest figures of its settlements. */
export function districtMajorities(
  latest: Iterable<Located>,
  districtOf: (placeId: string) => string,
): Map<string, Set<string>> {
  const totals = districtTotals(latest, districtOf);
  const majorities = new Map<string, Set<string>>();
  for (const [districtId, counts] of totals) {
    const largest = Math.max(0, ...counts.values());
    majorities.set(
      districtId,
      new Set([...counts].filter(([, count]) => count === largest && largest > 0).map(([id]) => id)),
    );
  }
  return majorities;
}

function districtTotals(latest: Iterable<Located>, districtOf: (placeId: string) => string) {
  const totals = new Map<string, Map<string, number>>();
  for (const record of latest) {
    const districtId = districtOf(record.placeId);
    const counts = totals.get(districtId) ?? new Map<string, number>();
    for (const [id, count] of Object.entries(record.byEthnicGroup)) counts.set(id, (counts.get(id) ?? 0) + count);
    totals.set(districtId, counts);
  }
  return totals;
}

/**
 * The places of compact residence among the settlements, by their latest figures: one entry per
 * settlement and ethnos, ordered by district, settlement and share.
 */
export function compactResidence(
  records: readonly Located[],
  districtOf: (placeId: string) => string,
  rule: CompactResidenceRule = defaultCompactResidenceRule,
): CompactResidence[] {
  const latest = [...latestPopulation(records).values()];
  const totals = districtTotals(latest, districtOf);
  const majorities = districtMajorities(latest, districtOf);
  const found: CompactResidence[] = [];
  for (const record of latest) {
    const districtId = districtOf(record.placeId);
    for (const { ethnicGroupId, count, share } of ethnicShares(record.byEthnicGroup, record.total)) {
      if (count <= 0 || count < rule.minCount || majorities.get(districtId)?.has(ethnicGroupId)) continue;
      const inDistrict = totals.get(districtId)?.get(ethnicGroupId) ?? count;
      const districtShare = inDistrict > 0 ? count / inDistrict : 0;
      const measured = rule.basis === 'settlement_share' ? share : districtShare;
      if (measured + EPSILON < rule.threshold) continue;
      found.push({
        placeId: record.placeId,
        districtId,
        year: record.year,
        ethnicGroupId,
        count,
        share,
        districtShare,
      });
    }
  }
  return found.sort(
    (a, b) => a.districtId.localeCompare(b.districtId) || a.placeId.localeCompare(b.placeId) || b.share - a.share,
  );
}

/**
 * Information work in a place: events held there, and, when the screen asks for them, receptions
 * and field visits. Deleted records and anything after today do not count.
 */
export interface InformationWork {
  events: readonly Pick<KelisimEvent, 'placeId' | 'start' | 'status' | 'deletedAt'>[];
  receptions?: readonly Pick<Reception, 'placeId' | 'date' | 'deletedAt'>[];
  visits?: readonly Pick<Visit, 'placeId' | 'start' | 'end' | 'deletedAt'>[];
}

type ParentOf = (placeId: string) => string | undefined;
type WorkKind = 'event' | 'reception' | 'visit';

/** Dated work with its place, each kind read the way it is stored. */
function datedWork(work: InformationWork, today: IsoDate): { placeId: string; day: IsoDate; kind: WorkKind }[] {
  const dated: { placeId: string; day: IsoDate; kind: WorkKind }[] = [];
  for (const event of work.events)
    if (!event.deletedAt && event.placeId && event.status === 'held' && event.start.slice(0, 10) <= today)
      dated.push({ placeId: event.placeId, day: event.start.slice(0, 10), kind: 'event' });
  for (const reception of work.receptions ?? [])
    if (!reception.deletedAt && reception.placeId && reception.date <= today)
      dated.push({ placeId: reception.placeId, day: reception.date, kind: 'reception' });
  for (const visit of work.visits ?? [])
    if (!visit.deletedAt && visit.start <= today)
      dated.push({ placeId: visit.placeId, day: visit.end < today ? visit.end : today, kind: 'visit' });
  return dated;
}

/**
 * For each place a record lies in, which of the targets hold it (the target itself, or a target
 * above it by the parent chain or the КАТО code), computed once per distinct place.
 */
function targetsHolding(targets: readonly string[], parentOf?: ParentOf): (placeId: string) => readonly string[] {
  const cache = new Map<string, string[]>();
  return (placeId) => {
    let holding = cache.get(placeId);
    if (!holding) {
      holding = targets.filter((target) => isWithin(placeId, target, parentOf));
      cache.set(placeId, holding);
    }
    return holding;
  };
}

export interface SettlementWork {
  /** The day of the last information work in the place or under it. */
  lastWork?: IsoDate;
  events: number;
  receptions: number;
}

/**
 * Events held and receptions in each place (or under it) within the period (all time without one),
 * and the day of the last information work up to today: the last event held, or the last reception
 * or visit when those are passed in `work`.
 */
export function workInPlaces(
  placeIds: readonly string[],
  work: InformationWork,
  today: IsoDate,
  options: { parentOf?: ParentOf; period?: Period } = {},
): Map<string, SettlementWork> {
  const targets = [...new Set(placeIds)];
  const result = new Map<string, SettlementWork>(targets.map((id) => [id, { events: 0, receptions: 0 }]));
  const holding = targetsHolding(targets, options.parentOf);
  const { period } = options;
  for (const { placeId, day, kind } of datedWork(work, today)) {
    const inPeriod = !period || (day >= period.from && day <= period.to);
    for (const target of holding(placeId)) {
      const entry = result.get(target);
      if (!entry) continue;
      if (!entry.lastWork || day > entry.lastWork) entry.lastWork = day;
      if (inPeriod && kind === 'event') entry.events++;
      if (inPeriod && kind === 'reception') entry.receptions++;
    }
  }
  return result;
}

/**
 * The places with no event held in them (or under them) within the period, as workInPlaces counts
 * the settlements screen's events: the settlements without information work in a report.
 */
export function placesWithoutEvents(
  placeIds: readonly string[],
  work: InformationWork,
  today: IsoDate,
  period: Period,
  parentOf?: ParentOf,
): string[] {
  const done = workInPlaces(placeIds, work, today, { period, ...(parentOf ? { parentOf } : {}) });
  return [...done].filter(([, entry]) => entry.events === 0).map(([placeId]) => placeId);
}

export interface VillageWithoutWork {
  placeId: string;
  /** Absent when there has never been any. */
  lastWork?: IsoDate;
}

/**
 * The villages with no information work in the last `months` months: none on or after the same day
 * `months` months ago (work exactly `months` months ago still counts as recent). Those never
 * worked in come first, then the longest without.
 */
export function villagesWithoutRecentWork(
  villages: readonly string[],
  work: InformationWork,
  today: IsoDate,
  months: number,
  parentOf?: ParentOf,
): VillageWithoutWork[] {
  const since = addMonths(today, -months);
  const found = workInPlaces(villages, work, today, parentOf ? { parentOf } : {});
  return [...found]
    .filter(([, entry]) => !entry.lastWork || entry.lastWork < since)
    .map(([placeId, entry]) => (entry.lastWork ? { placeId, lastWork: entry.lastWork } : { placeId }))
    .sort(
      (a, b) =>
        Number(Boolean(a.lastWork)) - Number(Boolean(b.lastWork)) ||
        (a.lastWork ?? '').localeCompare(b.lastWork ?? '') ||
        a.placeId.localeCompare(b.placeId),
    );
}

export interface SettlementSummary extends SettlementWork {
  placeId: string;
  districtId: string;
  year: number;
  total: number;
  shares: EthnicShare[];
  /** The ethnoses for which the settlement is a place of compact residence. */
  compactGroupIds: string[];
}

/** The settlements screen: each settlement's latest composition, compact-residence marks and work there. */
export function settlementSummaries(
  records: readonly Located[],
  work: InformationWork,
  today: IsoDate,
  options: {
    districtOf: (placeId: string) => string;
    parentOf?: ParentOf;
    rule?: CompactResidenceRule;
    period?: Period;
  },
): SettlementSummary[] {
  const latest = [...latestPopulation(records).values()];
  const compact = new Map<string, string[]>();
  for (const entry of compactResidence(latest, options.districtOf, options.rule))
    addToGroup(compact, entry.placeId, entry.ethnicGroupId);
  const done = workInPlaces(
    latest.map((record) => record.placeId),
    work,
    today,
    {
      ...(options.parentOf ? { parentOf: options.parentOf } : {}),
      ...(options.period ? { period: options.period } : {}),
    },
  );
  return latest.map((record) => ({
    placeId: record.placeId,
    districtId: options.districtOf(record.placeId),
    year: record.year,
    total: populationTotal(record),
    shares: ethnicShares(record.byEthnicGroup, record.total),
    compactGroupIds: compact.get(record.placeId) ?? [],
    ...(done.get(record.placeId) ?? { events: 0, receptions: 0 }),
  }));
}
