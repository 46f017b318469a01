import { describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo/generate';
import type { PlaceId } from '@shared/model/ids';
import { openTestDb, scopeAs } from '../test-db';
import { registerCounts } from './counts';
import { loadDemoData } from './demo-data';

const places = [{ id: '314839100' as PlaceId, nameRu: 'с.Каракемер', nameKk: 'Қаракемер а.' }];

describe('demo data in the database', () => {
  it('stores a whole district and the counts see it', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const progress: number[] = [];
    const total = await loadDemoData(scope, {
      people: 300,
      places,
      today: '2026-11-21',
      onProgress: ({ done }) => progress.push(done),
    });
    const counts = await registerCounts(scope);
    expect(counts.people).toBe(300);
    expect(counts.receptions).toBe(150);
    expect(counts.events).toBe(60);
    expect(counts.associations).toBeGreaterThan(0);
    expect(counts.eventsHeld).toBeGreaterThan(0);
    expect(counts.eventsHeld).toBeLessThan(counts.events);
    expect(counts.underControl).toBe(await db.receptions.where('openControlDue').above('').count());
    expect(progress.at(-1)).toBe(total);
  });

  it('stores nothing at all when it fails halfway', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    // A reception with the id the generator will use last makes the load fail after every other table is written.
    const planned = generateDemoData({ people: 200, places, today: '2026-11-21', author: 'operator' });
    const lastReception = planned.receptions.at(-1);
    if (!lastReception) throw new Error('the generator made no receptions');
    await db.receptions.add(lastReception);
    await expect(loadDemoData(scope, { people: 200, places, today: '2026-11-21' })).rejects.toThrow();
    const counts = await registerCounts(scope);
    expect(counts).toMatchObject({
      people: 0,
      associations: 0,
      memberships: 0,
      events: 0,
      workingGroups: 0,
      receptions: 1,
    });
  });

  it('counts soft-deleted records out', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await loadDemoData(scope, { people: 100, places, today: '2026-11-21' });
    const held = await db.events.where('status').equals('held').primaryKeys();
    const person = await db.people.toCollection().primaryKeys();
    await db.events.update(held[0] ?? ('' as never), { deletedAt: '2026-11-21T10:00:00.000Z' });
    await db.people.update(person[0] ?? ('' as never), { deletedAt: '2026-11-21T10:00:00.000Z' });
    const counts = await registerCounts(scope);
    expect(counts.people).toBe(99);
    expect(counts.events).toBe(19);
    expect(counts.eventsHeld).toBe((await db.events.where('status').equals('held').count()) - 1);
  });
});
