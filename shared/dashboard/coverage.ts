import { addToGroup } from '../collections/group';
import type { Period } from '../events/period';
import type { KelisimEvent, Place, PopulationRecord } from '../model/records';
import { latestPopulation, populationTotal } from '../monitoring/population';
import { isWithin } from './places';

export type CoverageEvent = Pick<
  KelisimEvent,
  | 'id'
  | 'start'
  | 'status'
  | 'placeId'
  | 'projectId'
  | 'directionId'
  | 'audienceCodes'
  | 'actualParticipants'
  | 'attendeeIds'
  | 'deletedAt'
>;

/** A settlement of the area the coverage is asked for, with the office's remote mark. */
export type CoverageSettlement = Pick<Place, 'id' | 'remote'>;

type Located = Pick<PopulationRecord, 'placeId' | 'year' | 'byEthnicGroup' | 'total' | 'updatedAt' | 'deletedAt'>;

/**
 * People reached by a set of events held, each named person once:
 * - an event with a list of attendees adds the people on it, a person on the lists of several events
 *   counting once;
 * - an event without a list adds its participants count (nobody can tell whether they came to
 *   another event too);
 * - an event whose list is shorter than its participants count (a partial list: the sign-in sheet
 *   has 30 names, 45 came) adds the difference as unnamed people, so the event counts
 *   max(participants, named) on its own.
 */
export interface Reach {
  /** Named people plus unnamed participants. */
  reached: number;
  /** Distinct people on the lists. */
  named: number;
  /** Participants beyond the lists, each counted as a separate person. */
  unnamed: number;
}

/** The reach of events already narrowed to the ones that count (held, in the period, in the area). */
export function reachOf(events: readonly Pick<CoverageEvent, 'actualParticipants' | 'attendeeIds'>[]): Reach {
  const named = new Set<string>();
  let unnamed = 0;
  for (const event of events) {
    const listed = new Set(event.attendeeIds ?? []);
    for (const id of listed) named.add(id);
    unnamed += Math.max(0, (event.actualParticipants ?? 0) - listed.size);
  }
  return { reached: named.size + unnamed, named: named.size, unnamed };
}

export interface CoverageFigures extends Reach {
  events: number;
  /** Participants as the events count them (max of the stated count and the list, per event). */
  participants: number;
}

export interface SettlementCoverage extends CoverageFigures {
  placeId: string;
  remote: boolean;
  /** The settlement's latest population from monitoring; absent when none is entered. */
  population?: number;
  /** reached / population, 0…1 (see computeCoverage); absent without a population. */
  share?: number;
  /** The reach was above the population and the share was cut to 1. */
  capped: boolean;
}

export interface CoverageBreakdownRow extends CoverageFigures {
  /** A project's or direction's id, an audience's code; '' for events without one. */
  key: string;
}

export interface Coverage {
  period: Period;
  /** Every event held in the area in the period, in a settlement or not. */
  total: CoverageFigures;
  /** Population of the listed settlements that have figures (remote ones included). */
  population: number;
  /** total.reached / population, capped at 1; absent when no population is known. */
  share?: number;
  capped: boolean;
  /** The settlements not marked remote, in the order given. */
  settlements: SettlementCoverage[];
  /** The settlements marked remote, apart. */
  remote: SettlementCoverage[];
  /** Settlements (remote ones too) with no event held in them in the period. */
  withoutWork: string[];
  /** Events held in the area but in no listed settlement: at the okrug or district, or with no place. */
  elsewhere: CoverageFigures;
  byProject: CoverageBreakdownRow[];
  byDirection: CoverageBreakdownRow[];
  /** An event for several audiences counts under each of them, so these rows add up to more than the total. */
  byAudience: CoverageBreakdownRow[];
}

function figuresOf(events: readonly CoverageEvent[]): CoverageFigures {
  const reach = reachOf(events);
  const participants = events.reduce(
    (sum, event) => sum + Math.max(event.actualParticipants ?? 0, new Set(event.attendeeIds ?? []).size),
    0,
  );
  return { events: events.length, participants, ...reach };
}

/** The share of a population reached: cut to 1 when the reach is larger (see computeCoverage). */
function shareOf(reached: number, population: number | undefined): { share?: number; capped: boolean } {
  if (!population || population <= 0) return { capped: false };
  const share = reached / population;
  return share > 1 ? { share: 1, capped: true } : { share, capped: false };
}

function breakdown(events: readonly CoverageEvent[], keysOf: (event: CoverageEvent) => readonly string[]) {
  const groups = new Map<string, CoverageEvent[]>();
  for (const event of events) {
    const keys = keysOf(event);
    for (const key of keys.length > 0 ? new Set(keys) : ['']) addToGroup(groups, key, event);
  }
  return [...groups]
    .map(([key, list]): CoverageBreakdownRow => ({ key, ...figuresOf(list) }))
    .sort((a, b) => Number(a.key === '') - Number(b.key === '') || b.events - a.events || a.key.localeCompare(b.key));
}

/**
 * The coverage of the population by the information work of a period: the events held (status
 * 'held', not deleted, starting in the period, and inside the area when `inArea` is given) by
 * settlement, against each settlement's latest population from monitoring.
 *
 * Reach follows reachOf: named attendees once per settlement (and once over the whole area in the
 * total), unnamed participants as they are counted. The share is reach / population. An unnamed
 * count cannot tell the person at three meetings from three people, so the reach can exceed the
 * population: the share is then cut to 100 % and marked `capped`, so that a report says «не менее
 * 100 %» rather than an impossible 140 %. A settlement without population figures has no share.
 *
 * An event belongs to the listed settlement its place is, or lies under (a place the office added
 * inside a village); events at an okrug or the district are counted in the total and `elsewhere`.
 */
export function computeCoverage(
  input: {
    events: readonly CoverageEvent[];
    settlements: readonly CoverageSettlement[];
    population: readonly Located[];
    parentOf?: (placeId: string) => string | undefined;
    inArea?: (placeId: string | undefined) => boolean;
  },
  period: Period,
): Coverage {
  const { parentOf, inArea } = input;
  const held = input.events.filter((event) => {
    const day = event.start.slice(0, 10);
    return (
      !event.deletedAt &&
      event.status === 'held' &&
      day >= period.from &&
      day <= period.to &&
      (!inArea || inArea(event.placeId))
    );
  });
  const ids = input.settlements.map((settlement) => settlement.id as string);
  const listed = new Set(ids);
  const settlementOfPlace = new Map<string, string | undefined>();
  const settlementOf = (placeId: string): string | undefined => {
    if (!settlementOfPlace.has(placeId))
      settlementOfPlace.set(placeId, listed.has(placeId) ? placeId : ids.find((id) => isWithin(placeId, id, parentOf)));
    return settlementOfPlace.get(placeId);
  };
  const bySettlement = new Map<string, CoverageEvent[]>();
  const elsewhere: CoverageEvent[] = [];
  for (const event of held) {
    const settlement = event.placeId ? settlementOf(event.placeId) : undefined;
    if (settlement) addToGroup(bySettlement, settlement, event);
    else elsewhere.push(event);
  }
  const latest = latestPopulation(input.population.filter((record) => listed.has(record.placeId)));
  const rows = input.settlements.map((settlement): SettlementCoverage => {
    const record = latest.get(settlement.id);
    const population = record ? populationTotal(record) : undefined;
    const figures = figuresOf(bySettlement.get(settlement.id) ?? []);
    return {
      placeId: settlement.id,
      remote: settlement.remote === true,
      ...figures,
      ...(population !== undefined ? { population } : {}),
      ...shareOf(figures.reached, population),
    };
  });
  const total = figuresOf(held);
  const population = rows.reduce((sum, row) => sum + (row.population ?? 0), 0);
  return {
    period,
    total,
    population,
    ...shareOf(total.reached, population),
    settlements: rows.filter((row) => !row.remote),
    remote: rows.filter((row) => row.remote),
    withoutWork: rows.filter((row) => row.events === 0).map((row) => row.placeId),
    elsewhere: figuresOf(elsewhere),
    byProject: breakdown(held, (event) => (event.projectId ? [event.projectId] : [])),
    byDirection: breakdown(held, (event) => (event.directionId ? [event.directionId] : [])),
    byAudience: breakdown(held, (event) => event.audienceCodes),
  };
}
