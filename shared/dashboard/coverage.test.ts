import { describe, expect, it } from 'vitest';
import { toPersonId, toPlaceId } from '../model/ids';
import { computeCoverage, reachOf, type CoverageEvent } from './coverage';

const Q3 = { from: '2026-07-01', to: '2026-09-30' };
// Kordai district 314800000, okrug 314830000, its villages 314831100 and 314833100; 314835100 remote.
const SORTOBE = toPlaceId('314831100');
const MASANCHI = toPlaceId('314833100');
const KARASU = toPlaceId('314835100');
const OKRUG = toPlaceId('314830000');

let next = 0;
const event = (fields: Partial<CoverageEvent>): CoverageEvent => ({
  id: `e${++next}` as CoverageEvent['id'],
  start: '2026-08-10T10:00',
  status: 'held',
  audienceCodes: [],
  ...fields,
});
const people = (...ids: string[]) => ids.map(toPersonId);
const population = (placeId: string, total: number, year = 2025) => ({
  placeId: toPlaceId(placeId),
  year,
  byEthnicGroup: {},
  total,
  updatedAt: '2026-01-01T00:00:00Z',
});
const settlements = [{ id: SORTOBE }, { id: MASANCHI }, { id: KARASU, remote: true }];

describe('reach: each named person once', () => {
  it('counts a person on the lists of two events once and adds the counts of events without a list', () => {
    const reach = reachOf([
      { actualParticipants: 3, attendeeIds: people('a', 'b', 'c') },
      { actualParticipants: 2, attendeeIds: people('b', 'c') },
      { actualParticipants: 40 },
    ]);
    expect(reach).toEqual({ reached: 43, named: 3, unnamed: 40 });
  });

  it('adds the people beyond a partial list as unnamed, so the event counts max(participants, named)', () => {
    expect(reachOf([{ actualParticipants: 45, attendeeIds: people('a', 'b') }])).toEqual({
      reached: 45,
      named: 2,
      unnamed: 43,
    });
    // A list longer than the stated count: the list stands.
    expect(reachOf([{ actualParticipants: 1, attendeeIds: people('a', 'b', 'a') }])).toEqual({
      reached: 2,
      named: 2,
      unnamed: 0,
    });
  });
});

describe('coverage of the population by settlement', () => {
  const events = [
    event({ placeId: SORTOBE, actualParticipants: 30, projectId: 'project:bt' as CoverageEvent['projectId'] }),
    event({
      placeId: SORTOBE,
      actualParticipants: 2,
      attendeeIds: people('p1', 'p2'),
      audienceCodes: ['youth', 'women'],
    }),
    event({ placeId: MASANCHI, actualParticipants: 2, attendeeIds: people('p1', 'p2'), audienceCodes: ['youth'] }),
    event({ placeId: OKRUG, actualParticipants: 10 }),
    event({ placeId: KARASU, actualParticipants: 5, status: 'planned' }),
    event({ placeId: MASANCHI, actualParticipants: 100, start: '2026-10-01T10:00' }),
    event({ placeId: MASANCHI, actualParticipants: 100, deletedAt: '2026-08-11T00:00:00Z' }),
  ];
  const coverage = computeCoverage(
    {
      events,
      settlements,
      population: [population(SORTOBE, 100), population(SORTOBE, 200, 2020), population(MASANCHI, 3)],
    },
    Q3,
  );

  it('counts only events held in the period, by settlement, with the latest population and its share', () => {
    const [sortobe, masanchi] = coverage.settlements;
    expect(sortobe).toMatchObject({ placeId: SORTOBE, events: 2, participants: 32, reached: 32, population: 100 });
    expect(sortobe?.share).toBeCloseTo(0.32);
    expect(masanchi).toMatchObject({ events: 1, reached: 2, population: 3, capped: false });
  });

  it('counts people named in two villages once in the district total', () => {
    // 30 unnamed + p1, p2 (in both villages) + 10 at the okrug.
    expect(coverage.total).toMatchObject({ events: 4, reached: 42, named: 2, unnamed: 40, participants: 44 });
    expect(coverage.population).toBe(103);
    expect(coverage.share).toBeCloseTo(42 / 103);
    expect(coverage.elsewhere).toMatchObject({ events: 1, reached: 10 });
  });

  it('puts remote villages apart and lists every village with no event held, remote ones too', () => {
    expect(coverage.remote.map((row) => row.placeId)).toEqual([KARASU]);
    expect(coverage.settlements.map((row) => row.placeId)).toEqual([SORTOBE, MASANCHI]);
    expect(coverage.withoutWork).toEqual([KARASU]);
    expect(coverage.remote[0]).toMatchObject({ events: 0, reached: 0, capped: false });
    expect(coverage.remote[0]?.share).toBeUndefined();
  });

  it('cuts a share above the population to 100 % and says so', () => {
    const small = computeCoverage(
      {
        events: [event({ placeId: MASANCHI, actualParticipants: 9 })],
        settlements,
        population: [population(MASANCHI, 3)],
      },
      Q3,
    );
    expect(small.settlements[1]).toMatchObject({ share: 1, capped: true });
    expect(small).toMatchObject({ share: 1, capped: true });
  });

  it('breaks the work down by project, direction and audience, events without one last', () => {
    expect(coverage.byProject.map((row) => [row.key, row.events])).toEqual([
      ['project:bt', 1],
      ['', 3],
    ]);
    expect(coverage.byDirection).toEqual([
      { key: '', events: 4, participants: 44, reached: 42, named: 2, unnamed: 40 },
    ]);
    expect(coverage.byAudience.map((row) => [row.key, row.events, row.reached])).toEqual([
      ['youth', 2, 2],
      ['women', 1, 2],
      ['', 2, 40],
    ]);
  });

  it('keeps to the area and attributes a place inside a village to the village', () => {
    const inside = computeCoverage(
      {
        events: [
          event({ placeId: toPlaceId('custom-school'), actualParticipants: 7 }),
          event({ placeId: toPlaceId('315000000'), actualParticipants: 50 }),
        ],
        settlements,
        population: [],
        parentOf: (id) => (id === 'custom-school' ? SORTOBE : undefined),
        inArea: (id) => id !== '315000000',
      },
      Q3,
    );
    expect(inside.settlements[0]).toMatchObject({ events: 1, reached: 7 });
    expect(inside.share).toBeUndefined();
    expect(inside.total.events).toBe(1);
    expect(inside.withoutWork).toEqual([MASANCHI, KARASU]);
  });
});
