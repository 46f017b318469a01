import { describe, expect, it } from 'vitest';
import { computeBreakdown } from './breakdown';
import { computeDashboard } from './compute';
import type { DashboardData } from './data';
import {
  changeEvery,
  districtOf,
  figureNames,
  generatedDistrict,
  leaveInJune,
  markConfidential,
  TODAY,
} from './test-data';

const district = generatedDistrict(3_000);
const data: DashboardData = {
  ...district,
  receptions: changeEvery(district.receptions, 5, markConfidential),
  memberships: changeEvery(district.memberships, 9, leaveInJune),
};
const splitFigures = figureNames.filter((name) => name !== 'eventsUnrecorded');

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
    for (const name of splitFigures) {
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
