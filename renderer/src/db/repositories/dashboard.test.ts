import { describe, expect, it } from 'vitest';
import { computeBreakdown } from '@shared/dashboard/breakdown';
import { computeDashboard, recordsBehind } from '@shared/dashboard/compute';
import { generateDemoData } from '@shared/demo/generate';
import type { PersonId, PlaceId } from '@shared/model/ids';
import { openTestDb, scopeAs } from '../test-db';
import { loadDashboardData } from './dashboard';
import { loadDemoData } from './demo-data';
import { recordLines } from './records-behind';

const TODAY = '2026-11-21';
const places = [
  { id: '314839100' as PlaceId, nameRu: 'с.Каракемер', nameKk: 'Қаракемер а.' },
  { id: '315430100' as PlaceId, nameRu: 'с.Толе би', nameKk: 'Төле би а.' },
];
const districtOf = (placeId: string | undefined) => (placeId ? `${placeId.slice(0, 4)}00000` : '');

describe('dashboard data from the database', () => {
  it('reads every register once, as small projections, with only the people who are members', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await loadDemoData(scope, { people: 600, places, today: TODAY });
    const generated = generateDemoData({ people: 600, places, today: TODAY });
    const data = await loadDashboardData(scope);

    expect(data.events).toHaveLength(generated.events.length);
    expect(data.receptions).toHaveLength(generated.receptions.length);
    expect(data.associations).toHaveLength(generated.associations.length);
    expect(data.memberships).toHaveLength(generated.memberships.length);
    expect(data.members).toHaveLength(new Set(generated.memberships.map((m) => m.personId)).size);
    expect(data.members.length).toBeLessThan(generated.people.length);
    expect(Object.keys(data.events[0] ?? {}).sort()).not.toContain('title');
    expect(Object.keys(data.members[0] ?? {})).not.toContain('searchTokens');
    const controlled = data.receptions.find((reception) => reception.control);
    expect(Object.keys(controlled?.control ?? {}).sort()).toEqual(
      controlled?.control?.closedOn ? ['closedOn', 'deadline'] : ['deadline'],
    );

    // The figures are those of the records themselves, for every period and place.
    const raw = {
      events: generated.events,
      receptions: generated.receptions,
      sessions: generated.receptionSessions,
      associations: generated.associations,
      memberships: generated.memberships,
      members: generated.people,
    };
    for (const [period, place] of [
      [{ from: '2026-01-01', to: '2026-12-31' }, {}],
      [{ from: '2026-10-01', to: '2026-12-31' }, { districtId: '314800000' }],
    ] as const)
      expect(computeDashboard(data, period, place, TODAY, districtOf)).toEqual(
        computeDashboard(raw, period, place, TODAY, districtOf),
      );
    // A form's table by direction or project splits the events by the ids the projection keeps.
    const year = { from: '2026-01-01', to: '2026-12-31' };
    for (const [by, field] of [
      ['direction', 'directionId'],
      ['project', 'projectId'],
    ] as const) {
      const keys = [...new Set(generated.events.flatMap((event) => (event[field] ? [event[field]] : [])))];
      const split = computeBreakdown(data, year, {}, TODAY, districtOf, by, keys);
      expect(split.eventsHeld?.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
      expect(split).toEqual(computeBreakdown(raw, year, {}, TODAY, districtOf, by, keys));
    }
  });

  it('lists behind the receptions and helped figures lines that add up to them, mass receptions included', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await loadDemoData(scope, { people: 600, places, today: TODAY });
    const data = await loadDashboardData(scope);
    const year = { from: '2026-01-01', to: '2026-12-31' };
    const figures = computeDashboard(data, year, {}, TODAY, districtOf);
    for (const kind of ['receptions', 'helped'] as const) {
      const records = recordsBehind(data, year, {}, TODAY, districtOf, { kind });
      expect(records.sessions?.length ?? 0).toBeGreaterThan(0);
      const { rows, hidden } = await recordLines(scope, records);
      const sessionLines = rows.filter((line) => line.count !== undefined);
      expect(sessionLines).toHaveLength(records.sessions?.length ?? -1);
      expect(rows.reduce((sum, line) => sum + (line.count ?? 1), 0) + hidden).toBe(figures[kind].current);
    }
  });

  it('reads the same in small pages as in one, so other screens can read between the pages', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await loadDemoData(scope, { people: 300, places, today: TODAY });
    expect(await loadDashboardData(scope, 7)).toEqual(await loadDashboardData(scope));
  });

  it('leaves out what is deleted: records, and the memberships of deleted people', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await loadDemoData(scope, { people: 300, places, today: TODAY });
    const before = await loadDashboardData(scope);
    const event = await db.events.toCollection().first();
    const active = await db.associations.where('status').equals('active').first();
    const membership = active && (await db.memberships.where('associationId').equals(active.id).first());
    if (!event || !membership) throw new Error('no demo data');
    await db.events.update(event.id, { deletedAt: '2026-11-21T10:00:00.000Z' });
    await db.people.update(membership.personId as PersonId, { deletedAt: '2026-11-21T10:00:00.000Z' });
    const after = await loadDashboardData(scope);

    expect(after.events).toHaveLength(before.events.length - 1);
    expect(after.events.some((e) => e.id === event.id)).toBe(false);
    expect(after.members.some((person) => person.id === membership.personId)).toBe(false);
    const year = { from: '2026-01-01', to: '2026-12-31' };
    expect(computeDashboard(after, year, {}, TODAY, districtOf).members.current).toBe(
      computeDashboard(before, year, {}, TODAY, districtOf).members.current - 1,
    );
  });

  it('is empty, not failing, on an empty database', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const data = await loadDashboardData(scope);
    expect(data).toEqual({
      events: [],
      receptions: [],
      sessions: [],
      associations: [],
      memberships: [],
      members: [],
    });
    const figures = computeDashboard(data, { from: '2026-11-01', to: '2026-11-30' }, {}, TODAY, districtOf);
    expect(figures.eventsHeld).toEqual({ current: 0, previous: 0, change: 0, ratio: null });
    expect(figures.eventsByMonth).toEqual([{ key: '2026-11', held: 0, planned: 0, participants: 0 }]);
  });
});
