import { describe, expect, it } from 'vitest';
import { computeCoverage, type CoverageEvent } from '../dashboard/coverage';
import { toPlaceId } from '../model/ids';
import { ru } from '../i18n/ru';
import { coverageExport } from './coverage-report';

const Q4 = { from: '2026-10-01', to: '2026-12-31' };
const held = (placeId: string, actualParticipants: number): CoverageEvent => ({
  id: `e-${placeId}-${actualParticipants}` as CoverageEvent['id'],
  start: '2026-11-02T10:00',
  status: 'held',
  placeId: toPlaceId(placeId),
  audienceCodes: [],
  actualParticipants,
});
const named = (nameRu: string, nameKk: string) => ({ nameRu, nameKk });

describe('the coverage report', () => {
  const coverage = computeCoverage(
    {
      events: [held('s1', 90), held('okrug', 15)],
      settlements: [{ id: toPlaceId('s1') }, { id: toPlaceId('s2'), remote: true }],
      population: [{ placeId: toPlaceId('s1'), year: 2026, byEthnicGroup: {}, total: 60, updatedAt: '2026-01-01' }],
    },
    Q4,
  );
  const lookups = {
    places: new Map([
      ['s1', named('с.Алга', 'Алға а.')],
      ['s2', named('с.Кенен', 'Кенен а.')],
    ]),
    projects: new Map(),
    directions: new Map(),
    audiences: new Map(),
  };
  const options = { language: 'ru', headers: 'both', maskPersonalData: false, asOf: '2026-12-05' } as const;
  const [bySettlement, without, byProject] = coverageExport(coverage, lookups, options);

  it('writes a share above the population as «не менее 100 %» and the work outside villages on its own line', () => {
    expect(bySettlement?.rows).toEqual([
      [1, 'с.Алга', 1, 90, 90, 60, ru.coverage.card.capped],
      [null, ru.coverage.report.remoteHeading, null, null, null, null, null],
      [2, 'с.Кенен', 0, 0, 0, null, null],
      [null, ru.coverage.report.elsewhere, 1, 15, 15, null, null],
    ]);
    expect(bySettlement?.boldRows).toEqual([1]);
    expect(bySettlement?.totals).toEqual([null, ru.coverage.report.total, 2, 105, 105, 60, ru.coverage.card.capped]);
    expect(bySettlement?.notes).toEqual([ru.coverage.report.reachRule, ru.coverage.report.shareRule]);
  });

  it('heads the columns in both languages and lists the remote village without work with its mark', () => {
    expect(bySettlement?.columns[1]?.header).toBe('Населённый пункт / Елді мекен');
    expect(without?.rows).toEqual([[1, 'с.Кенен', ru.common.yes, null]]);
    expect(byProject?.rows).toEqual([[1, ru.coverage.report.notSet, 2, 105, 105]]);
  });
});
