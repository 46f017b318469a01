import { describe, expect, it } from 'vitest';
import { computeDashboard } from '../dashboard/compute';
import type { DashboardData } from '../dashboard/data';
import type { FigureName } from '../dashboard/rules';
import { changeEvery, districtOf, generatedDistrict, markConfidential, Q3, TODAY } from '../dashboard/test-data';
import { catalogue, figuresOfDimension, fixedValues, registerFigures } from './catalogue';
import { figureComputer, periodOfFigure, type FigureSource } from './compute-figures';

const district = generatedDistrict(2_000);
const data: DashboardData = { ...district, receptions: changeEvery(district.receptions, 4, markConfidential) };
const source: FigureSource = {
  data,
  today: TODAY,
  place: {},
  districtOf,
  fixed: { officeName: 'Акимат Кордайского района', signatory: '  ', fillDate: '2026-10-05' },
};

const isDashboardFigure = (name: string) =>
  !(fixedValues as readonly string[]).includes(name) && !(registerFigures as readonly string[]).includes(name);

describe('the periods a form cell may take', () => {
  it.each([
    ['selected', Q3, Q3],
    ['q1', Q3, { from: '2026-01-01', to: '2026-03-31' }],
    ['h2', Q3, Q3],
    ['m08', Q3, { from: '2026-08-01', to: '2026-08-31' }],
    ['yearToDate', Q3, { from: '2026-01-01', to: '2026-09-30' }],
    ['q3', { from: '2026-08-01', to: '2026-08-31' }, { from: '2026-07-01', to: '2026-08-31' }],
    ['m02', { from: '2028-01-01', to: '2028-12-31' }, { from: '2028-02-01', to: '2028-02-29' }],
  ] as const)('%s of %o is %o: cut at the end of the period filled', (figurePeriod, selected, expected) => {
    expect(periodOfFigure(figurePeriod, selected)).toEqual(expected);
  });

  it('has nothing for a part after the period filled: a Q3 form leaves its Q4 column empty', () => {
    expect(periodOfFigure('q4', Q3)).toBeNull();
    expect(periodOfFigure('m10', Q3)).toBeNull();
  });
});

describe('the figures of a form', () => {
  it('equal the dashboard for the same period and place, for every figure and sub-period', () => {
    const place = { districtId: '314800000' };
    const compute = figureComputer({ ...source, place }, Q3);
    const single = figuresOfDimension('none').filter((entry) => isDashboardFigure(entry.source));
    expect(single.length).toBeGreaterThanOrEqual(10);
    for (const [figurePeriod, period] of [
      ['selected', Q3],
      ['q1', { from: '2026-01-01', to: '2026-03-31' }],
      ['m08', { from: '2026-08-01', to: '2026-08-31' }],
    ] as const) {
      const dashboard = computeDashboard(data, period, place, TODAY, districtOf);
      for (const entry of single) {
        const name = entry.source as FigureName;
        expect(compute({ figure: entry.id, period: figurePeriod }), `${entry.id} ${figurePeriod}`).toBe(
          dashboard[name].current,
        );
      }
    }
  });

  it('give each row of a block the dashboard narrowed to the row, declared or not', () => {
    const districts = ['314800000', '315400000'];
    const compute = figureComputer(source, Q3, { district: districts, village: ['314839100'] });
    for (const districtId of districts) {
      const dashboard = computeDashboard(data, Q3, { districtId }, TODAY, districtOf);
      expect(compute({ figure: 'receptionsByDistrict' }, districtId)).toBe(dashboard.receptions.current);
      expect(compute({ figure: 'membersByDistrict' }, districtId)).toBe(dashboard.members.current);
    }
    for (const placeId of ['314839100', '315430100']) {
      const dashboard = computeDashboard(data, Q3, { placeId }, TODAY, districtOf);
      expect(compute({ figure: 'eventsHeldByVillage' }, placeId)).toBe(dashboard.eventsHeld.current);
    }
    const dashboard = computeDashboard(data, Q3, {}, TODAY, districtOf);
    for (const bar of dashboard.membersByEthnos)
      expect(compute({ figure: 'membersByEthnos' }, bar.key)).toBe(bar.count);
    for (const bar of dashboard.receptionsByOutcome)
      expect(compute({ figure: 'receptionsByOutcome' }, bar.key)).toBe(bar.count);
  });

  it.each([
    ['direction', 'directionId', 'eventsHeldByDirection', 'eventsPlannedByDirection', 'participantsByDirection'],
    ['project', 'projectId', 'eventsHeldByProject', 'eventsPlannedByProject', 'participantsByProject'],
  ] as const)(
    'split events by %s as the dashboard counts the events of each',
    (dimension, field, held, planned, people) => {
      const keys = [...new Set(data.events.flatMap((event) => (event[field] ? [event[field] as string] : [])))];
      expect(keys.length).toBeGreaterThan(0);
      const compute = figureComputer(source, Q3, { [dimension]: keys });
      let total = 0;
      for (const key of keys) {
        const own = { ...data, events: data.events.filter((event) => event[field] === key) };
        const dashboard = computeDashboard(own, Q3, {}, TODAY, districtOf);
        expect(compute({ figure: held }, key), key).toBe(dashboard.eventsHeld.current);
        expect(compute({ figure: planned }, key), key).toBe(dashboard.eventsPlanned.current);
        expect(compute({ figure: people }, key), key).toBe(dashboard.participants.current);
        total += dashboard.eventsHeld.current;
      }
      expect(total).toBeGreaterThan(0);
      expect(compute({ figure: held }, 'unknown-item')).toBe(0);
    },
  );

  it('count confidential receptions by number only, and leave them out for someone without the right', () => {
    const withRight = figureComputer(source, Q3);
    const without = figureComputer({ ...source, includeConfidential: false }, Q3);
    const all = computeDashboard(data, Q3, {}, TODAY, districtOf);
    const open = computeDashboard(data, Q3, {}, TODAY, districtOf, { includeConfidential: false });
    expect(withRight({ figure: 'receptions' })).toBe(all.receptions.current);
    expect(without({ figure: 'receptions' })).toBe(open.receptions.current);
    expect(open.receptions.current).toBeLessThan(all.receptions.current);
  });

  it('write the fill’s own values and leave what is missing empty rather than guessed', () => {
    const compute = figureComputer(source, Q3);
    expect(compute({ figure: 'officeName' })).toBe('Акимат Кордайского района');
    expect(compute({ figure: 'fillDate' })).toBe('2026-10-05');
    expect(compute({ figure: 'signatory' })).toBeNull();
    expect(compute({ figure: 'periodText' })).toBeNull();
    expect(compute({ figure: 'eventsHeld', period: 'q4' })).toBeNull();
    expect(compute({ figure: 'eventsHeldByDistrict' })).toBeNull();
    expect(compute({ figure: 'eventsHeldByDistrict' }, '319900000')).toBe(0);
  });

  it('has unique ids, and a number for every row figure whatever its dimension', () => {
    const ids = catalogue.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    const compute = figureComputer(source, Q3);
    for (const entry of catalogue.filter((figure) => isDashboardFigure(figure.source)))
      expect(typeof compute({ figure: entry.id }, 'x'), entry.id).toBe('number');
  });
});
