import { describe, expect, it } from 'vitest';
import { countedParticipants } from '../events/totals';
import { computeDashboard, recordsBehind, type DashboardFigures, type DashboardTarget } from './compute';
import type { DashboardData, DashboardPerson, DashboardReception } from './data';
import { ageBand, personFacts } from './demographics';
import { monthsOf, previousPeriod } from './periods';
import { placeMatcher, type DashboardPlace } from './places';
import {
  aMembership,
  anAssociation,
  anEvent,
  aPerson,
  aReception,
  demoPlaces,
  districtOf,
  figureNames,
  iinFor,
  KORDAI,
  NOVEMBER,
  TODAY,
  untidyDistrict,
} from './test-data';

/** A small district where every rule of the dashboard has a case. */
const small: DashboardData = {
  events: [
    anEvent('e1', '2026-11-05T10:00', 'held', {
      placeId: '314839100',
      actualParticipants: 40,
      plannedParticipants: 50,
    }),
    anEvent('e2', '2026-11-10T10:00', 'held', {
      placeId: '315430100',
      actualParticipants: 25,
      typeCode: 'round_table',
    }),
    anEvent('e3', '2026-11-15T10:00', 'planned', { placeId: '314830100', end: '2026-11-15T12:00' }),
    anEvent('e4', '2026-11-28T10:00', 'planned', { placeId: '314839100', plannedParticipants: 80 }),
    anEvent('e5', '2026-11-12T10:00', 'cancelled', { placeId: '314839100' }),
    anEvent('e6', '2026-10-20T10:00', 'held', { placeId: '314839100', actualParticipants: 30 }),
    anEvent('e7', '2026-11-03T10:00', 'held', { placeId: '314839100', actualParticipants: 99, deletedAt: 'x' }),
    anEvent('e8', '2026-11-01T00:00', 'held', { placeId: undefined, actualParticipants: 10 }),
    anEvent('e9', '2026-09-30T18:00', 'held', { placeId: '314839100', actualParticipants: 7 }),
  ],
  receptions: [
    aReception('r1', '2026-11-02', { outcome: 'helped', placeId: '314839100' }),
    aReception('r2', '2026-11-03', {
      outcome: 'control',
      topicCode: 'land',
      placeId: '314839100',
      control: { deadline: '2026-11-20' },
    }),
    aReception('r3', '2026-10-10', {
      outcome: 'control',
      placeId: '314830100',
      control: { deadline: '2026-10-25', closedOn: '2026-11-05' },
    }),
    aReception('r4', '2026-10-15', {
      outcome: 'control',
      topicCode: 'employment',
      placeId: '314839100',
      control: { deadline: '2026-12-01' },
    }),
    aReception('r5', '2026-11-04', { topicCode: 'religion', placeId: '315430100', confidential: true }),
    aReception('r6', '2026-11-06', { placeId: '314839100', deletedAt: 'x' }),
    aReception('r7', '2026-10-05', { outcome: 'helped', placeId: '314839100' }),
  ],
  associations: [
    anAssociation('a1', { placeId: '314839100', foundedOn: '2000-01-01' }),
    anAssociation('a2', { placeId: '315430100', registeredOn: '2026-11-10' }),
    anAssociation('a3', { status: 'inactive', placeId: '314830100' }),
    anAssociation('a4', { placeId: '314839100', deletedAt: 'x' }),
  ],
  memberships: [
    aMembership('p1', 'a1', { joinedOn: '2020-01-01' }),
    aMembership('p1', 'a2', { joinedOn: '2026-11-10' }),
    aMembership('p2', 'a1', { joinedOn: '2026-11-01' }),
    aMembership('p3', 'a1'),
    aMembership('p5', 'a1', { joinedOn: '2010-01-01', leftOn: '2026-11-05' }),
    aMembership('p4', 'a1'),
    aMembership('p2', 'a3'),
    aMembership('p5', 'a1', { deletedAt: 'x' }),
  ],
  members: [
    aPerson('p1', { iin: iinFor('1990-01-01', 'male'), sex: 'female', ethnicGroupId: 'kazakhs' }),
    aPerson('p2', { birthDate: '2015-05-05', sex: 'female', ethnicGroupId: 'russians' }),
    aPerson('p3'),
    aPerson('p4', { sex: 'male', deletedAt: 'x' }),
    aPerson('p5', { iin: iinFor('1960-03-03', 'female'), ethnicGroupId: 'dungans' }),
  ],
};

/** Each figure as [this period, the period before]. */
const values = (figures: DashboardFigures) =>
  Object.fromEntries(figureNames.map((name) => [name, [figures[name].current, figures[name].previous]]));

describe('dashboard figures of a period against the one before', () => {
  const figures = computeDashboard(small, NOVEMBER, {}, TODAY, districtOf);

  it('counts what happened in the month against October, stock figures as of today and 31 October', () => {
    expect(figures.previousPeriod).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(figures.asOf).toBe(TODAY);
    expect(figures.previousAsOf).toBe('2026-10-31');
    expect(values(figures)).toEqual({
      eventsHeld: [3, 1],
      eventsPlanned: [2, 0],
      eventsUnrecorded: [1, 0],
      participants: [75, 30],
      receptions: [3, 3],
      helped: [1, 1],
      takenUnderControl: [1, 2],
      // r2 and r4 open today; r3 (closed on 5 November) and r4 were open on 31 October.
      underControl: [2, 2],
      overdue: [1, 1],
      // a2 was founded on 10 November; a3 is inactive, a4 deleted.
      associations: [2, 1],
      // p1 (once, though in two associations), p2 (joined 1 November), p3 (no date); before: p1, p3, p5 (left 5 November).
      members: [3, 3],
    });
    expect(figures.eventsHeld).toEqual({ current: 3, previous: 1, change: 2, ratio: 2 });
    expect(figures.eventsPlanned.ratio).toBeNull();
  });

  it('charts the month by the keys a click goes through', () => {
    expect(figures.eventsByMonth).toEqual([{ key: '2026-11', held: 3, planned: 2, participants: 75 }]);
    expect(figures.receptionsByTopic).toEqual([
      { key: 'housing', count: 1 },
      { key: 'land', count: 1 },
      { key: 'religion', count: 1 },
    ]);
    expect(figures.receptionsByOutcome).toEqual([
      { key: 'explained', count: 1 },
      { key: 'helped', count: 1 },
      { key: 'control', count: 1 },
      { key: 'referred', count: 0 },
      { key: 'declined', count: 0 },
    ]);
    expect(figures.eventsByType).toEqual([
      { key: 'seminar', events: 2, participants: 50 },
      { key: 'round_table', events: 1, participants: 25 },
    ]);
    expect(figures.eventsByDistrict).toEqual([
      { key: '314800000', events: 1, participants: 40 },
      { key: '315400000', events: 1, participants: 25 },
      { key: '', events: 1, participants: 10 },
    ]);
  });

  it('describes members by ethnos, age band and sex, IIN first', () => {
    expect(figures.membersByEthnos).toEqual([
      { key: 'kazakhs', count: 1 },
      { key: 'russians', count: 1 },
      { key: '', count: 1 },
    ]);
    // p1's IIN says a man born in 1990, whatever the card says.
    expect(figures.membersByAgeBand).toEqual([
      { key: 'child', count: 1 },
      { key: 'youth', count: 0 },
      { key: 'adult', count: 1 },
      { key: 'senior', count: 0 },
      { key: 'unknown', count: 1 },
    ]);
    expect(figures.membersBySex).toEqual([
      { key: 'male', count: 1 },
      { key: 'female', count: 1 },
      { key: 'unknown', count: 1 },
    ]);
  });

  it('narrows to a district, and to an okrug by the КАТО code structure', () => {
    const district = computeDashboard(small, NOVEMBER, { districtId: KORDAI }, TODAY, districtOf);
    expect(values(district)).toMatchObject({ eventsHeld: [1, 1], eventsPlanned: [2, 0], receptions: [2, 3] });
    expect(values(district)).toMatchObject({ associations: [1, 1], members: [3, 3] });
    // Okrug 314830000 holds settlement 314830100, not 314839100, though both start with 31483.
    const okrug = computeDashboard(small, NOVEMBER, { placeId: '314830000' }, TODAY, districtOf);
    expect(values(okrug)).toMatchObject({ eventsHeld: [0, 0], eventsPlanned: [1, 0], underControl: [0, 1] });
    const settlement = computeDashboard(small, NOVEMBER, { placeId: '314839100' }, TODAY, districtOf);
    expect(values(settlement)).toMatchObject({ eventsHeld: [1, 1], eventsPlanned: [1, 0], associations: [1, 1] });
  });

  it('counts places the office added under the unit chosen, through their parents', () => {
    const data = { ...small, events: [anEvent('c1', '2026-11-02T10:00', 'held', { placeId: 'custom-1' })] };
    const parentOf = (placeId: string) => (placeId === 'custom-1' ? '314839000' : undefined);
    const okrug = { placeId: '314839000' };
    expect(computeDashboard(data, NOVEMBER, okrug, TODAY, districtOf).eventsHeld.current).toBe(0);
    expect(computeDashboard(data, NOVEMBER, okrug, TODAY, districtOf, { parentOf }).eventsHeld.current).toBe(1);
  });

  it('leaves confidential receptions out only when asked, and says how many', () => {
    const without = computeDashboard(small, NOVEMBER, {}, TODAY, districtOf, { includeConfidential: false });
    expect(without.receptions.current).toBe(2);
    expect(without.confidentialLeftOut).toBe(1);
    expect(figures.confidentialLeftOut).toBe(0);
  });

  it('compares with a range that overlaps the period on its own terms: a record in both counts in both', () => {
    const compareWith = { from: '2026-10-15', to: '2026-11-10' };
    const overlapping = computeDashboard(small, NOVEMBER, {}, TODAY, districtOf, { compareWith });
    expect(overlapping.previousAsOf).toBe('2026-11-10');
    // e1, e2 and e8 fall in both periods, and r1, r2 and r5 too: each counts in both.
    expect(values(overlapping)).toMatchObject({ eventsHeld: [3, 4], participants: [75, 105], receptions: [3, 4] });
    const before = recordsBehind(
      small,
      NOVEMBER,
      {},
      TODAY,
      districtOf,
      { kind: 'eventsHeld' },
      { compareWith, previous: true },
    );
    expect(before.ids).toEqual(['e1', 'e2', 'e6', 'e8']);
  });

  it('buckets a quarter by month, empty months included', () => {
    const quarter = computeDashboard(small, { from: '2026-10-01', to: '2026-12-31' }, {}, TODAY, districtOf);
    expect(quarter.eventsByMonth).toEqual([
      { key: '2026-10', held: 1, planned: 0, participants: 30 },
      { key: '2026-11', held: 3, planned: 2, participants: 75 },
      { key: '2026-12', held: 0, planned: 0, participants: 0 },
    ]);
    expect(quarter.previousPeriod).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(quarter.eventsHeld).toMatchObject({ current: 4, previous: 1 });
  });

  it('gives the records behind each figure and chart item', () => {
    const behind = (target: DashboardTarget, previous = false) =>
      recordsBehind(small, NOVEMBER, {}, TODAY, districtOf, target, { previous });
    expect(behind({ kind: 'eventsHeld' })).toEqual({ table: 'events', ids: ['e1', 'e2', 'e8'] });
    expect(behind({ kind: 'eventsUnrecorded' }).ids).toEqual(['e3']);
    expect(behind({ kind: 'eventsByMonth', key: '2026-11', status: 'planned' }).ids).toEqual(['e3', 'e4']);
    expect(behind({ kind: 'eventsByDistrict', key: '' }).ids).toEqual(['e8']);
    expect(behind({ kind: 'eventsByType', key: 'round_table' }).ids).toEqual(['e2']);
    expect(behind({ kind: 'overdue' })).toEqual({ table: 'receptions', ids: ['r2'] });
    expect(behind({ kind: 'overdue' }, true).ids).toEqual(['r3']);
    expect(behind({ kind: 'underControl' }, true).ids).toEqual(['r3', 'r4']);
    expect(behind({ kind: 'receptionsByTopic', key: 'housing' }).ids).toEqual(['r1']);
    expect(behind({ kind: 'receptionsByOutcome', key: 'control' }).ids).toEqual(['r2']);
    expect(behind({ kind: 'associations' })).toEqual({ table: 'associations', ids: ['a1', 'a2'] });
    expect(behind({ kind: 'members' })).toEqual({ table: 'people', ids: ['p1', 'p2', 'p3'] });
    expect(behind({ kind: 'members' }, true).ids).toEqual(['p1', 'p3', 'p5']);
    expect(behind({ kind: 'membersByAgeBand', key: 'child' }).ids).toEqual(['p2']);
    expect(behind({ kind: 'membersBySex', key: 'male' }).ids).toEqual(['p1']);
    expect(behind({ kind: 'membersByEthnos', key: '' }).ids).toEqual(['p3']);
  });
});

/** The same figures the slow, obvious way, straight from the records, to check the fast one against. */
function reference(data: DashboardData, period: { from: string; to: string }, place: DashboardPlace) {
  const previous = previousPeriod(period);
  const within = placeMatcher(place, districtOf);
  const day = (value: string) => value.slice(0, 10);
  const asOfOf = (p: { to: string }) => (p.to < TODAY ? p.to : TODAY);
  const events = data.events.filter((e) => !e.deletedAt && within(e.placeId));
  const receptions = data.receptions.filter((r) => !r.deletedAt && within(r.placeId));
  const inside = (value: string, p: { from: string; to: string }) => day(value) >= p.from && day(value) <= p.to;
  const openAt = (r: DashboardReception, asOf: string) =>
    !!r.control && r.date <= asOf && (!r.control.closedOn || r.control.closedOn > asOf);
  const people = new Map(data.members.filter((p) => !p.deletedAt).map((p) => [p.id as string, p]));
  const liveAssociations = new Set(data.associations.filter((a) => !a.deletedAt).map((a) => a.id as string));
  const membersAt = (asOf: string) => {
    const counted = new Set(
      data.associations
        .filter(
          (a) =>
            !a.deletedAt &&
            a.status === 'active' &&
            within(a.placeId) &&
            (!(a.foundedOn ?? a.registeredOn) || (a.foundedOn ?? a.registeredOn ?? '') <= asOf),
        )
        .map((a) => a.id as string),
    );
    const ids = new Set<string>();
    for (const m of data.memberships)
      if (
        !m.deletedAt &&
        liveAssociations.has(m.associationId) &&
        counted.has(m.associationId) &&
        people.has(m.personId) &&
        (!m.joinedOn || m.joinedOn <= asOf) &&
        (!m.leftOn || m.leftOn > asOf)
      )
        ids.add(m.personId);
    return { associations: counted.size, ids };
  };
  const figures = (p: { from: string; to: string }) => {
    const asOf = asOfOf(p);
    const ofPeriod = events.filter((e) => inside(e.start, p));
    const received = receptions.filter((r) => inside(r.date, p));
    const members = membersAt(asOf);
    return {
      eventsHeld: ofPeriod.filter((e) => e.status === 'held').length,
      eventsPlanned: ofPeriod.filter((e) => e.status === 'planned').length,
      eventsUnrecorded: ofPeriod.filter((e) => e.status === 'planned' && day(e.end ?? e.start) < TODAY).length,
      participants: ofPeriod.reduce((sum, e) => sum + countedParticipants(e), 0),
      receptions: received.length,
      helped: received.filter((r) => r.outcome === 'helped').length,
      takenUnderControl: received.filter((r) => r.outcome === 'control').length,
      underControl: receptions.filter((r) => openAt(r, asOf)).length,
      overdue: receptions.filter((r) => openAt(r, asOf) && asOf > (r.control?.deadline ?? '')).length,
      associations: members.associations,
      members: members.ids.size,
      memberIds: members.ids,
      asOf,
    };
  };
  const current = figures(period);
  const before = figures(previous);
  const count = <T>(items: readonly T[], key: (item: T) => string) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return counts;
  };
  const memberPeople = [...current.memberIds].map((id) => people.get(id) as DashboardPerson);
  const held = events.filter((e) => inside(e.start, period) && e.status === 'held');
  return {
    values: Object.fromEntries(figureNames.map((name) => [name, [current[name], before[name]]])),
    byMonth: monthsOf(period).map((month) => held.filter((e) => e.start.startsWith(month)).length),
    byTopic: count(
      receptions.filter((r) => inside(r.date, period)),
      (r) => r.topicCode,
    ),
    byType: count(held, (e) => e.typeCode),
    byDistrict: count(held, (e) => districtOf(e.placeId)),
    byEthnos: count(memberPeople, (p) => p.ethnicGroupId ?? ''),
    byBand: count(memberPeople, (p) => ageBand(personFacts(p, TODAY).birthDate, current.asOf)),
    bySex: count(memberPeople, (p) => personFacts(p, TODAY).sex),
  };
}

const asMap = (rows: readonly { key: string; count?: number; events?: number }[]) =>
  new Map(rows.filter((row) => (row.count ?? row.events ?? 0) > 0).map((row) => [row.key, row.count ?? row.events]));

describe('dashboard over a generated district', () => {
  const data = untidyDistrict(10_000);

  it.each([
    ['this month, everywhere', NOVEMBER, {}],
    ['a past quarter in a district', { from: '2026-04-01', to: '2026-06-30' }, { districtId: KORDAI }],
    ['the year in one settlement', { from: '2026-01-01', to: '2026-12-31' }, { placeId: '315430100' }],
    ['a custom range over new year', { from: '2025-12-10', to: '2026-02-20' }, { placeId: '314800000' }],
  ])('agrees with the records counted one by one: %s', (_, period, place: DashboardPlace) => {
    const fast = computeDashboard(data, period, place, TODAY, districtOf);
    const slow = reference(data, period, place);
    expect(values(fast)).toEqual(slow.values);
    expect(fast.eventsByMonth.map((month) => month.held)).toEqual(slow.byMonth);
    expect(asMap(fast.receptionsByTopic)).toEqual(slow.byTopic);
    expect(asMap(fast.eventsByType)).toEqual(slow.byType);
    expect(asMap(fast.eventsByDistrict)).toEqual(slow.byDistrict);
    expect(asMap(fast.membersByEthnos)).toEqual(slow.byEthnos);
    expect(asMap(fast.membersByAgeBand)).toEqual(slow.byBand);
    expect(asMap(fast.membersBySex)).toEqual(slow.bySex);
  });

  it('has charts that add up to the figures', () => {
    const year = computeDashboard(data, { from: '2026-01-01', to: '2026-12-31' }, {}, TODAY, districtOf);
    const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0);
    expect(year.eventsHeld.current).toBeGreaterThan(1000);
    expect(sum(year.eventsByMonth.map((m) => m.held))).toBe(year.eventsHeld.current);
    expect(sum(year.eventsByMonth.map((m) => m.participants))).toBe(year.participants.current);
    expect(sum(year.eventsByType.map((t) => t.events))).toBe(year.eventsHeld.current);
    expect(sum(year.eventsByDistrict.map((d) => d.participants))).toBe(year.participants.current);
    expect(sum(year.receptionsByOutcome.map((o) => o.count))).toBe(year.receptions.current);
    expect(sum(year.receptionsByTopic.map((t) => t.count))).toBe(year.receptions.current);
    for (const chart of [year.membersByEthnos, year.membersByAgeBand, year.membersBySex])
      expect(sum(chart.map((row) => row.count))).toBe(year.members.current);
  });

  it('asks for the district of each place once, not of each record', () => {
    let calls = 0;
    const counting = (placeId: string | undefined) => {
      calls++;
      return districtOf(placeId);
    };
    computeDashboard(data, NOVEMBER, { districtId: KORDAI }, TODAY, counting);
    expect(calls).toBeLessThanOrEqual(2 * (demoPlaces.length + 1));
  });
});
