import type { Period } from '../events/period';
import type { IsoDate } from '../model/records';
import type { DashboardOptions } from './compute';
import type { DashboardData } from './data';
import { dashboardIndex, type DashboardIndex } from './data-index';
import { placeMatcher, type DashboardPlace } from './places';
import {
  chartRules,
  countedAssociations,
  eventDirectionRule,
  eventProjectRule,
  figures,
  idsOf,
  membershipRule,
  participantsOf,
  periodScope,
  placeScope,
  rules,
  type ChartRule,
  type FigureName,
  type PeriodScope,
  type Register,
} from './rules';

/**
 * What a breakdown splits each figure by: districts (КАТО codes), places at any level (a record
 * counts in every asked place it lies in, as the dashboard narrowed to that place would count it),
 * or a chart's keys (event type, direction or project, reception topic or outcome, member's ethnos).
 */
export type BreakdownBy = 'district' | 'place' | 'eventType' | 'direction' | 'project' | 'topic' | 'outcome' | 'ethnos';

const chartOf: Readonly<Record<Exclude<BreakdownBy, 'district' | 'place'>, ChartRule>> = {
  eventType: chartRules.eventsByType,
  direction: eventDirectionRule,
  project: eventProjectRule,
  topic: chartRules.receptionsByTopic,
  outcome: chartRules.receptionsByOutcome,
  ethnos: chartRules.membersByEthnos,
};

/** The registers whose figures a breakdown splits; the charts' keys belong to one register each. */
export const registersSplitBy: Readonly<Record<BreakdownBy, readonly Register[]>> = {
  district: ['events', 'receptions', 'associations', 'people'],
  place: ['events', 'receptions', 'associations', 'people'],
  eventType: ['events'],
  direction: ['events'],
  project: ['events'],
  topic: ['receptions'],
  outcome: ['receptions'],
  ethnos: ['people'],
};

/** Each figure's value for each key asked, in the order asked; a figure not split this way is absent. */
export type Breakdown = Partial<Record<FigureName, Float64Array>>;

const figuresOf = (register: Register) =>
  (Object.keys(figures) as FigureName[]).filter((name) => figures[name].register === register);

function placeColumn(index: DashboardIndex, register: Exclude<Register, 'people'>): Int32Array {
  if (register === 'events') return index.eventPlace;
  return register === 'receptions' ? index.receptionPlace : index.associationPlace;
}

/** For each place of the index, the keys (as positions in `keys`) whose place it lies in. */
function keysOfPlaces(
  index: DashboardIndex,
  by: 'district' | 'place',
  keys: readonly string[],
  districtOf: (placeId: string | undefined) => string,
  parentOf?: (placeId: string) => string | undefined,
): (readonly number[])[] {
  const matchers = keys.map((key) =>
    placeMatcher(by === 'district' ? { districtId: key } : { placeId: key }, districtOf, parentOf),
  );
  return index.places.map((placeId) => matchers.flatMap((matches, at) => (matches(placeId || undefined) ? [at] : [])));
}

/** For each bucket of a chart, the keys (as positions in `keys`) it is: none or one. */
function keysOfChart(index: DashboardIndex, chart: ChartRule, scope: PeriodScope, keys: readonly string[]) {
  const positions = new Map(keys.map((key, at) => [key, at]));
  return chart.keys(index, scope).map((key) => {
    const at = positions.get(key);
    return at === undefined ? [] : [at];
  });
}

/**
 * Members by place: distinct people with a membership counted on the as-of day in an association
 * in the key's place, each once per key however many such memberships.
 */
function tallyMembersByPlace(
  index: DashboardIndex,
  scope: PeriodScope,
  keysOfPlace: readonly (readonly number[])[],
  sums: Float64Array,
): void {
  const counted = countedAssociations(index, scope);
  // Who is counted already, one bit per person for each key: a set of person-key pairs made a form's
  // table of villages spend most of its time in the set (npm run bench -- --forms-only).
  const slots = index.personIds.length + 1;
  const words = (slots + 31) >>> 5;
  const seen: (Uint32Array | undefined)[] = [];
  for (let at = 0; at < index.membershipPerson.length; at++) {
    if (!membershipRule(index, at, scope, counted)) continue;
    const person = index.membershipPerson[at] ?? -1;
    // A membership whose person is not in the register is counted once per key, in the last slot.
    const slot = person < 0 ? slots - 1 : person;
    const place = index.associationPlace[index.membershipAssociation[at] ?? 0] ?? 0;
    for (const key of keysOfPlace[place] ?? []) {
      const bits = (seen[key] ??= new Uint32Array(words));
      const mask = 1 << (slot & 31);
      const word = slot >>> 5;
      if ((bits[word] ?? 0) & mask) continue;
      bits[word] = (bits[word] ?? 0) | mask;
      sums[key] = (sums[key] ?? 0) + 1;
    }
  }
}

/**
 * The dashboard's figures for a period and place split by districts, places or a chart's keys, by
 * the same rules (./rules): the value for a district or place equals computeDashboard's for the
 * place narrowed to it, the value for a chart key the chart's bucket of it, whatever figure.
 * One pass over each register for all keys, so a table of 200 villages costs one computation.
 */
export function computeBreakdown(
  data: DashboardData,
  period: Period,
  place: DashboardPlace,
  today: IsoDate,
  districtOf: (placeId: string | undefined) => string,
  by: BreakdownBy,
  keys: readonly string[],
  options: DashboardOptions = {},
): Breakdown {
  const index = dashboardIndex(data, today);
  const matches = placeMatcher(place, districtOf, options.parentOf);
  const shared = placeScope(index, matches, districtOf, options.includeConfidential ?? true);
  const scope = periodScope(index, shared, period, today);
  const breakdown: Breakdown = {};
  const byPlace = by === 'district' || by === 'place';
  const keysOfPlace = byPlace ? keysOfPlaces(index, by, keys, districtOf, options.parentOf) : [];
  const keysOfBucket = byPlace ? [] : keysOfChart(index, chartOf[by], scope, keys);
  for (const register of registersSplitBy[by]) {
    const names = figuresOf(register);
    for (const name of names) breakdown[name] = new Float64Array(keys.length);
    if (register === 'people' && byPlace) {
      tallyMembersByPlace(index, scope, keysOfPlace, breakdown.members ?? new Float64Array());
      continue;
    }
    const rule = rules[register];
    const places = byPlace && register !== 'people' ? placeColumn(index, register) : undefined;
    const bucket = byPlace ? undefined : chartOf[by].bucket;
    const count = idsOf(index, register).length;
    for (let at = 0; at < count; at++) {
      const bits = rule(index, at, scope);
      if (bits === 0) continue;
      const keysOfRecord = places ? keysOfPlace[places[at] ?? 0] : keysOfBucket[bucket?.(index, at, scope) ?? -1];
      if (!keysOfRecord || keysOfRecord.length === 0) continue;
      for (const name of names) {
        if ((bits & figures[name].bit) === 0) continue;
        const amount = name === 'participants' ? participantsOf(index, at) : 1;
        const sums = breakdown[name];
        if (sums) for (const key of keysOfRecord) sums[key] = (sums[key] ?? 0) + amount;
      }
    }
  }
  return breakdown;
}
