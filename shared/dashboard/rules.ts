import type { Period } from '../events/period';
import { receptionOutcomes, type IsoDate, type ReceptionOutcome } from '../model/records';
import { CONTROL, HELD, HELPED, PLANNED, dayNumber, type DashboardIndex } from './data-index';
import { ageBands, bandOfAge, sexKeys, type AgeBand, type SexKey } from './demographics';
import { monthsOf } from './periods';

/*
 * The one definition of what each dashboard figure and chart bucket counts. computeDashboard adds
 * up the records these rules accept and recordsBehind lists them, so a figure and the list it
 * opens cannot disagree: a rule changed here changes both.
 */

/** The registers the figures count; 'people' are the members, each once however many memberships. */
export type Register = 'events' | 'receptions' | 'associations' | 'people';

export type FigureName =
  | 'eventsHeld'
  | 'eventsPlanned'
  | 'eventsUnrecorded'
  | 'participants'
  | 'receptions'
  | 'helped'
  | 'takenUnderControl'
  | 'underControl'
  | 'overdue'
  | 'associations'
  | 'members';

export type ChartName =
  | 'eventsByMonth'
  | 'eventsByType'
  | 'eventsByDistrict'
  | 'receptionsByTopic'
  | 'receptionsByOutcome'
  | 'membersByEthnos'
  | 'membersByAgeBand'
  | 'membersBySex';

/** What one computation looks at whatever the period: the place, as numbers. */
export interface PlaceScope {
  /** 1 for each place of the index inside the dashboard's place. */
  placeOk: Uint8Array;
  /** The district of each place of the index, as an index into `districts`. */
  districtOfPlace: Int32Array;
  districts: readonly string[];
  includeConfidential: boolean;
}

/** One period of one computation, as numbers, so that a rule is a few array reads. */
export interface PeriodScope extends PlaceScope {
  from: number;
  to: number;
  /** The day stock figures are taken on: the period's last day, or today while it lasts. */
  asOf: number;
  today: number;
  /** The period's first month as year × 12 + month, and the months it touches. */
  firstMonth: number;
  months: readonly string[];
  /** 1 for each person of the index who counts as a member on `asOf` (see membersOn). */
  member: Uint8Array;
}

export function placeScope(
  index: DashboardIndex,
  matches: (placeId: string | undefined) => boolean,
  districtOf: (placeId: string | undefined) => string,
  includeConfidential: boolean,
): PlaceScope {
  const placeOk = new Uint8Array(index.places.length);
  const districtOfPlace = new Int32Array(index.places.length);
  const districts: string[] = [];
  index.places.forEach((placeId, at) => {
    placeOk[at] = matches(placeId || undefined) ? 1 : 0;
    const district = districtOf(placeId || undefined);
    if (!districts.includes(district)) districts.push(district);
    districtOfPlace[at] = districts.indexOf(district);
  });
  return { placeOk, districtOfPlace, districts, includeConfidential };
}

const monthNumber = (day: number) => Math.floor(day / 10_000) * 12 + (Math.floor(day / 100) % 100);

export function periodScope(index: DashboardIndex, place: PlaceScope, period: Period, today: IsoDate): PeriodScope {
  const from = dayNumber(period.from);
  const to = dayNumber(period.to);
  const todayNumber = dayNumber(today);
  const scope: PeriodScope = {
    placeOk: place.placeOk,
    districtOfPlace: place.districtOfPlace,
    districts: place.districts,
    includeConfidential: place.includeConfidential,
    from,
    to,
    asOf: to < todayNumber ? to : todayNumber,
    today: todayNumber,
    firstMonth: monthNumber(from),
    months: monthsOf(period),
    member: new Uint8Array(index.personIds.length),
  };
  membersOn(index, scope);
  return scope;
}

/**
 * A register's rule: every figure a record of it counts in during a period, as the figures' bits
 * or'ed together. One rule per register, not per figure, so that computeDashboard reads each
 * record once per period: at 100,000 people a check per figure would take several times as long.
 */
type Rule = (index: DashboardIndex, at: number, scope: PeriodScope) => number;

// Each register numbers the bits of its own figures; `figures` says which register a bit is of.
const EVENTS_HELD = 1;
const PARTICIPANTS = 2;
const EVENTS_PLANNED = 4;
const EVENTS_UNRECORDED = 8;
const RECEPTIONS = 1;
const HELPED_ONES = 2;
const TAKEN_UNDER_CONTROL = 4;
const UNDER_CONTROL = 8;
const OVERDUE = 16;
/** Not a figure with a list: how many confidential receptions of the period were left out. */
export const CONFIDENTIAL_LEFT_OUT = 32;
const ASSOCIATIONS = 1;
const MEMBERS = 1;

/**
 * What an event adds to the participants figure, where every other figure adds 1: the actual
 * number once held (countedParticipants).
 */
export const participantsOf = (index: DashboardIndex, at: number) => index.eventParticipants[at] ?? 0;

/** Each figure: the register it counts, and its bit in that register's rule. */
/** The figures the dashboard shows as cards, in their order; the others are counted for reports and forms. */
export const cardFigures = [
  'eventsHeld',
  'eventsPlanned',
  'participants',
  'receptions',
  'helped',
  'underControl',
  'overdue',
  'associations',
  'members',
] as const satisfies readonly FigureName[];
export type CardFigure = (typeof cardFigures)[number];

export const figures: Readonly<Record<FigureName, { register: Register; bit: number }>> = {
  eventsHeld: { register: 'events', bit: EVENTS_HELD },
  eventsPlanned: { register: 'events', bit: EVENTS_PLANNED },
  eventsUnrecorded: { register: 'events', bit: EVENTS_UNRECORDED },
  participants: { register: 'events', bit: PARTICIPANTS },
  receptions: { register: 'receptions', bit: RECEPTIONS },
  helped: { register: 'receptions', bit: HELPED_ONES },
  takenUnderControl: { register: 'receptions', bit: TAKEN_UNDER_CONTROL },
  underControl: { register: 'receptions', bit: UNDER_CONTROL },
  overdue: { register: 'receptions', bit: OVERDUE },
  associations: { register: 'associations', bit: ASSOCIATIONS },
  members: { register: 'people', bit: MEMBERS },
};

/** Events by the day they start, in the place. */
export function eventRule(index: DashboardIndex, at: number, scope: PeriodScope): number {
  const day = index.eventDay[at] ?? 0;
  if (day < scope.from || day > scope.to || scope.placeOk[index.eventPlace[at] ?? 0] !== 1) return 0;
  const status = index.eventStatus[at];
  // The participants figure sums participantsOf over the same records as the events held.
  if (status === HELD) return EVENTS_HELD | PARTICIPANTS;
  if (status !== PLANNED) return 0;
  // Read against today, not the as-of day, like the calendar's list of plans with no result.
  return (index.eventLastDay[at] ?? 0) < scope.today ? EVENTS_PLANNED | EVENTS_UNRECORDED : EVENTS_PLANNED;
}

/**
 * Receptions in the place. Flow figures take those received in the period; the control figures
 * those open on the as-of day, whenever received. A confidential reception counts in all of them
 * unless confidential ones are left out, and then in none of them, in either period; only a left-out
 * one received in the period adds to CONFIDENTIAL_LEFT_OUT.
 */
export function receptionRule(index: DashboardIndex, at: number, scope: PeriodScope): number {
  const day = index.receptionDay[at] ?? 0;
  const inPeriod = day >= scope.from && day <= scope.to;
  const deadline = index.controlDeadline[at] ?? 0;
  // Most receptions of a long register fall outside the period with no control item: out first.
  if ((!inPeriod && deadline === 0) || scope.placeOk[index.receptionPlace[at] ?? 0] !== 1) return 0;
  // A citizen entered under a mass reception is counted in its totals (sessionInScope), not again here.
  const counted = inPeriod && index.receptionInSession[at] !== 1;
  if (!scope.includeConfidential && index.receptionConfidential[at] === 1) return counted ? CONFIDENTIAL_LEFT_OUT : 0;
  let bits = 0;
  if (counted) {
    const outcome = index.receptionOutcome[at];
    bits = RECEPTIONS | (outcome === HELPED ? HELPED_ONES : outcome === CONTROL ? TAKEN_UNDER_CONTROL : 0);
  }
  const closed = index.controlClosed[at] ?? 0;
  // A control item closed on the as-of day is no longer open that day; one due that day is not yet overdue.
  if (deadline !== 0 && day <= scope.asOf && (closed === 0 || closed > scope.asOf))
    bits |= scope.asOf > deadline ? UNDER_CONTROL | OVERDUE : UNDER_CONTROL;
  return bits;
}

/**
 * A mass reception counts in the period's receptions, helped and taken under control by its day
 * and place, with the figures of sessionFigures (its linked receptions never added on top).
 */
export function sessionInScope(index: DashboardIndex, at: number, scope: PeriodScope): boolean {
  const day = index.sessionDay[at] ?? 0;
  return day >= scope.from && day <= scope.to && scope.placeOk[index.sessionPlace[at] ?? 0] === 1;
}

/**
 * Active associations in the place founded (or registered) by the as-of day. One with no date
 * always counts, as the register holds many such; the status is today's, for any period.
 */
export function associationRule(index: DashboardIndex, at: number, scope: PeriodScope): number {
  const since = index.associationSince[at] ?? 0;
  return index.associationActive[at] === 1 &&
    (since === 0 || since <= scope.asOf) &&
    scope.placeOk[index.associationPlace[at] ?? 0] === 1
    ? ASSOCIATIONS
    : 0;
}

/** People marked by membersOn for the period. */
export const memberRule: Rule = (_, at, scope) => (scope.member[at] === 1 ? MEMBERS : 0);

export const rules: Readonly<Record<Register, Rule>> = {
  events: eventRule,
  receptions: receptionRule,
  associations: associationRule,
  people: memberRule,
};

/**
 * Marks the people the members figure counts: those with a membership on the as-of day (joined by
 * then or with no date, not left by then) in an association the associations figure counts.
 * Worked out once per period, since one person's memberships lie anywhere in the register.
 */
function membersOn(index: DashboardIndex, scope: PeriodScope): void {
  const counted = countedAssociations(index, scope);
  for (let at = 0; at < index.membershipPerson.length; at++)
    if (membershipRule(index, at, scope, counted)) scope.member[index.membershipPerson[at] ?? -1] = 1;
}

/** associationRule of every association, by its number in the index. */
export function countedAssociations(index: DashboardIndex, scope: PeriodScope): Uint8Array {
  const counted = new Uint8Array(index.associationIds.length);
  for (let at = 0; at < counted.length; at++) counted[at] = associationRule(index, at, scope);
  return counted;
}

/**
 * Whether a membership makes its person a member on the as-of day: joined by then or with no date,
 * not left by then, in an association `counted` (countedAssociations) marks.
 */
export function membershipRule(index: DashboardIndex, at: number, scope: PeriodScope, counted: Uint8Array): boolean {
  const joined = index.membershipJoined[at] ?? 0;
  const left = index.membershipLeft[at] ?? 0;
  return (
    counted[index.membershipAssociation[at] ?? -1] === ASSOCIATIONS &&
    (joined === 0 || joined <= scope.asOf) &&
    (left === 0 || left > scope.asOf)
  );
}

/**
 * A chart: the bucket a counted record falls in, as an index into the chart's keys; -1 for none.
 * A bar or slice shows the records of a figure that fall in its bucket.
 */
export interface ChartRule<K extends string = string> {
  bucket: (index: DashboardIndex, at: number, scope: PeriodScope) => number;
  keys: (index: DashboardIndex, scope: PeriodScope) => readonly K[];
}

/** The charts whose keys are a fixed list, which their rows are typed by. */
interface ChartKeys {
  receptionsByOutcome: ReceptionOutcome;
  membersByAgeBand: AgeBand;
  membersBySex: SexKey;
}

type ChartRules = { readonly [C in ChartName]: ChartRule<C extends keyof ChartKeys ? ChartKeys[C] : string> };

const AGE_UNKNOWN = ageBands.indexOf('unknown');
/** The band of each age in full years, 0 to 150, as an index into ageBands. */
const BAND_OF_AGE = Uint8Array.from({ length: 151 }, (_, age) => ageBands.indexOf(bandOfAge(age)));

function bandIndex(birth: number, asOf: number): number {
  if (birth === 0 || birth > asOf) return AGE_UNKNOWN;
  return BAND_OF_AGE[Math.floor((asOf - birth) / 10_000)] ?? AGE_UNKNOWN;
}

/** A value missing from its list (data-index stores indexOf's -1 as 255) falls in no bucket. */
const listed = (value: number | undefined, keys: readonly string[]) =>
  value !== undefined && value < keys.length ? value : -1;

export const chartRules: ChartRules = {
  eventsByMonth: {
    bucket: (index, at, scope) => monthNumber(index.eventDay[at] ?? 0) - scope.firstMonth,
    keys: (_, scope) => scope.months,
  },
  eventsByType: { bucket: (index, at) => index.eventType[at] ?? -1, keys: (index) => index.types },
  eventsByDistrict: {
    bucket: (index, at, scope) => scope.districtOfPlace[index.eventPlace[at] ?? 0] ?? -1,
    keys: (_, scope) => scope.districts,
  },
  receptionsByTopic: {
    bucket: (index, at) => index.receptionTopic[at] ?? -1,
    keys: (index) => index.topics,
  },
  receptionsByOutcome: {
    bucket: (index, at) => listed(index.receptionOutcome[at], receptionOutcomes),
    keys: () => receptionOutcomes,
  },
  membersByEthnos: {
    bucket: (index, at) => index.personEthnos[at] ?? -1,
    keys: (index) => index.ethnicGroups,
  },
  // The age on the as-of day, so that a period long past shows the members as they were then.
  membersByAgeBand: {
    bucket: (index, at, scope) => bandIndex(index.personBirth[at] ?? 0, scope.asOf),
    keys: () => ageBands,
  },
  membersBySex: {
    bucket: (index, at) => listed(index.personSex[at], sexKeys),
    keys: () => sexKeys,
  },
};

/**
 * Events by their direction and by their project (directory item ids; the first key, '', is none):
 * no chart of the dashboard shows them, but a form's table may have a row per direction or project.
 */
export const eventDirectionRule: ChartRule = {
  bucket: (index, at) => index.eventDirection[at] ?? -1,
  keys: (index) => index.directions,
};
export const eventProjectRule: ChartRule = {
  bucket: (index, at) => index.eventProject[at] ?? -1,
  keys: (index) => index.projects,
};

export function idsOf(index: DashboardIndex, register: Register): readonly string[] {
  switch (register) {
    case 'events':
      return index.eventIds;
    case 'receptions':
      return index.receptionIds;
    case 'associations':
      return index.associationIds;
    case 'people':
      return index.personIds;
  }
}
