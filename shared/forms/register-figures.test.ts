import { describe, expect, it } from 'vitest';
import { districtOf, generatedDistrict, generatedRegisters, Q3, TODAY } from '../dashboard/test-data';
import { visitRows } from '../exchange/sheets/visits';
import { resources } from '../i18n/resources';
import { toPlaceId } from '../model/ids';
import { defaultCompactResidenceRule, settlementSummaries } from '../monitoring/population';
import { situationSummary } from '../monitoring/situation';
import { figureComputer, type FigureSource } from './compute-figures';

const registers = generatedRegisters(2_000);
/** A settlement of Кордайский район where nothing was ever held, beside the generated ones. */
const EMPTY_VILLAGE = '314850100';
const population = [
  ...registers.population,
  { placeId: toPlaceId(EMPTY_VILLAGE), year: 2026, byEthnicGroup: {}, updatedAt: '2026-01-10T09:00:00.000Z' },
];
const settlements = [...new Set(population.map((record) => record.placeId as string))];
const source: FigureSource = {
  data: generatedDistrict(2_000),
  visits: registers.visits,
  risks: registers.risks,
  mediationCases: registers.mediationCases,
  settlements,
  today: TODAY,
  place: {},
  districtOf,
  fixed: {},
};
const YEAR_TO_DATE = { from: '2026-01-01', to: '2026-09-30' };

const summaryOf = (period: typeof Q3) =>
  situationSummary({
    period,
    asOf: period.to,
    risks: registers.risks,
    events: registers.events,
    mediationCases: registers.mediationCases,
    population: registers.population,
    work: { events: registers.events },
    settings: { compactRule: defaultCompactResidenceRule, monthsWithoutWork: 3 },
    districtOf,
  });

describe('the figures of a form from the registers the dashboard does not count', () => {
  it('count the field visits of the period as the exchange package’s visits sheet lists them', () => {
    const compute = figureComputer(source, Q3);
    for (const [figurePeriod, period] of [
      ['selected', Q3],
      ['yearToDate', YEAR_TO_DATE],
    ] as const) {
      const sheet = visitRows(registers.visits, {
        language: 'ru',
        enums: resources.ru.enums,
        maskPersonalData: false,
        period,
        lookups: {
          places: new Map(),
          ethnicGroups: new Map(),
          legalForms: new Map(),
          eventTypes: new Map(),
          directions: new Map(),
          topics: new Map(),
          agencies: new Map(),
          workingGroups: new Map(),
          people: new Map(),
        },
        associations: new Map(),
      });
      expect(sheet.length).toBeGreaterThan(0);
      expect(compute({ figure: 'visits', period: figurePeriod })).toBe(sheet.length);
    }
  });

  it('count mediation cases and risks by level as the справка on the situation does', () => {
    const compute = figureComputer(source, Q3);
    for (const [figurePeriod, period] of [
      ['selected', Q3],
      ['yearToDate', YEAR_TO_DATE],
      ['m08', { from: '2026-08-01', to: '2026-08-31' }],
    ] as const) {
      const summary = summaryOf(period);
      const value = (figure: 'mediationCases' | 'risks' | 'risksHigh' | 'risksMedium' | 'risksLow') =>
        compute({ figure, period: figurePeriod });
      expect(value('mediationCases'), figurePeriod).toBe(summary.mediation.length);
      expect(value('risksHigh'), figurePeriod).toBe(summary.risks.high.length);
      expect(value('risksMedium'), figurePeriod).toBe(summary.risks.medium.length);
      expect(value('risksLow'), figurePeriod).toBe(summary.risks.low.length);
      expect(value('risks'), figurePeriod).toBe(
        summary.risks.high.length + summary.risks.medium.length + summary.risks.low.length,
      );
    }
    expect(summaryOf(YEAR_TO_DATE).mediation.length).toBeGreaterThan(0);
    expect(compute({ figure: 'risks', period: 'yearToDate' })).toBeGreaterThan(0);
  });

  it('leave mediation and risks empty for someone without the right to confidential records', () => {
    const without = figureComputer({ ...source, includeConfidential: false }, Q3);
    for (const figure of ['mediationCases', 'risks', 'risksHigh', 'risksMedium', 'risksLow'] as const)
      expect(without({ figure }), figure).toBeNull();
    expect(without({ figure: 'visits' })).toBe(figureComputer(source, Q3)({ figure: 'visits' }));
  });

  it('count the settlements with no event held in the period as the settlements screen shows them', () => {
    const compute = figureComputer(source, Q3);
    for (const [figurePeriod, period] of [
      ['selected', Q3],
      ['m08', { from: '2026-08-01', to: '2026-08-31' }],
    ] as const) {
      const screen = settlementSummaries(population, { events: registers.events }, TODAY, { districtOf, period });
      const without = screen.filter((settlement) => settlement.events === 0).map((settlement) => settlement.placeId);
      expect(without).toContain(EMPTY_VILLAGE);
      expect(compute({ figure: 'settlementsWithoutWork', period: figurePeriod })).toBe(without.length);
    }
    const screen = settlementSummaries(population, { events: registers.events }, TODAY, { districtOf, period: Q3 });
    for (const districtId of ['314800000', '315400000']) {
      const inDistrict = figureComputer({ ...source, place: { districtId } }, Q3);
      expect(inDistrict({ figure: 'settlementsWithoutWork' }), districtId).toBe(
        screen.filter((settlement) => settlement.events === 0 && settlement.districtId === districtId).length,
      );
    }
  });

  it('leave a figure empty when its register was not read', () => {
    const bare = figureComputer({ ...source, visits: undefined, risks: undefined, settlements: undefined }, Q3);
    expect(bare({ figure: 'visits' })).toBeNull();
    expect(bare({ figure: 'risksHigh' })).toBeNull();
    expect(bare({ figure: 'settlementsWithoutWork' })).toBeNull();
  });
});
