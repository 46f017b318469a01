import { describe, expect, it } from 'vitest';
import { situationReport, type SituationLookups } from '../export/situation-report';
import type { CouncilId, EventId, MediationCaseId, PlaceId, PopulationRecordId, TensionRiskId } from '../model/ids';
import type { KelisimEvent, MediationCase, PopulationRecord, RiskLevel, TensionRisk } from '../model/records';
import { monitoringSettingsSchema } from './population';
import { situationSummary, type SituationSource } from './situation';

const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const stamp = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', author: 'test' };

function risk(id: string, fields: Partial<TensionRisk> & { level: RiskLevel; identifiedOn: string }): TensionRisk {
  return {
    ...stamp,
    id: id as TensionRiskId,
    placeId: 'v1' as PlaceId,
    description: `Риск ${id}`,
    groupIds: [],
    source: 'reception',
    levelHistory: [{ on: fields.identifiedOn, to: fields.level, author: 'test' }],
    status: 'watched',
    measureEventIds: [],
    confidential: true,
    ...fields,
  };
}

function mediation(id: string, date: string, fields: Partial<MediationCase> = {}): MediationCase {
  return {
    ...stamp,
    id: id as MediationCaseId,
    date,
    parties: ['А', 'Б'],
    disputeType: 'land',
    confidential: true,
    ...fields,
  };
}

function population(placeId: string, byEthnicGroup: Record<string, number>): PopulationRecord {
  return {
    ...stamp,
    id: `pop-${placeId}` as PopulationRecordId,
    placeId: placeId as PlaceId,
    year: 2025,
    byEthnicGroup,
  };
}

const measure = (id: string, start: string, fields: Partial<KelisimEvent> = {}) => ({
  id: id as EventId,
  title: `Мероприятие ${id}`,
  start,
  status: 'held' as const,
  ...fields,
});

function source(): SituationSource {
  return {
    period: Q2,
    asOf: '2026-06-30',
    risks: [
      // High from the start, two measures of which one was deleted.
      risk('r1', { level: 'high', identifiedOn: '2026-04-10', measureEventIds: ['ev1', 'ev-gone'] as EventId[] }),
      // Medium all through the quarter, raised after it ends: counted as medium.
      risk('r2', {
        level: 'high',
        identifiedOn: '2026-01-15',
        levelHistory: [
          { on: '2026-01-15', to: 'medium', author: 'test' },
          { on: '2026-07-10', from: 'medium', to: 'high', author: 'test' },
        ],
      }),
      // Low, resolved in the quarter, with a measure.
      risk('r3', {
        level: 'low',
        identifiedOn: '2026-05-01',
        status: 'resolved',
        resolvedOn: '2026-06-15',
        measureEventIds: ['ev2'] as EventId[],
      }),
      risk('after', { level: 'high', identifiedOn: '2026-07-05' }),
      risk('resolved-before', {
        level: 'high',
        identifiedOn: '2026-01-05',
        status: 'resolved',
        resolvedOn: '2026-03-20',
      }),
      risk('deleted', { level: 'high', identifiedOn: '2026-04-02', deletedAt: '2026-04-03T00:00:00Z' }),
    ],
    events: [
      measure('ev1', '2026-04-20T10:00', { titleKk: 'Бірлік кездесуі', title: 'Встреча «Единство»' }),
      measure('ev2', '2026-06-01T10:00', { title: 'Круглый стол' }),
      measure('ev-gone', '2026-04-25T10:00', { deletedAt: '2026-04-26T00:00:00Z' }),
    ],
    mediationCases: [
      mediation('m1', '2026-04-20', { result: 'reconciled' }),
      mediation('m2', '2026-05-10'),
      mediation('m3', '2026-06-30', { result: 'referred', councilId: 'c1' as CouncilId, disputeType: 'interethnic' }),
      mediation('m-before', '2026-03-31', { result: 'reconciled' }),
      mediation('m-deleted', '2026-05-11', { deletedAt: '2026-05-12T00:00:00Z' }),
    ],
    population: [
      population('v1', { dungans: 600, kazakhs: 400 }),
      population('v2', { kazakhs: 2000 }),
      population('v3', { uzbeks: 700, kazakhs: 300 }),
      population('v4', { koreans: 800, kazakhs: 200 }),
    ],
    work: {
      events: [
        { placeId: 'v1' as PlaceId, start: '2025-10-01T10:00', status: 'held' },
        { placeId: 'v3' as PlaceId, start: '2026-05-01T10:00', status: 'held' },
        // Planned work is not work done.
        { placeId: 'v4' as PlaceId, start: '2026-06-01T10:00', status: 'planned' },
      ],
    },
    settings: monitoringSettingsSchema.parse({ monthsWithoutWork: 6 }),
    districtOf: () => 'd1',
  };
}

const lookups: SituationLookups = {
  places: new Map([
    ['v1', { nameRu: 'с. Первое', nameKk: 'Бірінші а.' }],
    ['v4', { nameRu: 'с. Четвёртое', nameKk: 'Төртінші а.' }],
    ['d1', { nameRu: 'Кордайский район', nameKk: 'Қордай ауданы' }],
  ]),
  ethnicGroups: new Map([
    ['dungans', { nameRu: 'Дунганы', nameKk: 'Дүнгендер' }],
    ['koreans', { nameRu: 'Корейцы', nameKk: 'Корейлер' }],
  ]),
  councils: new Map([['c1', { name: 'Совет биев', nameKk: 'Билер кеңесі' }]]),
};

describe('the справка on the inter-ethnic situation', () => {
  it('counts a small office by hand: risks by level, measures, mediation by result, villages without work', () => {
    const summary = situationSummary(source());
    expect(summary.risks.high.map((entry) => entry.risk.id)).toEqual(['r1']);
    expect(summary.risks.medium.map((entry) => entry.risk.id)).toEqual(['r2']);
    expect(summary.risks.low.map((entry) => entry.risk.id)).toEqual(['r3']);
    expect(summary.risks.high[0]?.measures.map((event) => event.id)).toEqual(['ev1']);
    expect(summary.risksWithMeasures).toBe(2);
    expect(summary.risksResolved).toBe(1);
    expect(summary.mediation.map((item) => item.id)).toEqual(['m1', 'm2', 'm3']);
    expect(summary.mediationByResult).toEqual({ reconciled: 1, not_reconciled: 0, referred: 1, open: 1 });
    // Never worked in first, then the longest without; v3 had an event in May, v2 is the majority's.
    expect(summary.villages).toEqual([
      { placeId: 'v4', districtId: 'd1', groupIds: ['koreans'] },
      { placeId: 'v1', districtId: 'd1', groupIds: ['dungans'], lastWork: '2025-10-01' },
    ]);
  });

  it('writes it in Russian, marked confidential on every sheet', () => {
    const tables = situationReport(situationSummary(source()), lookups, 'ru');
    expect(tables.map((table) => table.sheetName)).toEqual([
      'Сводка',
      'Риски и меры',
      'Медиация',
      'Без информационной работы',
    ]);
    for (const table of tables) {
      expect(table.subtitle).toContain('Конфиденциально');
      expect(table.notes).toContain('Конфиденциально. Для служебного пользования');
    }
    expect(tables[0]?.rows.map((row) => row[2])).toEqual([1, 1, 1, 2, 1, 3, 1, 0, 1, 1, 2]);
    const risks = tables[1];
    expect(risks?.rows[0]?.[1]).toBe('Высокий уровень: 1');
    expect(risks?.rows[1]).toEqual([
      1,
      'Высокий',
      'с. Первое',
      'Риск r1',
      '2026-04-10',
      'Под наблюдением',
      '20.04.2026 Встреча «Единство»',
    ]);
    expect(risks?.rows[5]?.[5]).toBe('Урегулирован 15.06.2026');
    expect(risks?.boldRows).toEqual([0, 2, 4]);
    expect(tables[2]?.rows[2]).toEqual([3, '2026-06-30', null, 'Межэтнический', 'Совет биев', 'Передано в органы']);
    expect(tables[3]?.rows).toEqual([
      [1, 'Кордайский район', 'с. Четвёртое', 'Корейцы', 'не проводилась'],
      [2, 'Кордайский район', 'с. Первое', 'Дунганы', '01.10.2025'],
    ]);
  });

  it('writes it in Kazakh with the Kazakh names of events and councils where they are given', () => {
    const tables = situationReport(situationSummary(source()), lookups, 'kk');
    expect(tables[0]?.subtitle).toContain('Құпия');
    expect(tables[1]?.rows[0]?.[1]).toBe('Жоғары деңгей: 1');
    expect(tables[1]?.rows[1]?.[6]).toBe('20.04.2026 Бірлік кездесуі');
    // No Kazakh title given: the title as typed.
    expect(tables[1]?.rows[5]?.[6]).toBe('01.06.2026 Круглый стол');
    expect(tables[2]?.rows[2]?.[4]).toBe('Билер кеңесі');
    expect(tables[3]?.rows[0]).toEqual([1, 'Қордай ауданы', 'Төртінші а.', 'Корейлер', 'жүргізілмеген']);
  });
});
