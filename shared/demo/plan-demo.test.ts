import { describe, expect, it } from 'vitest';
import type { PlaceId } from '../model/ids';
import { generateDemoData, type DemoPlace } from './generate';
import { planDemo } from './plan-demo';

const places: DemoPlace[] = [
  { id: '314830100' as PlaceId, nameRu: 'с.Кордай', nameKk: 'Қордай а.' },
  { id: '314839100' as PlaceId, nameRu: 'с.Каракемер', nameKk: 'Қаракемер а.' },
];
const TODAY = '2026-11-21';

describe('demo plan of measures, publications and mass receptions', () => {
  const data = generateDemoData({ people: 2_000, places, today: TODAY });

  it('gives the district one plan of the year whose items are numbered in order and due within the year', () => {
    expect(data.plans).toHaveLength(1);
    const [plan] = data.plans;
    expect(plan?.year).toBe(2026);
    expect(data.planItems.length).toBeGreaterThanOrEqual(20);
    expect(data.planItems.every((item) => item.planId === plan?.id)).toBe(true);
    expect(data.planItems.map((item) => item.order)).toEqual(data.planItems.map((_, index) => index + 1));
    for (const item of data.planItems) {
      if (item.deadline.kind === 'date') expect(item.deadline.date.startsWith('2026-')).toBe(true);
      expect(item.textKk).toBeTruthy();
    }
  });

  it('carries out plan items through held events of the year, and links publications to events', () => {
    const itemIds = new Set<string>(data.planItems.map((item) => item.id));
    const linked = data.events.filter((event) => event.planItemId);
    expect(linked.length).toBeGreaterThan(0);
    for (const event of linked) {
      expect(itemIds.has(event.planItemId ?? '')).toBe(true);
      expect(event.status).toBe('held');
    }
    const eventIds = new Set(data.events.map((event) => event.id));
    expect(data.publications.some((publication) => publication.eventId)).toBe(true);
    expect(data.publications.every((publication) => !publication.eventId || eventIds.has(publication.eventId))).toBe(
      true,
    );
  });

  it("records mass receptions at the working groups' visits whose outcomes add up to those received", () => {
    const visitIds = new Set<string>(data.visits.map((visit) => visit.id));
    expect(data.receptionSessions.length).toBeGreaterThan(0);
    for (const session of data.receptionSessions) {
      expect(visitIds.has(session.visitId ?? '')).toBe(true);
      const outcomes = Object.values(session.byOutcome).reduce((sum, count) => sum + (count ?? 0), 0);
      expect(outcomes).toBe(session.received);
      for (const count of Object.values(session.byTopic)) expect(count).toBeLessThanOrEqual(session.received);
    }
  });

  it('plans 200 items and 5,000 publications for a district of 100,000 people, as the bench needs', () => {
    const large = planDemo({ today: TODAY, author: 'demo', seed: 3, people: 100_000, places }, [], [], []);
    expect(large.planItems).toHaveLength(200);
    expect(large.publications).toHaveLength(5_000);
    // Past the first round of measures each is planned for a settlement, named in the item.
    expect(large.planItems.slice(20).every((item) => /\((с\.Кордай|с\.Каракемер)\)$/.test(item.textRu))).toBe(true);
  });
});
