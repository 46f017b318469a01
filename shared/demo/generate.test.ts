import { describe, expect, it } from 'vitest';
import { checkIin } from '../identity/iin';
import { isUuid, type PlaceId } from '../model/ids';
import { receptionOutcomes } from '../model/records';
import { personSearchTokens } from '../people/search';
import { generateDemoData, type DemoPlace } from './generate';

const places: DemoPlace[] = [
  { id: '314830100' as PlaceId, nameRu: 'с.Кордай', nameKk: 'Қордай а.' },
  { id: '314839100' as PlaceId, nameRu: 'с.Каракемер', nameKk: 'Қаракемер а.' },
  { id: '314854100' as PlaceId, nameRu: 'с.Сортобе', nameKk: 'Сортөбе а.' },
];
const TODAY = '2026-11-21';

describe('demo data generator', () => {
  const data = generateDemoData({ people: 2_000, places, today: TODAY });

  it('gives the same records for the same seed', () => {
    const again = generateDemoData({ people: 2_000, places, today: TODAY });
    expect(again).toEqual(data);
    const other = generateDemoData({ people: 2_000, places, today: TODAY, seed: 7 });
    expect(other.people[0]?.id).not.toBe(data.people[0]?.id);
  });

  it('creates the requested number of people, each with a valid and unique IIN matching birth date and sex', () => {
    expect(data.people).toHaveLength(2_000);
    const iins = new Set<string>();
    for (const person of data.people) {
      const check = checkIin(person.iin ?? '', TODAY);
      expect(check).toEqual({ ok: true, iin: person.iin, facts: { birthDate: person.birthDate, sex: person.sex } });
      iins.add(person.iin ?? '');
    }
    expect(iins.size).toBe(2_000);
  });

  it('gives every record a UUID key', () => {
    const ids = [...data.people, ...data.associations, ...data.memberships, ...data.events, ...data.receptions].map(
      (r) => r.id,
    );
    expect(ids.every(isUuid)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps each person searchable by the tokens the database indexes', () => {
    for (const person of data.people.slice(0, 50)) expect(person.searchTokens).toEqual(personSearchTokens(person));
  });

  it('links memberships, events and receptions only to records that exist', () => {
    const people = new Set(data.people.map((person) => person.id));
    const associations = new Set(data.associations.map((association) => association.id));
    const visits = new Set(data.visits.map((visit) => visit.id));
    expect(data.memberships.every((m) => people.has(m.personId) && associations.has(m.associationId))).toBe(true);
    expect(data.receptions.every((r) => people.has(r.citizenId ?? ('' as never)))).toBe(true);
    expect(data.events.every((e) => !e.visitId || visits.has(e.visitId))).toBe(true);
    expect(data.associations.every((a) => !a.chairmanId || people.has(a.chairmanId))).toBe(true);
  });

  it('gives every association one chairman who is one of its members', () => {
    for (const association of data.associations) {
      const chairs = data.memberships.filter((m) => m.associationId === association.id && m.role === 'chairman');
      expect(chairs.map((m) => m.personId)).toEqual([association.chairmanId]);
    }
  });

  it('covers every reception outcome and keeps open control items indexed by their deadline', () => {
    const outcomes = new Set(data.receptions.map((reception) => reception.outcome));
    expect([...outcomes].sort()).toEqual([...receptionOutcomes].sort());
    for (const reception of data.receptions.filter((r) => r.outcome === 'control')) {
      expect(reception.control).toBeDefined();
      expect(reception.openControlDue).toBe(reception.control?.closedOn ? undefined : reception.control?.deadline);
    }
  });

  it('scales events and receptions with people as at the benchmark size', () => {
    expect(data.events).toHaveLength(400);
    expect(data.receptions).toHaveLength(1_000);
    expect(data.workingGroups).toHaveLength(5);
    expect(data.events.some((event) => event.status === 'held' && event.actualParticipants)).toBe(true);
    expect(data.events.some((event) => event.start.slice(0, 10) > TODAY && event.status === 'planned')).toBe(true);
  });

  it('produces a small district too', () => {
    const small = generateDemoData({ people: 100, places, today: TODAY });
    expect(small.people).toHaveLength(100);
    expect(small.associations.length).toBeGreaterThan(0);
    expect(small.receptions.length).toBeGreaterThanOrEqual(30);
  });

  it('gives the largest association several thousand members at 100,000 people', () => {
    const large = generateDemoData({ people: 100_000, places, today: TODAY });
    const counts = new Map<string, number>();
    for (const m of large.memberships) counts.set(m.associationId, (counts.get(m.associationId) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeGreaterThanOrEqual(5_000);
    expect(large.events).toHaveLength(20_000);
    expect(large.receptions).toHaveLength(50_000);
  });

  it("gives the district monitoring records: its villages' population, watched risks, councils and cases", () => {
    const data = generateDemoData({ people: 500, places, today: '2026-11-21' });
    const residents = data.population.reduce(
      (sum, record) => sum + Object.values(record.byEthnicGroup).reduce((total, count) => total + count, 0),
      0,
    );
    expect(data.population.length).toBeGreaterThan(0);
    expect(residents).toBeGreaterThan(data.people.length);
    expect(data.tensionRisks.map((risk) => risk.level)).toEqual(['high', 'medium', 'low']);
    expect(data.tensionRisks.every((risk) => risk.confidential && risk.levelHistory.at(-1)?.to === risk.level)).toBe(
      true,
    );
    const eventIds = new Set(data.events.map((event) => event.id));
    expect(data.tensionRisks.flatMap((risk) => risk.measureEventIds).every((id) => eventIds.has(id))).toBe(true);
    const councilIds = new Set(data.councils.map((council) => council.id));
    expect(data.mediationCases.every((item) => item.councilId && councilIds.has(item.councilId))).toBe(true);
    expect(data.mediationCases.some((item) => item.result === undefined)).toBe(true);
  });
});
