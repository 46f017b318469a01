import { describe, expect, it } from 'vitest';
import { addMonths } from '../dates/iso';
import type { PlaceId } from '../model/ids';
import type { KelisimEvent, PopulationRecord, Reception } from '../model/records';
import {
  compactResidence,
  districtMajorities,
  ethnicShares,
  latestPopulation,
  monitoringSettingsSchema,
  populationTotal,
  settlementSummaries,
  villagesWithoutRecentWork,
  workInPlaces,
  type InformationWork,
} from './population';

const TODAY = '2026-11-30';
/** Kordai district 3148…, Shu district 3166…: the district is the first four digits of the КАТО code. */
const districtOf = (placeId: string) => `${placeId.slice(0, 4)}00000`;

type Figures = Pick<PopulationRecord, 'placeId' | 'year' | 'byEthnicGroup' | 'total' | 'updatedAt' | 'deletedAt'>;

const record = (placeId: string, year: number, byEthnicGroup: Record<string, number>, total?: number): Figures => ({
  placeId: placeId as Figures['placeId'],
  year,
  byEthnicGroup,
  ...(total !== undefined ? { total } : {}),
  updatedAt: `${year}-12-31T00:00:00.000Z`,
});

describe('ethnic shares', () => {
  it('are each count over the sum, largest first', () => {
    expect(ethnicShares({ russians: 300, kazakhs: 600, uzbeks: 100 })).toEqual([
      { ethnicGroupId: 'kazakhs', count: 600, share: 0.6 },
      { ethnicGroupId: 'russians', count: 300, share: 0.3 },
      { ethnicGroupId: 'uzbeks', count: 100, share: 0.1 },
    ]);
  });

  it('are over the stated total when the table lists only the main ethnoses', () => {
    expect(ethnicShares({ kazakhs: 600, dungans: 200 }, 1000).map((entry) => entry.share)).toEqual([0.6, 0.2]);
    expect(populationTotal({ byEthnicGroup: { kazakhs: 600, dungans: 200 }, total: 1000 })).toBe(1000);
  });

  it('take the sum when a stated total is smaller, and are 0 for an empty settlement', () => {
    expect(populationTotal({ byEthnicGroup: { kazakhs: 600, dungans: 200 }, total: 700 })).toBe(800);
    expect(ethnicShares({ kazakhs: 0 })).toEqual([{ ethnicGroupId: 'kazakhs', count: 0, share: 0 }]);
  });
});

describe('the latest figures of a settlement', () => {
  it('are the latest year, deleted records aside', () => {
    const old = record('314847100', 2021, { dungans: 900 });
    const recent = record('314847100', 2024, { dungans: 950 });
    const deleted = { ...record('314847100', 2025, { dungans: 1 }), deletedAt: '2026-01-01T00:00:00.000Z' };
    expect(latestPopulation([recent, deleted, old]).get('314847100')).toBe(recent);
  });
});

describe('places of compact residence', () => {
  // Kordai district: Kazakhs are the majority; Masanchi is a Dungan village.
  const kordai = [
    record('314830100', 2024, { kazakhs: 9000, russians: 1500, dungans: 500 }),
    record('314847100', 2024, { dungans: 500, kazakhs: 500 }),
    record('314849100', 2024, { dungans: 499, kazakhs: 501 }),
    record('314854100', 2024, { dungans: 400, kazakhs: 100, russians: 100 }, 1000),
  ];

  it('are settlements where a minority makes up at least half, exactly half included', () => {
    expect(
      compactResidence(kordai, districtOf).map((entry) => [entry.placeId, entry.ethnicGroupId, entry.share]),
    ).toEqual([['314847100', 'dungans', 0.5]]);
  });

  it('never mark the district majority, however large its share', () => {
    const majority = districtMajorities(latestPopulation(kordai).values(), districtOf);
    expect([...(majority.get('314800000') ?? [])]).toEqual(['kazakhs']);
    expect(compactResidence(kordai, districtOf).some((entry) => entry.ethnicGroupId === 'kazakhs')).toBe(false);
  });

  it('follow the threshold the user sets', () => {
    const rule = { basis: 'settlement_share', threshold: 0.4, minCount: 1 } as const;
    expect(compactResidence(kordai, districtOf, rule).map((entry) => entry.placeId)).toEqual([
      '314847100',
      '314849100',
      '314854100',
    ]);
  });

  it('use the latest year of each settlement', () => {
    const moved = [
      ...kordai,
      record('314833100', 2019, { russians: 800, kazakhs: 200 }),
      record('314833100', 2024, { russians: 300, kazakhs: 700 }),
    ];
    expect(compactResidence(moved, districtOf).map((entry) => entry.placeId)).toEqual(['314847100']);
  });

  it('can instead mark where at least the threshold of a minority of the district lives', () => {
    const rule = { basis: 'district_concentration', threshold: 0.5, minCount: 1 } as const;
    const koreans = [
      record('314830100', 2024, { kazakhs: 9000, koreans: 40 }),
      record('314833100', 2024, { kazakhs: 2000, koreans: 60 }),
    ];
    expect(compactResidence(koreans, districtOf, rule)).toEqual([
      {
        placeId: '314833100',
        districtId: '314800000',
        year: 2024,
        ethnicGroupId: 'koreans',
        count: 60,
        share: 60 / 2060,
        districtShare: 0.6,
      },
    ]);
  });

  it('judge each district by its own majority', () => {
    const twoDistricts = [
      record('314830100', 2024, { kazakhs: 9000, russians: 1000 }),
      record('316621100', 2024, { russians: 5000, kazakhs: 4000 }),
      record('316637100', 2024, { kazakhs: 700, russians: 300 }),
    ];
    expect(compactResidence(twoDistricts, districtOf).map((entry) => [entry.placeId, entry.ethnicGroupId])).toEqual([
      ['316637100', 'kazakhs'],
    ]);
  });
});

const event = (placeId: string, day: string, status: KelisimEvent['status'] = 'held') => ({
  placeId: placeId as KelisimEvent['placeId'],
  start: `${day}T10:00`,
  status,
});

describe('villages without recent information work', () => {
  const villages = ['314847100', '314849100', '314854100', '314839100', '314833100'];
  const custom = 'custom-school-masanchi';
  const parentOf = (placeId: string) => (placeId === custom ? '314849100' : undefined);
  const work: InformationWork = {
    events: [
      // Masanchi: exactly six months ago, which still counts.
      event('314847100', '2026-05-30'),
      // Nogaibai: a day earlier than that, at a school registered under the village.
      event(custom, '2026-05-29'),
      // Sortobe: only a plan, a deleted event and one held "tomorrow".
      event('314854100', '2026-11-01', 'planned'),
      { ...event('314854100', '2026-11-02'), deletedAt: '2026-11-03T00:00:00.000Z' },
      event('314854100', '2026-12-01'),
      // Karakemer: a recent event in the okrug above it is not work in the village.
      event('314839000', '2026-11-10'),
      // Aukhatty: recent.
      event('314833100', '2026-11-20'),
    ],
  };

  it('lists the villages with nothing in the last N months, never-worked first', () => {
    expect(villagesWithoutRecentWork(villages, work, TODAY, 6, parentOf)).toEqual([
      { placeId: '314839100' },
      { placeId: '314854100' },
      { placeId: '314849100', lastWork: '2026-05-29' },
    ]);
  });

  it('counts work under the village, found by the parent chain or the КАТО code', () => {
    const underByCode = { events: [event('314847101', '2026-11-01')] };
    expect(villagesWithoutRecentWork(['314847100'], underByCode, TODAY, 1)).toEqual([]);
    expect(villagesWithoutRecentWork(['314849100'], work, TODAY, 7, parentOf)).toEqual([]);
  });

  it('counts receptions and visits only when they are passed', () => {
    const reception: Pick<Reception, 'placeId' | 'date'> = {
      placeId: '314854100' as Reception['placeId'],
      date: '2026-10-01',
    };
    const visits = [{ placeId: '314839100' as PlaceId, start: '2026-11-28', end: '2026-12-02' }];
    const withMore: InformationWork = { ...work, receptions: [reception], visits };
    expect(villagesWithoutRecentWork(villages, withMore, TODAY, 6, parentOf)).toEqual([
      { placeId: '314849100', lastWork: '2026-05-29' },
    ]);
    expect(workInPlaces(['314839100'], withMore, TODAY).get('314839100')).toEqual({
      lastWork: TODAY,
      events: 0,
      receptions: 0,
    });
  });

  it('measures months by the calendar: six months before 31 August is 28 February', () => {
    expect(addMonths('2026-08-31', -6)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
});

describe('the settlements list', () => {
  it('gives each settlement its latest composition, compact marks, and the work done there', () => {
    const records = [
      record('314847100', 2021, { dungans: 100, kazakhs: 900 }),
      record('314847100', 2024, { dungans: 600, kazakhs: 400 }),
      record('314830100', 2024, { kazakhs: 9000 }),
    ];
    const receptions = [{ placeId: '314847100' as Reception['placeId'], date: '2026-03-01' }];
    const summaries = settlementSummaries(
      records,
      { events: [event('314847100', '2026-02-10'), event('314847100', '2025-06-01')], receptions },
      TODAY,
      { districtOf, period: { from: '2026-01-01', to: '2026-12-31' } },
    );
    expect(summaries.find((summary) => summary.placeId === '314847100')).toEqual({
      placeId: '314847100',
      districtId: '314800000',
      year: 2024,
      total: 1000,
      shares: [
        { ethnicGroupId: 'dungans', count: 600, share: 0.6 },
        { ethnicGroupId: 'kazakhs', count: 400, share: 0.4 },
      ],
      compactGroupIds: ['dungans'],
      lastWork: '2026-03-01',
      events: 1,
      receptions: 1,
    });
    expect(summaries.find((summary) => summary.placeId === '314830100')).toMatchObject({
      compactGroupIds: [],
      events: 0,
      receptions: 0,
    });
  });
});

describe('the monitoring settings', () => {
  it('fall back to the defaults for anything missing or unreadable', () => {
    expect(monitoringSettingsSchema.parse({})).toEqual({
      compactRule: { basis: 'settlement_share', threshold: 0.5, minCount: 1 },
      monthsWithoutWork: 6,
    });
    expect(
      monitoringSettingsSchema.parse({
        compactRule: { basis: 'district_concentration', threshold: 2 },
        monthsWithoutWork: 3,
      }),
    ).toEqual({ compactRule: { basis: 'district_concentration', threshold: 0.5, minCount: 1 }, monthsWithoutWork: 3 });
  });
});
