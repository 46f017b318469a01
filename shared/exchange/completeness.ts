import { addDays, toIsoDate } from '../dates/iso';
import { periodOf, type Period } from '../events/period';
import type { IsoDate, LocalDateTime } from '../model/records';
import { latestPackages, packageKey, type ConsolidationEntry } from './summary';

/** A district or a city of oblast significance: a unit of the oblast that owes it a package. */
export interface ReportingUnit {
  code: string;
  nameRu: string | null;
  nameKk: string | null;
}

/** A package as the oblast keeps it: what it says of itself, and who loaded it when. */
/**
 * The units of an oblast that report to it, from КАТО entries: the district-level ones, which are
 * the districts and the cities of oblast significance (городские администрации). Places the
 * office added itself are not КАТО units. The first entry of a code wins (the office's own names).
 */
export function reportingUnits(
  entries: Iterable<{ code: string; level: string; nameRu: string; nameKk: string; custom?: boolean }>,
  oblastCode: string,
): ReportingUnit[] {
  const prefix = oblastCode.slice(0, 2);
  const units = new Map<string, ReportingUnit>();
  for (const entry of entries)
    if (entry.level === 'district' && !entry.custom && entry.code.startsWith(prefix) && !units.has(entry.code))
      units.set(entry.code, { code: entry.code, nameRu: entry.nameRu || null, nameKk: entry.nameKk || null });
  return [...units.values()];
}

export interface KeptPackage extends ConsolidationEntry {
  receivedAt: string;
  receivedBy: string;
}

/**
 * One version of a district's package that reached the oblast: the one kept, or an earlier one
 * that a re-sent package replaced (the oblast keeps only the latest, the audit log remembers each).
 */
export interface ReceivedVersion {
  districtCode: string;
  period: Period;
  createdAt: string;
}

export interface CompletenessRow<T> {
  districtCode: string;
  districtNameRu: string | null;
  districtNameKk: string | null;
  /** The district's latest package of the period, or null when it has sent none. */
  latest: T | null;
  /** How many different packages of the period the oblast received from the district. */
  versions: number;
  /** The day the district made its first package of the period (Kazakhstan's calendar). */
  firstMadeOn: IsoDate | null;
  /** When the latest package was loaded, as Kazakhstan's wall clock. */
  receivedAt: LocalDateTime | null;
  /** Whether the first package was made by the due date; null without a due date or a package. */
  onTime: boolean | null;
  /**
   * False for a district the oblast's КАТО does not list (a package kept from before the
   * classifier changed): shown, so nothing received is hidden, but not counted in the share.
   */
  expected: boolean;
}

export interface Completeness<T> {
  period: Period;
  dueDate: IsoDate | null;
  rows: CompletenessRow<T>[];
  /** Districts that owe a package: the oblast's districts and cities of oblast significance. */
  expected: number;
  /** Of them, those that sent a package of the period. */
  reported: number;
  /** Of them, those whose first package was made by the due date; null without a due date. */
  onTime: number | null;
  /** `reported` of `expected` in whole percent; null when no district is expected. */
  share: number | null;
}

export interface CompletenessOptions {
  period: Period;
  dueDate?: IsoDate | null;
  /** Every version received, the kept ones included or not: only their count and first date matter. */
  versions?: readonly ReceivedVersion[];
  /** The offset of the office's clock (Kazakhstan: UTC+5), for the days of instants. */
  utcOffsetMinutes?: number;
}

/**
 * Reporting completeness, as DHIS2 shows reporting rates: every district of the oblast for the
 * period, whether it sent its package, when, in how many versions (the latest one shown), whether
 * in time, and the share of districts that reported. Only packages of exactly the period count.
 */
export function reportingCompleteness<T extends KeptPackage>(
  districts: readonly ReportingUnit[],
  packages: readonly T[],
  options: CompletenessOptions,
): Completeness<T> {
  const { period } = options;
  const dueDate = options.dueDate || null;
  const offset = options.utcOffsetMinutes ?? 0;
  const ofPeriod = (candidate: Period) => candidate.from === period.from && candidate.to === period.to;
  const sent = packages.filter((entry) => ofPeriod(entry.meta.period));
  const latest = new Map(latestPackages(sent).map((entry) => [entry.meta.districtCode, entry]));
  const made = new Map<string, Set<string>>();
  const note = (districtCode: string, createdAt: string) => {
    const set = made.get(districtCode) ?? new Set<string>();
    set.add(createdAt);
    made.set(districtCode, set);
  };
  for (const version of options.versions ?? [])
    if (ofPeriod(version.period)) note(version.districtCode, version.createdAt);
  for (const entry of sent) note(entry.meta.districtCode, entry.meta.createdAt);

  const dayOf = (instant: string) => {
    const time = Date.parse(instant);
    return Number.isNaN(time) ? null : toIsoDate(new Date(time), offset);
  };
  const row = (unit: ReportingUnit, expected: boolean): CompletenessRow<T> => {
    const entry = latest.get(unit.code) ?? null;
    const createdAt = entry ? [...(made.get(unit.code) ?? [])].sort() : [];
    const firstMadeOn = entry ? (dayOf(createdAt[0] ?? entry.meta.createdAt) ?? entry.meta.asOf) : null;
    const received = entry ? Date.parse(entry.receivedAt) : Number.NaN;
    return {
      districtCode: unit.code,
      districtNameRu: unit.nameRu ?? entry?.meta.districtNameRu ?? null,
      districtNameKk: unit.nameKk ?? entry?.meta.districtNameKk ?? null,
      latest: entry,
      versions: createdAt.length,
      firstMadeOn,
      receivedAt: Number.isNaN(received) ? null : new Date(received + offset * 60_000).toISOString().slice(0, 16),
      onTime: firstMadeOn && dueDate ? firstMadeOn <= dueDate : null,
      expected,
    };
  };

  const known = new Set(districts.map((unit) => unit.code));
  const rows = [
    ...[...new Map(districts.map((unit) => [unit.code, unit])).values()].map((unit) => row(unit, true)),
    ...[...latest.values()]
      .filter((entry) => !known.has(entry.meta.districtCode))
      .map((entry) =>
        row(
          {
            code: entry.meta.districtCode,
            nameRu: entry.meta.districtNameRu,
            nameKk: entry.meta.districtNameKk,
          },
          false,
        ),
      ),
  ].sort((a, b) => a.districtCode.localeCompare(b.districtCode));

  const counted = rows.filter((item) => item.expected);
  const reported = counted.filter((item) => item.latest).length;
  return {
    period,
    dueDate,
    rows,
    expected: counted.length,
    reported,
    onTime: dueDate ? counted.filter((item) => item.onTime).length : null,
    share: reportingShare(reported, counted.length),
  };
}

/**
 * A share in whole percent, rounded half up, except that it says 100 only when every district
 * reported and 0 only when none did: 199 of 200 is not "100 %", 1 of 300 is not "0 %".
 */
export function reportingShare(reported: number, expected: number): number | null {
  if (expected <= 0) return null;
  if (reported >= expected) return 100;
  if (reported <= 0) return 0;
  return Math.min(99, Math.max(1, Math.round((reported / expected) * 100)));
}

export type CompletenessFilter = 'all' | 'sent' | 'missing';

export function filterCompleteness<T>(rows: readonly CompletenessRow<T>[], filter: CompletenessFilter) {
  if (filter === 'all') return [...rows];
  return rows.filter((row) => (filter === 'sent') === (row.latest !== null));
}

/**
 * The periods the oblast can look at: those any district sent, and the quarters, half-years and
 * year the districts are usually asked for (the current and the previous ones), so a period no
 * one has sent yet can be chosen too. The latest ending first; a longer one first on the same end.
 */
export function completenessPeriods(received: readonly Period[], today: IsoDate): Period[] {
  const previous = (kind: 'quarter' | 'half' | 'year') => periodOf(kind, addDays(periodOf(kind, today).from, -1));
  const standard = [
    periodOf('quarter', today),
    previous('quarter'),
    periodOf('half', today),
    previous('half'),
    previous('year'),
  ];
  const unique = new Map<string, Period>();
  for (const period of [...received, ...standard]) unique.set(packageKey('', period), period);
  return [...unique.values()].sort((a, b) => b.to.localeCompare(a.to) || a.from.localeCompare(b.from));
}

/** The period shown first: the latest one any district sent (by its end), else the previous quarter. */
export function defaultCompletenessPeriod(received: readonly Period[], today: IsoDate): Period {
  const latest = [...received].sort((a, b) => b.to.localeCompare(a.to) || a.from.localeCompare(b.from))[0];
  if (latest) return latest;
  return periodOf('quarter', addDays(periodOf('quarter', today).from, -1));
}
