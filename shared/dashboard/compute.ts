import type { Period } from '../events/period';
import { receptionOutcomes, type IsoDate, type ReceptionOutcome } from '../model/records';
import type { DashboardData } from './data';
import { CONTROL, HELPED, dashboardIndex, type DashboardIndex } from './data-index';
import type { AgeBand, SexKey } from './demographics';
import { previousPeriod } from './periods';
import { placeMatcher, type DashboardPlace } from './places';
import {
  CONFIDENTIAL_LEFT_OUT,
  associationRule,
  chartRules,
  eventRule,
  figures,
  idsOf,
  memberRule,
  participantsOf,
  periodScope,
  placeScope,
  receptionRule,
  rules,
  sessionInScope,
  type ChartName,
  type ChartRule,
  type FigureName,
  type PeriodScope,
  type PlaceScope,
  type Register,
} from './rules';

/** A figure of the period next to the same figure of the period before. */
export interface Compared {
  current: number;
  previous: number;
  /** current − previous */
  change: number;
  /** The change as a share of the previous value (0.25 = +25 %); null when there was nothing before. */
  ratio: number | null;
}

export interface MonthBar {
  /** `YYYY-MM` */
  key: string;
  held: number;
  planned: number;
  /** Actual participants of the events held. */
  participants: number;
}

export interface CountBar<K extends string = string> {
  key: K;
  count: number;
}

export interface EventBar {
  key: string;
  /** Events held. */
  events: number;
  participants: number;
}

/**
 * The dashboard of a period and place. Flow figures count what happened in the period by its day
 * (an event by the day it starts, a reception by the day it took place). Stock figures (under
 * control, overdue, associations, members) are taken as of the period's last day, or as of today
 * when the period has not ended yet: `asOf` and `previousAsOf` say which day.
 */
export interface DashboardFigures {
  period: Period;
  previousPeriod: Period;
  asOf: IsoDate;
  previousAsOf: IsoDate;

  /** Events held that started in the period. */
  eventsHeld: Compared;
  /** Events starting in the period still in the status "planned" (not yet held, postponed or cancelled). */
  eventsPlanned: Compared;
  /** Of those, the ones whose day has passed with no result recorded (as of today, like the calendar's list). */
  eventsUnrecorded: Compared;
  /** Actual participants of the events held (countedParticipants). */
  participants: Compared;
  /** Citizens received in the period. */
  receptions: Compared;
  /** Receptions of the period with the outcome "helped". */
  helped: Compared;
  /** Receptions of the period taken under control ("12 problems were taken under control"). */
  takenUnderControl: Compared;
  /**
   * Control items open on the as-of day: received by then and not closed by then, whenever they
   * were received. On today this is the control list of the reception log.
   */
  underControl: Compared;
  /**
   * Of those, the ones past their deadline on the as-of day. The deadline is the current one:
   * an extension made later moves an earlier period's figure too, since only the last deadline is kept.
   */
  overdue: Compared;
  /**
   * Associations active, founded by the as-of day (or with no date), in the place. The status is
   * today's: an association closed since is not counted in earlier periods either.
   */
  associations: Compared;
  /** Distinct people who were members of those associations on the as-of day (joined by then, not left). */
  members: Compared;
  /** Confidential receptions of the period left out because the user did not include them. */
  confidentialLeftOut: number;

  /** Every month the period touches, empty months included. */
  eventsByMonth: MonthBar[];
  /** Receptions of the period by topic code, most first. */
  receptionsByTopic: CountBar[];
  /** Receptions of the period by outcome, every outcome in the reports' order. */
  receptionsByOutcome: CountBar<ReceptionOutcome>[];
  /** Events held by type code, most first. */
  eventsByType: EventBar[];
  /** Events held by district KATO code, most first, '' (no place) last. */
  eventsByDistrict: EventBar[];
  /** Members (as counted in `members`) by ethnic group id, most first, '' (not stated) last. */
  membersByEthnos: CountBar[];
  /** Members by age band on the as-of day, every band in order ('unknown' only when there are any). */
  membersByAgeBand: CountBar<AgeBand>[];
  /** Members by sex ('unknown' only when there are any). */
  membersBySex: CountBar<SexKey>[];
}

export interface DashboardOptions {
  /** The parent of a place, so that places the office added count under the unit chosen (placeLookup). */
  parentOf?: (placeId: string) => string | undefined;
  /** Confidential receptions count unless this is false: the dashboard shows numbers, never content. */
  includeConfidential?: boolean;
  /**
   * The period to compare with; previousPeriod(period) when not given. Each period is counted on
   * its own: a record in both, when they overlap, counts in both.
   */
  compareWith?: Period;
}

function compared(counters: Float64Array): Compared {
  const current = counters[0] ?? 0;
  const previous = counters[1] ?? 0;
  return {
    current,
    previous,
    change: current - previous,
    ratio: previous === 0 ? null : (current - previous) / previous,
  };
}

const isoOf = (day: number) =>
  `${String(Math.floor(day / 10_000)).padStart(4, '0')}-${String(Math.floor(day / 100) % 100).padStart(2, '0')}-${String(day % 100).padStart(2, '0')}`;

/** Keys by count, most first, then by key; the empty key (no place, not stated) last. */
function ranked<T extends { key: string }>(rows: T[], count: (row: T) => number): T[] {
  return rows
    .filter((row) => count(row) > 0)
    .sort((a, b) => Number(a.key === '') - Number(b.key === '') || count(b) - count(a) || (a.key < b.key ? -1 : 1));
}

function placeScopeOf(
  index: DashboardIndex,
  place: DashboardPlace,
  districtOf: (placeId: string | undefined) => string,
  options: DashboardOptions,
): PlaceScope {
  const matches = placeMatcher(place, districtOf, options.parentOf);
  return placeScope(index, matches, districtOf, options.includeConfidential ?? true);
}

/** The sums of the figures, [this period, the period compared with], and of the chart buckets (this period). */
interface Tally {
  totals: Record<FigureName, Float64Array>;
  confidentialLeftOut: number;
  monthHeld: Float64Array;
  monthPlanned: Float64Array;
  monthParticipants: Float64Array;
  typeHeld: Float64Array;
  typeParticipants: Float64Array;
  districtHeld: Float64Array;
  districtParticipants: Float64Array;
  topics: Float64Array;
  outcomes: Float64Array;
  ethnicGroups: Float64Array;
  ageBands: Float64Array;
  sexes: Float64Array;
}

function add(sums: Float64Array, at: number, by: number): void {
  if (at >= 0 && at < sums.length) sums[at] = (sums[at] ?? 0) + by;
}

/** A figure's bit and its sums: [this period, the period compared with]. */
interface Counter {
  bit: number;
  sums: Float64Array;
}

const counter = (t: Tally, name: FigureName): Counter => ({ bit: figures[name].bit, sums: t.totals[name] });

/**
 * Adds a record to the figure in each period whose rule bits name it; returns what it added to
 * this period's, for the chart buckets.
 */
function count(counter: Counter, now: number, then: number, by = 1): number {
  const { bit, sums } = counter;
  if ((then & bit) !== 0) sums[1] = (sums[1] ?? 0) + by;
  if ((now & bit) === 0) return 0;
  sums[0] = (sums[0] ?? 0) + by;
  return by;
}

/*
 * One pass over each register, asking the register's rule about each record for both periods.
 * Each figure is added at a call of its own: a loop over a list of figures here costs more than
 * the rules. Charts split this period's records only; a bucket gets from each record what the
 * record added to the figure the bar shows.
 */

function tallyEvents(index: DashboardIndex, current: PeriodScope, before: PeriodScope, t: Tally): void {
  const { eventsByMonth, eventsByType, eventsByDistrict } = chartRules;
  const held = counter(t, 'eventsHeld');
  const planned = counter(t, 'eventsPlanned');
  const unrecorded = counter(t, 'eventsUnrecorded');
  const participants = counter(t, 'participants');
  for (let at = 0; at < index.eventIds.length; at++) {
    const now = eventRule(index, at, current);
    const then = eventRule(index, at, before);
    if ((now | then) === 0) continue;
    const heldBy = count(held, now, then);
    const plannedBy = count(planned, now, then);
    count(unrecorded, now, then);
    const people = count(participants, now, then, participantsOf(index, at));
    if (now === 0) continue;
    const month = eventsByMonth.bucket(index, at, current);
    add(t.monthHeld, month, heldBy);
    add(t.monthPlanned, month, plannedBy);
    add(t.monthParticipants, month, people);
    const type = eventsByType.bucket(index, at, current);
    add(t.typeHeld, type, heldBy);
    add(t.typeParticipants, type, people);
    const district = eventsByDistrict.bucket(index, at, current);
    add(t.districtHeld, district, heldBy);
    add(t.districtParticipants, district, people);
  }
}

function tallyReceptions(index: DashboardIndex, current: PeriodScope, before: PeriodScope, t: Tally): void {
  const { receptionsByTopic, receptionsByOutcome } = chartRules;
  const received = counter(t, 'receptions');
  const helped = counter(t, 'helped');
  const taken = counter(t, 'takenUnderControl');
  const open = counter(t, 'underControl');
  const overdue = counter(t, 'overdue');
  for (let at = 0; at < index.receptionIds.length; at++) {
    const now = receptionRule(index, at, current);
    const then = receptionRule(index, at, before);
    if ((now | then) === 0) continue;
    const receivedBy = count(received, now, then);
    count(helped, now, then);
    count(taken, now, then);
    count(open, now, then);
    count(overdue, now, then);
    if (now & CONFIDENTIAL_LEFT_OUT) t.confidentialLeftOut++;
    if (receivedBy === 0) continue;
    add(t.topics, receptionsByTopic.bucket(index, at, current), receivedBy);
    add(t.outcomes, receptionsByOutcome.bucket(index, at, current), receivedBy);
  }
}

/** Mass receptions add their totals where their linked receptions were left out by receptionRule. */
function tallySessions(index: DashboardIndex, current: PeriodScope, before: PeriodScope, t: Tally): void {
  const outcomes = receptionOutcomes.length;
  const received = t.totals.receptions;
  const helped = t.totals.helped;
  const taken = t.totals.takenUnderControl;
  for (let at = 0; at < index.sessionIds.length; at++) {
    const periods = [sessionInScope(index, at, current), sessionInScope(index, at, before)];
    periods.forEach((counts, slot) => {
      if (!counts) return;
      add(received, slot, index.sessionReceived[at] ?? 0);
      add(helped, slot, index.sessionOutcomes[at * outcomes + HELPED] ?? 0);
      add(taken, slot, index.sessionOutcomes[at * outcomes + CONTROL] ?? 0);
    });
    if (!periods[0]) continue;
    for (let outcome = 0; outcome < outcomes; outcome++)
      add(t.outcomes, outcome, index.sessionOutcomes[at * outcomes + outcome] ?? 0);
    for (const [topic, count] of index.sessionTopics[at] ?? []) add(t.topics, topic, count);
  }
}

function tallyAssociations(index: DashboardIndex, current: PeriodScope, before: PeriodScope, t: Tally): void {
  const associations = counter(t, 'associations');
  for (let at = 0; at < index.associationIds.length; at++)
    count(associations, associationRule(index, at, current), associationRule(index, at, before));
}

function tallyMembers(index: DashboardIndex, current: PeriodScope, before: PeriodScope, t: Tally): void {
  const { membersByEthnos, membersByAgeBand, membersBySex } = chartRules;
  const members = counter(t, 'members');
  for (let at = 0; at < index.personIds.length; at++) {
    const by = count(members, memberRule(index, at, current), memberRule(index, at, before));
    if (by === 0) continue;
    add(t.ethnicGroups, membersByEthnos.bucket(index, at, current), by);
    add(t.ageBands, membersByAgeBand.bucket(index, at, current), by);
    add(t.sexes, membersBySex.bucket(index, at, current), by);
  }
}

function tally(index: DashboardIndex, current: PeriodScope, before: PeriodScope): Tally {
  const buckets = (chart: ChartName) => new Float64Array(chartRules[chart].keys(index, current).length);
  const pair = () => new Float64Array(2);
  const t: Tally = {
    totals: {
      eventsHeld: pair(),
      eventsPlanned: pair(),
      eventsUnrecorded: pair(),
      participants: pair(),
      receptions: pair(),
      helped: pair(),
      takenUnderControl: pair(),
      underControl: pair(),
      overdue: pair(),
      associations: pair(),
      members: pair(),
    },
    confidentialLeftOut: 0,
    monthHeld: buckets('eventsByMonth'),
    monthPlanned: buckets('eventsByMonth'),
    monthParticipants: buckets('eventsByMonth'),
    typeHeld: buckets('eventsByType'),
    typeParticipants: buckets('eventsByType'),
    districtHeld: buckets('eventsByDistrict'),
    districtParticipants: buckets('eventsByDistrict'),
    topics: buckets('receptionsByTopic'),
    outcomes: buckets('receptionsByOutcome'),
    ethnicGroups: buckets('membersByEthnos'),
    ageBands: buckets('membersByAgeBand'),
    sexes: buckets('membersBySex'),
  };
  tallyEvents(index, current, before, t);
  tallyReceptions(index, current, before, t);
  tallySessions(index, current, before, t);
  tallyAssociations(index, current, before, t);
  tallyMembers(index, current, before, t);
  return t;
}

/**
 * Every figure and chart of the dashboard for a period and place, compared with the period before,
 * by the rules of ./rules. One pass over each register, over columns indexed once per loaded data
 * (dashboardIndex), so a change of period or place costs milliseconds at 100,000 people.
 */
export function computeDashboard(
  data: DashboardData,
  period: Period,
  place: DashboardPlace,
  today: IsoDate,
  districtOf: (placeId: string | undefined) => string,
  options: DashboardOptions = {},
): DashboardFigures {
  const index = dashboardIndex(data, today);
  const previous = options.compareWith ?? previousPeriod(period);
  const shared = placeScopeOf(index, place, districtOf, options);
  const current = periodScope(index, shared, period, today);
  const before = periodScope(index, shared, previous, today);
  const t = tally(index, current, before);
  const { totals } = t;

  const { eventsByMonth, eventsByType, eventsByDistrict, receptionsByTopic, receptionsByOutcome } = chartRules;
  const { membersByEthnos, membersByAgeBand, membersBySex } = chartRules;
  const events = (keys: readonly string[], held: Float64Array, people: Float64Array) =>
    ranked(
      keys.map((key, at) => ({ key, events: held[at] ?? 0, participants: people[at] ?? 0 })),
      (row) => row.events,
    );
  const counted = <K extends string>(keys: readonly K[], counts: Float64Array) =>
    keys.map((key, at) => ({ key, count: counts[at] ?? 0 }));
  const unknownIfAny = <K extends string>(rows: CountBar<K>[]) =>
    rows.filter((row) => row.key !== 'unknown' || row.count > 0);

  return {
    period: { from: period.from, to: period.to },
    previousPeriod: previous,
    asOf: isoOf(current.asOf),
    previousAsOf: isoOf(before.asOf),
    eventsHeld: compared(totals.eventsHeld),
    eventsPlanned: compared(totals.eventsPlanned),
    eventsUnrecorded: compared(totals.eventsUnrecorded),
    participants: compared(totals.participants),
    receptions: compared(totals.receptions),
    helped: compared(totals.helped),
    takenUnderControl: compared(totals.takenUnderControl),
    underControl: compared(totals.underControl),
    overdue: compared(totals.overdue),
    associations: compared(totals.associations),
    members: compared(totals.members),
    confidentialLeftOut: t.confidentialLeftOut,
    eventsByMonth: eventsByMonth.keys(index, current).map((key, at) => ({
      key,
      held: t.monthHeld[at] ?? 0,
      planned: t.monthPlanned[at] ?? 0,
      participants: t.monthParticipants[at] ?? 0,
    })),
    receptionsByTopic: ranked(counted(receptionsByTopic.keys(index, current), t.topics), (row) => row.count),
    receptionsByOutcome: counted(receptionsByOutcome.keys(index, current), t.outcomes),
    eventsByType: events(eventsByType.keys(index, current), t.typeHeld, t.typeParticipants),
    eventsByDistrict: events(eventsByDistrict.keys(index, current), t.districtHeld, t.districtParticipants),
    membersByEthnos: ranked(counted(membersByEthnos.keys(index, current), t.ethnicGroups), (row) => row.count),
    membersByAgeBand: unknownIfAny(counted(membersByAgeBand.keys(index, current), t.ageBands)),
    membersBySex: unknownIfAny(counted(membersBySex.keys(index, current), t.sexes)),
  };
}

/** A figure or a chart item of the dashboard, for the records behind it. */
export type DashboardTarget =
  | { kind: FigureName }
  | { kind: 'eventsByMonth'; key: string; status: 'held' | 'planned' }
  | { kind: Exclude<ChartName, 'eventsByMonth'>; key: string };

export interface DashboardRecords {
  table: Register;
  ids: string[];
  /**
   * The mass receptions a receptions figure counts, each with the people it adds to it (its
   * totals, not names): with `ids` they make the figure.
   */
  sessions?: { id: string; count: number }[];
}

/** What each mass reception in scope adds to a receptions figure, narrowed to a chart's bucket. */
function sessionsBehind(
  index: DashboardIndex,
  scope: PeriodScope,
  figure: FigureName,
  chart: ChartName | undefined,
  bucket: number,
): { id: string; count: number }[] {
  const outcomes = receptionOutcomes.length;
  const found: { id: string; count: number }[] = [];
  for (let at = 0; at < index.sessionIds.length; at++) {
    if (!sessionInScope(index, at, scope)) continue;
    const outcome = (number: number) => index.sessionOutcomes[at * outcomes + number] ?? 0;
    let count = 0;
    if (chart === 'receptionsByOutcome') count = outcome(bucket);
    else if (chart === 'receptionsByTopic')
      count = (index.sessionTopics[at] ?? []).find(([topic]) => topic === bucket)?.[1] ?? 0;
    else if (figure === 'receptions') count = index.sessionReceived[at] ?? 0;
    else if (figure === 'helped') count = outcome(HELPED);
    else if (figure === 'takenUnderControl') count = outcome(CONTROL);
    if (count > 0) found.push({ id: index.sessionIds[at] ?? '', count });
  }
  return found;
}

/** The figure whose records a click on a chart's bar or slice lists: the one the bar shows. */
const figureOfChart: Readonly<Record<Exclude<ChartName, 'eventsByMonth'>, FigureName>> = {
  eventsByType: 'eventsHeld',
  eventsByDistrict: 'eventsHeld',
  receptionsByTopic: 'receptions',
  receptionsByOutcome: 'receptions',
  membersByEthnos: 'members',
  membersByAgeBand: 'members',
  membersBySex: 'members',
};

function ruleOfTarget(target: DashboardTarget): { figure: FigureName; chart?: ChartName; key?: string } {
  if (!('key' in target)) return { figure: target.kind };
  if (target.kind === 'eventsByMonth')
    return { figure: target.status === 'held' ? 'eventsHeld' : 'eventsPlanned', chart: target.kind, key: target.key };
  return { figure: figureOfChart[target.kind], chart: target.kind, key: target.key };
}

/**
 * The records a figure or a chart item counts: the ids of the events, receptions, associations or
 * people whose register's rule names the figure (./rules), narrowed to the item's bucket.
 * `previous` gives those of the period compared with.
 */
export function recordsBehind(
  data: DashboardData,
  period: Period,
  place: DashboardPlace,
  today: IsoDate,
  districtOf: (placeId: string | undefined) => string,
  target: DashboardTarget,
  options: DashboardOptions & { previous?: boolean } = {},
): DashboardRecords {
  const index = dashboardIndex(data, today);
  const chosen = options.previous ? (options.compareWith ?? previousPeriod(period)) : period;
  const scope = periodScope(index, placeScopeOf(index, place, districtOf, options), chosen, today);
  const { figure, chart, key } = ruleOfTarget(target);
  const { register, bit } = figures[figure];
  const rule = rules[register];
  const split: ChartRule | undefined = chart ? chartRules[chart] : undefined;
  const keys = split?.keys(index, scope) ?? [];
  const all = idsOf(index, register);
  const ids: string[] = [];
  for (let at = 0; at < all.length; at++)
    if ((rule(index, at, scope) & bit) !== 0 && (!split || keys[split.bucket(index, at, scope)] === key))
      ids.push(all[at] ?? '');
  const bucket = split && key !== undefined ? keys.indexOf(key) : -1;
  if (register !== 'receptions' || (split && bucket < 0)) return { table: register, ids };
  const sessions = sessionsBehind(index, scope, figure, chart, bucket);
  return sessions.length > 0 ? { table: register, ids, sessions } : { table: register, ids };
}
