import { isPastDeadline } from '../dates/working-days';
import type { Period } from '../events/period';
import { receptionOutcomes, type IsoDate, type ReceptionOutcome } from '../model/records';
import { sessionFigures } from '../receptions/sessions';
import { toReceptionSessionId } from '../model/ids';
import { summaryFigures, type PackageMeta, type PackageRows, type PackageSummary } from './format';
import type { PackageOrigin } from './received';

/**
 * The figures of a package, from its rows: what the summary sheet shows and what the oblast adds
 * up. Registers (associations, members) are as of the day the package was made; events, visits and
 * receptions are those of the period that the package holds (confidential receptions only when
 * they were included). Under control: receptions with a control deadline not closed on `asOf`;
 * overdue: those of them whose deadline had passed on `asOf`.
 */
export function packageSummary(rows: PackageRows, asOf: IsoDate): PackageSummary {
  const summary = Object.fromEntries(summaryFigures.map((figure) => [figure, 0])) as PackageSummary;
  summary.associations = rows.associations.length;
  summary.associations_active = rows.associations.filter((row) => row.status === 'active').length;
  summary.members = rows.members.length;
  summary.people = new Set(rows.members.map((row) => row.person_id)).size;
  summary.events = rows.events.length;
  for (const event of rows.events) {
    if (event.status !== 'held') continue;
    summary.events_held++;
    summary.participants += event.actual_participants ?? 0;
  }
  summary.visits = rows.visits.length;
  // A citizen entered under a mass reception of the package is counted in its totals (sessionFigures), not again.
  const sessions = rows.sessions ?? [];
  const sessionIds = new Set(sessions.map((session) => session.id));
  for (const session of sessions) {
    const id = toReceptionSessionId(session.id);
    const linked = rows.receptions
      .filter((reception) => reception.session_id === session.id)
      .map((reception) => ({
        topicCode: reception.topic_code,
        outcome: reception.outcome as ReceptionOutcome,
        sessionId: id,
      }));
    const byOutcome = Object.fromEntries(receptionOutcomes.map((outcome) => [outcome, session[outcome] ?? 0]));
    const figures = sessionFigures(
      { id, date: session.date, received: session.received, byTopic: {}, byOutcome },
      linked,
    );
    summary.receptions += figures.received;
    for (const outcome of receptionOutcomes) summary[`receptions_${outcome}`] += figures.byOutcome[outcome];
  }
  for (const reception of rows.receptions) {
    // A control item is one whether or not it was taken at a mass reception.
    const inSession =
      reception.session_id !== null && reception.session_id !== undefined && sessionIds.has(reception.session_id);
    if (!inSession) {
      summary.receptions++;
      const figure = `receptions_${reception.outcome}` as keyof PackageSummary;
      if (figure in summary) summary[figure]++;
    }
    const deadline = reception.control_deadline;
    const closed = reception.control_closed_on;
    if (deadline && (!closed || closed > asOf)) {
      summary.under_control++;
      if (isPastDeadline(deadline, asOf)) summary.overdue++;
    }
  }
  return summary;
}

/** The key of a package: a re-sent package for the same district and period has the same key and replaces the earlier one. */
export function packageKey(district: string, period: Period): string {
  return `${district}:${period.from}:${period.to}`;
}

const instant = (timestamp: string) => {
  const time = Date.parse(timestamp);
  return Number.isNaN(time) ? 0 : time;
};

/**
 * How far ahead of the receiving office's clock a package may say it was made: one day. Office PCs
 * keep time badly (no time server offline, a flat clock battery, a PC still on UTC+6 after
 * Kazakhstan moved to one zone in 2024), and the oblast's PC may be behind as well as the
 * district's ahead; a day absorbs such slips, while a package dated next year, which would stay
 * "newest" and shut out every genuine later one, is refused.
 */
export const CLOCK_SKEW_MS = 86_400_000;

/**
 * The moment a package says it was made, when that is still to come at `now` (beyond the skew
 * allowed): `created_at`, or `as_of` (the district's calendar day) when only that is ahead.
 */
export function futureDate(meta: Pick<PackageMeta, 'createdAt' | 'asOf'>, now: string): string | null {
  const limit = instant(now) + CLOCK_SKEW_MS;
  if (instant(meta.createdAt) > limit) return meta.createdAt;
  return meta.asOf > new Date(limit).toISOString().slice(0, 10) ? meta.asOf : null;
}

/**
 * Whether a package replaces the one kept for the same key: it does when it was made at the same
 * time or later. A package made earlier than the one kept is older news and does not replace it.
 * Given `now`, a kept package that claims to be made in the future (beyond the skew allowed) is
 * no longer news: anything replaces it, so a wrong date cannot hold a district's submission.
 */
export function supersedes(
  incoming: Pick<PackageMeta, 'createdAt'>,
  kept: Pick<PackageMeta, 'createdAt'>,
  now?: string,
): boolean {
  if (now !== undefined && instant(kept.createdAt) > instant(now) + CLOCK_SKEW_MS) return true;
  return instant(incoming.createdAt) >= instant(kept.createdAt);
}

export interface ConsolidationEntry {
  meta: PackageMeta;
  summary: PackageSummary;
  /** A file the district sent (also when absent), or its database pulled from the server. */
  source?: PackageOrigin;
}

/** One package per district and period: of several with the same key, the one made last (the later in the list on a tie). */
export function latestPackages<T extends ConsolidationEntry>(packages: readonly T[]): T[] {
  const kept = new Map<string, T>();
  for (const entry of packages) {
    const key = packageKey(entry.meta.districtCode, entry.meta.period);
    const previous = kept.get(key);
    if (!previous || supersedes(entry.meta, previous.meta)) kept.set(key, entry);
  }
  return [...kept.values()];
}

export interface DistrictSummary {
  key: string;
  districtCode: string;
  districtNameRu: string | null;
  districtNameKk: string | null;
  office: string;
  period: Period;
  /** When the package was made, or, pulled from the server, when the district last changed its data. */
  createdAt: string;
  source: PackageOrigin;
  asOf: IsoDate;
  personalDataMasked: boolean;
  confidentialIncluded: boolean;
  confidentialLeftOut: number;
  summary: PackageSummary;
}

export interface Consolidation {
  /** The period consolidated, or null when each district's latest package was taken. */
  period: Period | null;
  byDistrict: DistrictSummary[];
  totals: PackageSummary;
  /** Confidential receptions the districts left out of their packages, in all. */
  confidentialLeftOut: number;
}

const samePeriod = (a: Period, b: Period) => a.from === b.from && a.to === b.to;

/**
 * The oblast's consolidated summary (свод): a row per district and their totals. With a period,
 * the packages of exactly that period; without, each district's latest period (the one ending
 * last). A package re-sent for the same district and period counts once, in its latest version.
 */
export function consolidate(packages: readonly ConsolidationEntry[], period?: Period): Consolidation {
  const latest = latestPackages(packages);
  let chosen: ConsolidationEntry[];
  if (period) {
    chosen = latest.filter((entry) => samePeriod(entry.meta.period, period));
  } else {
    const byDistrict = new Map<string, ConsolidationEntry>();
    for (const entry of latest) {
      const previous = byDistrict.get(entry.meta.districtCode);
      const later =
        !previous ||
        entry.meta.period.to > previous.meta.period.to ||
        (entry.meta.period.to === previous.meta.period.to && entry.meta.period.from < previous.meta.period.from);
      if (later) byDistrict.set(entry.meta.districtCode, entry);
    }
    chosen = [...byDistrict.values()];
  }
  chosen.sort(
    (a, b) =>
      a.meta.districtCode.localeCompare(b.meta.districtCode) || a.meta.period.from.localeCompare(b.meta.period.from),
  );
  const totals = Object.fromEntries(summaryFigures.map((figure) => [figure, 0])) as PackageSummary;
  let confidentialLeftOut = 0;
  const byDistrict = chosen.map(({ meta, summary, source }): DistrictSummary => {
    for (const figure of summaryFigures) totals[figure] += summary[figure];
    confidentialLeftOut += meta.confidentialLeftOut;
    return {
      key: packageKey(meta.districtCode, meta.period),
      districtCode: meta.districtCode,
      districtNameRu: meta.districtNameRu,
      districtNameKk: meta.districtNameKk,
      office: meta.office,
      period: meta.period,
      createdAt: meta.createdAt,
      source: source ?? 'file',
      asOf: meta.asOf,
      personalDataMasked: meta.personalDataMasked,
      confidentialIncluded: meta.confidentialIncluded,
      confidentialLeftOut: meta.confidentialLeftOut,
      summary,
    };
  });
  return { period: period ?? null, byDistrict, totals, confidentialLeftOut };
}

export interface SubmissionRow<T> {
  districtCode: string;
  districtNameRu: string | null;
  districtNameKk: string | null;
  /** One cell per period of the table, in the same order: the package received, or null. */
  cells: (T | null)[];
}

export interface SubmissionTable<T> {
  periods: Period[];
  rows: SubmissionRow<T>[];
}

/**
 * Which districts have sent which periods: a row per district (those given first, so districts
 * that sent nothing show too), a column per period received from anyone, oldest first.
 */
export function submissionTable<T extends ConsolidationEntry>(
  packages: readonly T[],
  districts: readonly { code: string; nameRu?: string; nameKk?: string }[] = [],
): SubmissionTable<T> {
  const latest = latestPackages(packages);
  const periods = new Map<string, Period>();
  for (const { meta } of latest) periods.set(`${meta.period.from}:${meta.period.to}`, meta.period);
  const periodList = [...periods.values()].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const rows = new Map<string, SubmissionRow<T>>();
  for (const district of districts)
    rows.set(district.code, {
      districtCode: district.code,
      districtNameRu: district.nameRu ?? null,
      districtNameKk: district.nameKk ?? null,
      cells: periodList.map(() => null),
    });
  for (const entry of latest) {
    const { meta } = entry;
    const row = rows.get(meta.districtCode) ?? {
      districtCode: meta.districtCode,
      districtNameRu: meta.districtNameRu,
      districtNameKk: meta.districtNameKk,
      cells: periodList.map(() => null),
    };
    row.districtNameRu ??= meta.districtNameRu;
    row.districtNameKk ??= meta.districtNameKk;
    row.cells[periodList.findIndex((period) => samePeriod(period, meta.period))] = entry;
    rows.set(meta.districtCode, row);
  }
  return {
    periods: periodList,
    rows: [...rows.values()].sort((a, b) => a.districtCode.localeCompare(b.districtCode)),
  };
}

/** The oblast's units without a row in a свод: the districts whose data it lacks. */
export function missingDistricts<U extends { code: string }>(
  units: readonly U[],
  consolidation: Pick<Consolidation, 'byDistrict'>,
): U[] {
  const present = new Set(consolidation.byDistrict.map((row) => row.districtCode));
  return units.filter((unit) => !present.has(unit.code));
}
