import type { Period } from '../events/period';
import { receptionOutcomes, type IsoDate, type ReceptionOutcome } from '../model/records';
import type { DashboardData } from './data';
import { CONTROL, HELD, HELPED, PLANNED, dashboardIndex, dayNumber, type DashboardIndex } from './data-index';
import { ageBands, bandOfAge, sexKeys, type AgeBand, type SexKey } from './demographics';
import { monthWithin, monthsOf, previousPeriod } from './periods';
import { placeMatcher, type DashboardPlace } from './places';

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
  /** The period to compare with; previousPeriod(period) when not given. */
  compareWith?: Period;
}

const AGE_UNKNOWN = ageBands.indexOf('unknown');
/** The band of each age in full years, 0 to 150, as an index into ageBands. */
const BAND_OF_AGE = Uint8Array.from({ length: 151 }, (_, age) => ageBands.indexOf(bandOfAge(age)));

function bandIndex(birth: number, asOf: number): number {
  if (birth === 0 || birth > asOf) return AGE_UNKNOWN;
  return BAND_OF_AGE[Math.floor((asOf - birth) / 10_000)] ?? AGE_UNKNOWN;
}

/** The days and places one computation looks at, as numbers. */
interface Scope {
  from: number;
  to: number;
  asOf: number;
  previousFrom: number;
  previousTo: number;
  previousAsOf: number;
  today: number;
  placeOk: Uint8Array;
  includeConfidential: boolean;
}

function scopeOf(
  index: DashboardIndex,
  period: Period,
  previous: Period,
  place: DashboardPlace,
  today: IsoDate,
  districtOf: (placeId: string | undefined) => string,
  options: DashboardOptions,
): Scope {
  const matches = placeMatcher(place, districtOf, options.parentOf);
  const placeOk = new Uint8Array(index.places.length);
  index.places.forEach((placeId, at) => {
    placeOk[at] = matches(placeId || undefined) ? 1 : 0;
  });
  const todayNumber = dayNumber(today);
  const to = dayNumber(period.to);
  const previousTo = dayNumber(previous.to);
  return {
    from: dayNumber(period.from),
    to,
    asOf: Math.min(to, todayNumber),
    previousFrom: dayNumber(previous.from),
    previousTo,
    previousAsOf: Math.min(previousTo, todayNumber),
    today: todayNumber,
    placeOk,
    includeConfidential: options.includeConfidential ?? true,
  };
}

const isOpenAt = (index: DashboardIndex, at: number, asOf: number) =>
  index.controlDeadline[at] !== 0 &&
  (index.receptionDay[at] ?? 0) <= asOf &&
  (index.controlClosed[at] === 0 || (index.controlClosed[at] ?? 0) > asOf);

const isOverdueAt = (index: DashboardIndex, at: number, asOf: number) =>
  isOpenAt(index, at, asOf) && asOf > (index.controlDeadline[at] ?? 0);

const associationCounts = (index: DashboardIndex, at: number, scope: Scope, asOf: number) =>
  index.associationActive[at] === 1 &&
  scope.placeOk[index.associationPlace[at] ?? 0] === 1 &&
  (index.associationSince[at] === 0 || (index.associationSince[at] ?? 0) <= asOf);

const isMemberAt = (index: DashboardIndex, at: number, asOf: number) =>
  (index.membershipJoined[at] === 0 || (index.membershipJoined[at] ?? 0) <= asOf) &&
  (index.membershipLeft[at] === 0 || (index.membershipLeft[at] ?? 0) > asOf);

/** Counters of the period [0] and of the period compared with [1]. */
const pair = () => new Float64Array(2);

function bump(counters: Float64Array, at: number, by = 1): void {
  counters[at] = (counters[at] ?? 0) + by;
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

/**
 * Every figure and chart of the dashboard for a period and place, compared with the period before.
 * One pass over each register, over columns indexed once per loaded data (dashboardIndex), so a
 * change of period or place costs milliseconds at 100,000 people.
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
  const scope = scopeOf(index, period, previous, place, today, districtOf, options);
  const { from, to, asOf, previousFrom, previousTo, previousAsOf, placeOk } = scope;

  const months = monthsOf(period);
  const firstYear = Math.floor(from / 10_000);
  const firstMonth = Math.floor(from / 100) % 100;
  const monthHeld = new Float64Array(months.length);
  const monthPlanned = new Float64Array(months.length);
  const monthParticipants = new Float64Array(months.length);
  const districts = index.places.map((placeId) => districtOf(placeId || undefined));
  const districtKeys = [...new Set(districts)];
  const districtOfPlace = Int32Array.from(districts, (district) => districtKeys.indexOf(district));
  const typeEvents = new Float64Array(index.types.length);
  const typeParticipants = new Float64Array(index.types.length);
  const districtEvents = new Float64Array(districtKeys.length);
  const districtParticipants = new Float64Array(districtKeys.length);
  const ev = { held: pair(), planned: pair(), unrecorded: pair(), participants: pair() };

  for (let at = 0; at < index.eventIds.length; at++) {
    const placeAt = index.eventPlace[at] ?? 0;
    if (placeOk[placeAt] !== 1) continue;
    const day = index.eventDay[at] ?? 0;
    const which = day >= from && day <= to ? 0 : day >= previousFrom && day <= previousTo ? 1 : -1;
    if (which < 0) continue;
    const status = index.eventStatus[at];
    if (status === HELD) {
      const people = index.eventParticipants[at] ?? 0;
      bump(ev.held, which);
      bump(ev.participants, which, people);
      if (which === 0) {
        const month = (Math.floor(day / 10_000) - firstYear) * 12 + (Math.floor(day / 100) % 100) - firstMonth;
        bump(monthHeld, month);
        bump(monthParticipants, month, people);
        const type = index.eventType[at] ?? 0;
        bump(typeEvents, type);
        bump(typeParticipants, type, people);
        const district = districtOfPlace[placeAt] ?? 0;
        bump(districtEvents, district);
        bump(districtParticipants, district, people);
      }
    } else if (status === PLANNED) {
      bump(ev.planned, which);
      if ((index.eventLastDay[at] ?? 0) < scope.today) bump(ev.unrecorded, which);
      if (which === 0) {
        const month = (Math.floor(day / 10_000) - firstYear) * 12 + (Math.floor(day / 100) % 100) - firstMonth;
        bump(monthPlanned, month);
      }
    }
  }

  const topicCounts = new Float64Array(index.topics.length);
  const outcomeCounts = new Float64Array(receptionOutcomes.length);
  const rc = { received: pair(), helped: pair(), taken: pair(), open: pair(), overdue: pair() };
  let confidentialLeftOut = 0;
  for (let at = 0; at < index.receptionIds.length; at++) {
    if (placeOk[index.receptionPlace[at] ?? 0] !== 1) continue;
    const day = index.receptionDay[at] ?? 0;
    if (index.receptionConfidential[at] === 1 && !scope.includeConfidential) {
      if (day >= from && day <= to) confidentialLeftOut++;
      continue;
    }
    const which = day >= from && day <= to ? 0 : day >= previousFrom && day <= previousTo ? 1 : -1;
    if (which >= 0) {
      const outcome = index.receptionOutcome[at] ?? 0;
      bump(rc.received, which);
      if (outcome === HELPED) bump(rc.helped, which);
      if (outcome === CONTROL) bump(rc.taken, which);
      if (which === 0) {
        bump(topicCounts, index.receptionTopic[at] ?? 0);
        bump(outcomeCounts, outcome);
      }
    }
    if (index.controlDeadline[at] !== 0) {
      if (isOpenAt(index, at, asOf)) {
        bump(rc.open, 0);
        if (isOverdueAt(index, at, asOf)) bump(rc.overdue, 0);
      }
      if (isOpenAt(index, at, previousAsOf)) {
        bump(rc.open, 1);
        if (isOverdueAt(index, at, previousAsOf)) bump(rc.overdue, 1);
      }
    }
  }

  const associationCurrent = new Uint8Array(index.associationIds.length);
  const associationPrevious = new Uint8Array(index.associationIds.length);
  const as = pair();
  for (let at = 0; at < index.associationIds.length; at++) {
    if (associationCounts(index, at, scope, asOf)) {
      associationCurrent[at] = 1;
      bump(as, 0);
    }
    if (associationCounts(index, at, scope, previousAsOf)) {
      associationPrevious[at] = 1;
      bump(as, 1);
    }
  }

  const seenCurrent = new Uint8Array(index.personIds.length);
  const seenPrevious = new Uint8Array(index.personIds.length);
  const ethnosCounts = new Float64Array(index.ethnicGroups.length);
  const bandCounts = new Float64Array(ageBands.length);
  const sexCounts = new Float64Array(sexKeys.length);
  const members = pair();
  for (let at = 0; at < index.membershipPerson.length; at++) {
    const association = index.membershipAssociation[at] ?? 0;
    const person = index.membershipPerson[at] ?? 0;
    if (associationCurrent[association] === 1 && seenCurrent[person] === 0 && isMemberAt(index, at, asOf)) {
      seenCurrent[person] = 1;
      bump(members, 0);
      bump(ethnosCounts, index.personEthnos[person] ?? 0);
      bump(sexCounts, index.personSex[person] ?? 0);
      bump(bandCounts, bandIndex(index.personBirth[person] ?? 0, asOf));
    }
    if (associationPrevious[association] === 1 && seenPrevious[person] === 0 && isMemberAt(index, at, previousAsOf)) {
      seenPrevious[person] = 1;
      bump(members, 1);
    }
  }

  return {
    period: { from: period.from, to: period.to },
    previousPeriod: previous,
    asOf: isoOf(asOf),
    previousAsOf: isoOf(previousAsOf),
    eventsHeld: compared(ev.held),
    eventsPlanned: compared(ev.planned),
    eventsUnrecorded: compared(ev.unrecorded),
    participants: compared(ev.participants),
    receptions: compared(rc.received),
    helped: compared(rc.helped),
    takenUnderControl: compared(rc.taken),
    underControl: compared(rc.open),
    overdue: compared(rc.overdue),
    associations: compared(as),
    members: compared(members),
    confidentialLeftOut,
    eventsByMonth: months.map((key, at) => ({
      key,
      held: monthHeld[at] ?? 0,
      planned: monthPlanned[at] ?? 0,
      participants: monthParticipants[at] ?? 0,
    })),
    receptionsByTopic: ranked(
      index.topics.map((key, at) => ({ key, count: topicCounts[at] ?? 0 })),
      (row) => row.count,
    ),
    receptionsByOutcome: receptionOutcomes.map((key, at) => ({ key, count: outcomeCounts[at] ?? 0 })),
    eventsByType: ranked(
      index.types.map((key, at) => ({ key, events: typeEvents[at] ?? 0, participants: typeParticipants[at] ?? 0 })),
      (row) => row.events,
    ),
    eventsByDistrict: ranked(
      districtKeys.map((key, at) => ({
        key,
        events: districtEvents[at] ?? 0,
        participants: districtParticipants[at] ?? 0,
      })),
      (row) => row.events,
    ),
    membersByEthnos: ranked(
      index.ethnicGroups.map((key, at) => ({ key, count: ethnosCounts[at] ?? 0 })),
      (row) => row.count,
    ),
    membersByAgeBand: ageBands
      .map((key, at) => ({ key, count: bandCounts[at] ?? 0 }))
      .filter((row) => row.key !== 'unknown' || row.count > 0),
    membersBySex: sexKeys
      .map((key, at) => ({ key, count: sexCounts[at] ?? 0 }))
      .filter((row) => row.key !== 'unknown' || row.count > 0),
  };
}

/** A figure or a chart item of the dashboard, for the records behind it. */
export type DashboardTarget =
  | {
      kind:
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
    }
  | { kind: 'eventsByMonth'; key: string; status?: 'held' | 'planned' }
  | {
      kind:
        | 'eventsByType'
        | 'eventsByDistrict'
        | 'receptionsByTopic'
        | 'receptionsByOutcome'
        | 'membersByEthnos'
        | 'membersByAgeBand'
        | 'membersBySex';
      key: string;
    };

export interface DashboardRecords {
  table: 'events' | 'receptions' | 'associations' | 'people';
  ids: string[];
}

/**
 * The records a figure or a chart item counts: the ids of the events, receptions, associations or
 * people behind it, by the same rules as computeDashboard. `previous` gives those of the period
 * compared with, for the figures.
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
  const compareWith = options.compareWith ?? previousPeriod(period);
  const chosen = options.previous ? compareWith : period;
  const scope = scopeOf(index, chosen, compareWith, place, today, districtOf, options);
  const { from, to, asOf, placeOk } = scope;
  const key = 'key' in target ? target.key : '';
  const ids: string[] = [];

  switch (target.kind) {
    case 'eventsHeld':
    case 'eventsPlanned':
    case 'eventsUnrecorded':
    case 'participants':
    case 'eventsByMonth':
    case 'eventsByType':
    case 'eventsByDistrict': {
      const month = target.kind === 'eventsByMonth' ? monthWithin(key, chosen) : chosen;
      const monthFrom = dayNumber(month.from);
      const monthTo = dayNumber(month.to);
      const statuses =
        target.kind === 'eventsByMonth'
          ? target.status === 'held'
            ? [HELD]
            : target.status === 'planned'
              ? [PLANNED]
              : [HELD, PLANNED]
          : target.kind === 'eventsPlanned' || target.kind === 'eventsUnrecorded'
            ? [PLANNED]
            : [HELD];
      for (let at = 0; at < index.eventIds.length; at++) {
        const placeAt = index.eventPlace[at] ?? 0;
        const day = index.eventDay[at] ?? 0;
        if (placeOk[placeAt] !== 1 || day < from || day > to) continue;
        if (!statuses.includes(index.eventStatus[at] ?? -1)) continue;
        const fits =
          target.kind === 'eventsUnrecorded'
            ? (index.eventLastDay[at] ?? 0) < scope.today
            : target.kind === 'eventsByMonth'
              ? day >= monthFrom && day <= monthTo
              : target.kind === 'eventsByType'
                ? index.types[index.eventType[at] ?? 0] === key
                : target.kind === 'eventsByDistrict'
                  ? districtOf(index.places[placeAt] || undefined) === key
                  : true;
        if (fits) ids.push(index.eventIds[at] ?? '');
      }
      return { table: 'events', ids };
    }
    case 'receptions':
    case 'helped':
    case 'takenUnderControl':
    case 'underControl':
    case 'overdue':
    case 'receptionsByTopic':
    case 'receptionsByOutcome': {
      const stock = target.kind === 'underControl' || target.kind === 'overdue';
      for (let at = 0; at < index.receptionIds.length; at++) {
        if (placeOk[index.receptionPlace[at] ?? 0] !== 1) continue;
        if (index.receptionConfidential[at] === 1 && !scope.includeConfidential) continue;
        const day = index.receptionDay[at] ?? 0;
        if (!stock && (day < from || day > to)) continue;
        const outcome = receptionOutcomes[index.receptionOutcome[at] ?? 0];
        const fits =
          target.kind === 'helped'
            ? outcome === 'helped'
            : target.kind === 'takenUnderControl'
              ? outcome === 'control'
              : target.kind === 'underControl'
                ? isOpenAt(index, at, asOf)
                : target.kind === 'overdue'
                  ? isOverdueAt(index, at, asOf)
                  : target.kind === 'receptionsByTopic'
                    ? index.topics[index.receptionTopic[at] ?? 0] === key
                    : target.kind === 'receptionsByOutcome'
                      ? outcome === key
                      : true;
        if (fits) ids.push(index.receptionIds[at] ?? '');
      }
      return { table: 'receptions', ids };
    }
    case 'associations': {
      for (let at = 0; at < index.associationIds.length; at++)
        if (associationCounts(index, at, scope, asOf)) ids.push(index.associationIds[at] ?? '');
      return { table: 'associations', ids };
    }
    case 'members':
    case 'membersByEthnos':
    case 'membersByAgeBand':
    case 'membersBySex': {
      const counted = new Uint8Array(index.associationIds.length);
      for (let at = 0; at < index.associationIds.length; at++)
        counted[at] = associationCounts(index, at, scope, asOf) ? 1 : 0;
      const seen = new Uint8Array(index.personIds.length);
      for (let at = 0; at < index.membershipPerson.length; at++) {
        const person = index.membershipPerson[at] ?? 0;
        if (counted[index.membershipAssociation[at] ?? 0] !== 1 || seen[person] === 1 || !isMemberAt(index, at, asOf))
          continue;
        seen[person] = 1;
        const fits =
          target.kind === 'membersByEthnos'
            ? index.ethnicGroups[index.personEthnos[person] ?? 0] === key
            : target.kind === 'membersByAgeBand'
              ? ageBands[bandIndex(index.personBirth[person] ?? 0, asOf)] === key
              : target.kind === 'membersBySex'
                ? sexKeys[index.personSex[person] ?? 0] === key
                : true;
        if (fits) ids.push(index.personIds[person] ?? '');
      }
      return { table: 'people', ids };
    }
  }
}
