import { describe, expect, it } from 'vitest';
import { generateDemoData, type DemoPlace } from '../demo/generate';
import type { PlaceId } from '../model/ids';
import { computeBreakdown } from './breakdown';
import { computeDashboard } from './compute';
import type { DashboardData } from './data';
import type { FigureName } from './rules';

const TODAY = '2026-11-21';
const districtOf = (placeId: string | undefined) => (placeId ? `${placeId.slice(0, 4)}00000` : '');
const places: DemoPlace[] = [
  { id: '314839100' as PlaceId, nameRu: 'с.Каракемер', nameKk: 'Қаракемер а.' },
  { id: '314830100' as PlaceId, nameRu: 'с.Кордай', nameKk: 'Қордай а.' },
  { id: '315430100' as PlaceId, nameRu: 'с.Толе би', nameKk: 'Төле би а.' },
];
const generated = generateDemoData({ people: 3_000, places, today: TODAY });
const data: DashboardData = {
  events: generated.events,
  receptions: generated.receptions.map((r, at) => (at % 5 === 0 ? { ...r, confidential: true } : r)),
  associations: generated.associations,
  memberships: generated.memberships.map((m, at) => (at % 9 === 0 ? { ...m, leftOn: '2026-06-15' } : m)),
  members: generated.people,
};
const figureNames: FigureName[] = [
  'eventsHeld',
  'eventsPlanned',
  'participants',
  'receptions',
  'helped',
  'takenUnderControl',
  'underControl',
  'overdue',
  'associations',
  'members',
];

describe('the dashboard figures split by district, place or chart key', () => {
  it.each([
    ['a quarter', { from: '2026-07-01', to: '2026-09-30' }],
    ['the year so far', { from: '2026-01-01', to: '2026-11-21' }],
  ])('equal the dashboard narrowed to each district and each place (%s)', (_, period) => {
    const districts = ['314800000', '315400000', '319900000'];
    const byDistrict = computeBreakdown(data, period, {}, TODAY, districtOf, 'district', districts);
    // The okrug 314830000 holds the village 314839100, which is also asked on its own.
    const villages = ['314839100', '314830000', '315430100'];
    const byPlace = computeBreakdown(data, period, {}, TODAY, districtOf, 'place', villages);
    for (const name of figureNames) {
      districts.forEach((districtId, at) => {
        const dashboard = computeDashboard(data, period, { districtId }, TODAY, districtOf);
        expect(byDistrict[name]?.[at], `${name} in ${districtId}`).toBe(dashboard[name].current);
      });
      villages.forEach((placeId, at) => {
        const dashboard = computeDashboard(data, period, { placeId }, TODAY, districtOf);
        expect(byPlace[name]?.[at], `${name} in ${placeId}`).toBe(dashboard[name].current);
      });
    }
    expect(byDistrict.members?.[0]).toBeGreaterThan(0);
    expect(byPlace.receptions?.[1]).toBeGreaterThan(0);
  });

  it('equal the charts of event types, topics and ethnoses, and split planned events by type too', () => {
    const period = { from: '2026-04-01', to: '2026-09-30' };
    const place = { districtId: '314800000' };
    const options = { includeConfidential: false };
    const dashboard = computeDashboard(data, period, place, TODAY, districtOf, options);
    const types = dashboard.eventsByType.map((bar) => bar.key);
    const byType = computeBreakdown(data, period, place, TODAY, districtOf, 'eventType', types, options);
    expect([...(byType.eventsHeld ?? [])]).toEqual(dashboard.eventsByType.map((bar) => bar.events));
    expect([...(byType.participants ?? [])]).toEqual(dashboard.eventsByType.map((bar) => bar.participants));
    expect(byType.receptions).toBeUndefined();
    const plannedByType = [...(byType.eventsPlanned ?? [])].reduce((sum, value) => sum + value, 0);
    expect(plannedByType).toBe(dashboard.eventsPlanned.current);

    const topics = dashboard.receptionsByTopic.map((bar) => bar.key);
    const byTopic = computeBreakdown(data, period, place, TODAY, districtOf, 'topic', topics, options);
    expect([...(byTopic.receptions ?? [])]).toEqual(dashboard.receptionsByTopic.map((bar) => bar.count));
    expect(dashboard.confidentialLeftOut).toBeGreaterThan(0);

    const ethnoses = dashboard.membersByEthnos.map((bar) => bar.key);
    const byEthnos = computeBreakdown(data, period, place, TODAY, districtOf, 'ethnos', [...ethnoses, 'nobody']);
    expect([...(byEthnos.members ?? [])]).toEqual([...dashboard.membersByEthnos.map((bar) => bar.count), 0]);
  });
});
