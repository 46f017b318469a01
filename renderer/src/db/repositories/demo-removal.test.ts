import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PersonId, PlaceId } from '@shared/model/ids';
import { openOfficeWithKeys } from '../test-db';
import type { Scope } from '../access';
import { registerCounts } from './counts';
import { loadDemoData } from './demo-data';
import { demoDataStatus, previewDemoRemoval, removeDemoData, undoDemoRemoval } from './demo-removal';
import { savePerson } from './people';
import { createReception } from './receptions';

const TODAY = '2026-11-20';
const places = [{ id: '314839100' as PlaceId, nameRu: 'с.Каракемер', nameKk: 'Қаракемер а.' }];

// Edits are told from the demo by their times: each step happens a moment later.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-20T04:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});
const later = () => vi.setSystemTime(Date.now() + 60_000);

async function allIds(scope: Scope): Promise<Record<string, string[]>> {
  const { db } = scope;
  const ids = async (table: string) => ((await db.table(table).toCollection().primaryKeys()) as string[]).sort();
  return {
    people: await ids('people'),
    associations: await ids('associations'),
    memberships: await ids('memberships'),
    events: await ids('events'),
    receptions: await ids('receptions'),
    workingGroups: await ids('workingGroups'),
    visits: await ids('visits'),
  };
}

/** An office that loaded a 100-person demo, then typed its own person and a reception of them. */
async function officeWithDemo() {
  const { admin } = await openOfficeWithKeys();
  await loadDemoData(admin, { people: 100, places, today: TODAY });
  const demo = await allIds(admin);
  later();
  const { person: own } = await savePerson(admin, { surname: 'Жақсылықов', givenName: 'Ерлан' }, TODAY);
  const ownReception = await createReception(admin, {
    date: TODAY,
    citizenId: own.id,
    topicCode: 'land',
    outcome: 'explained',
    confidential: false,
  });
  later();
  return { admin, demo, own, ownReception };
}

describe('removing the demo data', () => {
  it('removes every demo record and nothing the office typed, as the confirmation said', async () => {
    const { admin, demo, own, ownReception } = await officeWithDemo();
    const preview = await previewDemoRemoval(admin);
    expect(preview.removed.people).toBe(100);
    expect(preview.removed.receptions).toBe(demo.receptions?.length);
    expect(preview).toMatchObject({ keptEdited: 0, keptReferenced: 0 });

    const done = await removeDemoData(admin);
    expect(done).toEqual(preview);
    expect(await admin.db.people.toCollection().primaryKeys()).toEqual([own.id]);
    expect(await admin.db.receptions.toCollection().primaryKeys()).toEqual([ownReception.id]);
    const counts = await registerCounts(admin);
    expect(counts).toMatchObject({ people: 1, associations: 0, memberships: 0, events: 0, workingGroups: 0 });
    const audit = await admin.db.auditLog.where('action').equals('demo-remove').toArray();
    expect(audit).toHaveLength(1);
  });

  it('keeps a demo person the office edited since, and one its own records name (a confidential reception too)', async () => {
    const { admin, demo } = await officeWithDemo();
    // Demo people only: the office's own person, whose id is as random, must not be picked.
    const [edited, named, namedInConfidence] = (demo.people ?? []).slice(0, 3) as PersonId[];
    if (!edited || !named || !namedInConfidence) throw new Error('the demo made too few people');
    const before = await admin.db.people.get(edited);
    // The office corrected a demo person: the record is theirs now.
    await savePerson(admin, { surname: 'Исправленная', givenName: before?.givenName ?? 'Айгүл' }, TODAY, edited);
    for (const [citizenId, confidential] of [
      [named, false],
      [namedInConfidence, true],
    ] as const)
      await createReception(admin, { date: TODAY, citizenId, topicCode: 'land', outcome: 'explained', confidential });
    later();

    const preview = await previewDemoRemoval(admin);
    expect(preview.keptEdited).toBe(1);
    expect(preview.keptReferenced).toBeGreaterThanOrEqual(2);
    expect(preview.removed.people).toBeLessThanOrEqual(97);
    await removeDemoData(admin);
    for (const id of [edited, named, namedInConfidence]) expect(await admin.db.people.get(id)).toBeDefined();
    expect((await admin.db.people.get(edited))?.surname).toBe('Исправленная');
    // Nothing left behind names a record that is gone.
    for (const membership of await admin.db.memberships.toArray()) {
      expect(await admin.db.people.get(membership.personId)).toBeDefined();
      expect(await admin.db.associations.get(membership.associationId)).toBeDefined();
    }
    for (const reception of await admin.db.receptions.toArray())
      if (reception.citizenId) expect(await admin.db.people.get(reception.citizenId)).toBeDefined();
  });

  it('is undone: every removed record comes back as it was, and can be removed again', async () => {
    const { admin, demo, own } = await officeWithDemo();
    const stored = await admin.db.people.toArray();
    const removed = await removeDemoData(admin);
    expect((await demoDataStatus(admin)).removal).toMatchObject({ records: removed.removed.total });

    const { restored } = await undoDemoRemoval(admin);
    expect(restored).toBe(removed.removed.total);
    const back = await allIds(admin);
    expect(back).toEqual({ ...demo, people: [...(demo.people ?? []), own.id].sort(), receptions: back.receptions });
    expect(back.receptions).toHaveLength((demo.receptions?.length ?? 0) + 1);
    expect(await admin.db.people.toArray()).toEqual(stored);
    expect((await demoDataStatus(admin)).removal).toBeNull();
    expect((await previewDemoRemoval(admin)).removed.total).toBe(removed.removed.total);
  });

  it('a demo loaded again after a removal draws other records, and only they are the demo', async () => {
    const { admin, demo } = await officeWithDemo();
    const [kept] = (demo.people ?? []) as PersonId[];
    if (!kept) throw new Error('no demo person');
    await createReception(admin, {
      date: TODAY,
      citizenId: kept,
      topicCode: 'land',
      outcome: 'explained',
      confidential: false,
    });
    later();
    await removeDemoData(admin);
    await loadDemoData(admin, { people: 100, places, today: TODAY });
    expect(await admin.db.people.count()).toBe(102);
    later();
    const preview = await previewDemoRemoval(admin);
    expect(preview.removed.people).toBe(100);
    expect(preview.keptReferenced).toBe(1);
  });
});
