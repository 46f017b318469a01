import PouchDB from 'pouchdb-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toPersonId } from '@shared/model/ids';
import type { Person } from '@shared/model/records';
import { openTestDb } from '../test-db';
import { applyArrived, type SyncConflict } from './bridge';
import { setSyncTracking } from './outbox';
import { destroyMemoryReplicas, memoryReplica, type SyncingPc, syncRound } from './test-sync';

const NOW = () => '2026-12-03T10:00:00.000Z';

const PERSON = toPersonId('p-1');

beforeEach(() => setSyncTracking(true));
afterEach(async () => {
  setSyncTracking(false);
  await destroyMemoryReplicas();
});

const person = (surname: string, updatedAt: string): Person => ({
  id: PERSON,
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt,
  author: 'test',
  surname,
  givenName: 'Ерлан',
  searchTokens: [surname.toLowerCase()],
});

async function pc(device: string): Promise<SyncingPc> {
  return { db: await openTestDb(), replica: memoryReplica(), device };
}

describe('the local database and its replica', () => {
  it('notes a change of office data in the outbox, in its transaction, and not a change of per-PC tables', async () => {
    const a = await pc('pc-a');
    await a.db.people.add(person('Ахметов', '2026-12-01T09:00:00.000Z'));
    await a.db.settings.put({ id: 'language', value: 'kk', updatedAt: '2026-12-01T09:00:00.000Z' });
    expect(await a.db.table('syncOutbox').toArray()).toEqual([{ seq: 1, table: 'people', recordId: 'p-1' }]);
  });

  it("shares the office's settings (the key ring, the profile) and keeps each PC's own (language, sync bookkeeping)", async () => {
    const hub = memoryReplica();
    const [a, b] = [await pc('pc-a'), await pc('pc-b')];
    const keyring = { current: 'k1', versions: [{ id: 'k1', createdAt: '2026-12-01T09:00:00.000Z', tagKey: 't' }] };
    await a.db.settings.put({ id: 'keyring', value: keyring, updatedAt: '2026-12-01T09:00:00.000Z' });
    await a.db.settings.put({ id: 'language', value: 'kk', updatedAt: '2026-12-01T09:00:00.000Z' });
    await syncRound(a, hub, NOW);
    await syncRound(b, hub, NOW);
    expect((await b.db.settings.get('keyring'))?.value).toEqual(keyring);
    expect(await b.db.settings.get('language')).toBeUndefined();
    // The sync bookkeeping written while syncing is never itself a change to send.
    await syncRound(a, hub, NOW);
    expect(await a.db.table('syncOutbox').count()).toBe(0);
    expect(await b.db.table('syncOutbox').count()).toBe(0);
  });

  it('costs nothing while sync is off: no outbox entry', async () => {
    setSyncTracking(false);
    const a = await pc('pc-a');
    await a.db.people.add(person('Ахметов', '2026-12-01T09:00:00.000Z'));
    expect(await a.db.table('syncOutbox').count()).toBe(0);
  });

  it('brings a person entered on one PC to the other, which notes nothing to send back', async () => {
    const hub = memoryReplica();
    const [a, b] = [await pc('pc-a'), await pc('pc-b')];
    const entered = person('Ахметов', '2026-12-01T09:00:00.000Z');
    await a.db.people.add(entered);
    await syncRound(a, hub, NOW);
    await syncRound(b, hub, NOW);
    expect(await b.db.people.get(PERSON)).toMatchObject({ surname: 'Ахметов', sortKey: expect.any(String) });
    expect(await b.db.table('syncOutbox').count()).toBe(0);
    expect(await a.db.table('syncOutbox').count()).toBe(0);
  });

  it('keeps both offline edits of one person on both PCs: the later shown, the other listed to settle', async () => {
    const hub = memoryReplica();
    const [a, b] = [await pc('pc-a'), await pc('pc-b')];
    await a.db.people.add(person('Ахметов', '2026-12-01T09:00:00.000Z'));
    await syncRound(a, hub, NOW);
    await syncRound(b, hub, NOW);

    await a.db.people.put({ ...person('Ахметов', '2026-12-01T10:00:00.000Z'), phone: '77011234567' });
    await b.db.people.put(person('Ахмедов', '2026-12-01T11:00:00.000Z'));
    for (let round = 0; round < 2; round++) for (const one of [a, b]) await syncRound(one, hub, NOW);

    for (const one of [a, b]) {
      expect(await one.db.people.get(PERSON)).toMatchObject({ surname: 'Ахмедов' });
      const conflicts = await one.db.table<SyncConflict, string>('syncConflicts').toArray();
      expect(conflicts.map((conflict) => conflict.others.map((other) => other.content?.phone))).toEqual([
        ['77011234567'],
      ]);
    }
  });

  it('does not overwrite a change made here and not yet sent with one that arrived meanwhile', async () => {
    const hub = memoryReplica();
    const [a, b] = [await pc('pc-a'), await pc('pc-b')];
    await a.db.people.add(person('Ахметов', '2026-12-01T09:00:00.000Z'));
    await syncRound(a, hub, NOW);
    await syncRound(b, hub, NOW);
    await b.db.people.put(person('Ахмедов', '2026-12-01T11:00:00.000Z'));
    await syncRound(b, hub, NOW);

    // A changes the person while B's change is already in A's replica but not yet in A's database.
    await PouchDB.replicate(hub, a.replica);
    await a.db.people.put({ ...person('Ахметов', '2026-12-01T12:00:00.000Z'), phone: '77019998877' });
    await applyArrived(a.db, a.replica);
    expect(await a.db.people.get(PERSON)).toMatchObject({ phone: '77019998877' });

    await syncRound(a, hub, NOW);
    expect(await a.db.people.get(PERSON)).toMatchObject({ surname: 'Ахметов', phone: '77019998877' });
    const [conflict] = await a.db.table<SyncConflict, string>('syncConflicts').toArray();
    expect(conflict?.others.map((other) => other.content?.surname)).toEqual(['Ахмедов']);
  });

  it('hands hundreds of changes over in batches: each record as it is now, and its next change follows on', async () => {
    const hub = memoryReplica();
    const [a, b] = [await pc('pc-a'), await pc('pc-b')];
    const many = Array.from({ length: 450 }, (_, index) => ({
      ...person(`Фамилия${index}`, '2026-12-01T09:00:00.000Z'),
      id: toPersonId(`p-${String(index).padStart(3, '0')}`),
    }));
    await a.db.people.bulkAdd(many);
    for (const one of many.slice(0, 50)) await a.db.people.update(one.id, { surname: `${one.surname}-2` });
    await syncRound(a, hub, NOW);
    await syncRound(b, hub, NOW);
    const surnames = async (one: SyncingPc) =>
      (await one.db.people.orderBy('id').toArray()).map((p) => [p.id, p.surname]);
    expect(await surnames(b)).toEqual(await surnames(a));
    expect((await b.db.people.get(toPersonId('p-007')))?.surname).toBe('Фамилия7-2');

    await a.db.people.update(toPersonId('p-007'), { surname: 'Третьякова', updatedAt: '2026-12-02T09:00:00.000Z' });
    await syncRound(a, hub, NOW);
    await syncRound(b, hub, NOW);
    expect((await b.db.people.get(toPersonId('p-007')))?.surname).toBe('Третьякова');
    // Each change written as the child of the version that PC showed: no PC sees a conflict.
    expect(await a.db.table('syncConflicts').count()).toBe(0);
    expect(await b.db.table('syncConflicts').count()).toBe(0);
  });
});
