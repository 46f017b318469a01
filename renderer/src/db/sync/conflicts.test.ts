import type { Database } from 'pouchdb-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toPersonId } from '@shared/model/ids';
import type { Person } from '@shared/model/records';
import { AccessDeniedError, type Scope } from '../access';
import { openOfficeWithKeys, openTestDb, scopeAs } from '../test-db';
import type { KelisimDb } from '../db';
import { mergePeople } from '../repositories/merge-people';
import { openPerson } from '../sealing';
import { listSyncConflicts, settleSyncConflict } from './conflicts';
import { thisDevice } from './device';
import { setSyncTracking } from './outbox';
import { destroyMemoryReplicas, memoryReplica, type SyncingPc, syncRound } from './test-sync';

const NOW = () => '2026-12-03T10:00:00.000Z';

const PERSON = toPersonId('p-1');
const OTHER = toPersonId('p-2');

beforeEach(() => setSyncTracking(true));
afterEach(async () => {
  setSyncTracking(false);
  await destroyMemoryReplicas();
});

const person = (id: Person['id'], surname: string, updatedAt: string, extra: Partial<Person> = {}): Person => ({
  id,
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt,
  author: 'test',
  surname,
  givenName: 'Ерлан',
  searchTokens: [surname.toLowerCase()],
  ...extra,
});

interface Pc extends SyncingPc {
  editor: Scope;
}

async function pc(db?: KelisimDb, editor?: Scope): Promise<Pc> {
  const opened = db ?? (await openTestDb());
  return {
    db: opened,
    replica: memoryReplica(),
    device: await thisDevice(opened),
    editor: editor ?? scopeAs(opened, 'editor'),
  };
}

async function syncAll(hub: Database, ...pcs: Pc[]): Promise<void> {
  for (let round = 0; round < 2; round++) for (const one of pcs) await syncRound(one, hub, NOW);
}

/** Every version of a record the hub holds: its winner and conflicting leaves. */
async function leavesOnHub(hub: Database, id: string): Promise<number> {
  const leaves = await hub.get(id, { open_revs: 'all' });
  return leaves.filter((leaf) => leaf.ok && !leaf.ok._deleted).length;
}

/** Two PCs that both hold a person, then edit it offline: A the phone, B (later) the surname. */
async function twoOfflineEdits() {
  const hub = memoryReplica();
  const [a, b] = [await pc(), await pc()];
  await a.db.people.add(person(PERSON, 'Ахметов', '2026-12-01T09:00:00.000Z'));
  await syncAll(hub, a, b);
  await a.db.people.put(person(PERSON, 'Ахметов', '2026-12-01T10:00:00.000Z', { phone: '77011234567' }));
  await b.db.people.put(person(PERSON, 'Ахмедов', '2026-12-01T11:00:00.000Z'));
  await syncAll(hub, a, b);
  return { hub, a, b };
}

describe('settling a conflict', () => {
  it('lists both versions on both PCs, side by side with the fields that differ', async () => {
    const { a, b } = await twoOfflineEdits();
    for (const one of [a, b]) {
      const { rows } = await listSyncConflicts(one.editor);
      expect(rows).toHaveLength(1);
      const [conflict] = rows;
      expect(conflict?.table).toBe('people');
      expect(
        conflict?.versions.map((version) => [version.shown, version.content.surname, version.content.phone]),
      ).toEqual([
        [true, 'Ахмедов', undefined],
        [false, 'Ахметов', '77011234567'],
      ]);
      expect(conflict?.differing.sort()).toEqual(['phone', 'surname']);
    }
    const [onA] = (await listSyncConflicts(a.editor)).rows;
    expect(onA?.versions.map((version) => version.here)).toEqual([false, true]);
  });

  it('merges field by field on one PC; after sync both PCs show the merge, no conflict, one version on the server', async () => {
    const { hub, a, b } = await twoOfflineEdits();
    const [conflict] = (await listSyncConflicts(a.editor)).rows;
    const phoneFrom = conflict?.versions.find((version) => !version.shown)?.rev ?? '';
    const outcome = await settleSyncConflict(a.editor, a.replica, conflict?.id ?? '', {
      kind: 'merge',
      fields: { phone: phoneFrom },
    });
    expect(outcome).toEqual({ ok: true });
    // At once on this PC, before any sync.
    expect(await a.db.people.get(PERSON)).toMatchObject({ surname: 'Ахмедов', phone: '77011234567' });
    expect((await listSyncConflicts(a.editor)).rows).toEqual([]);
    // The settlement is one new revision, not a second one pushed from the outbox.
    expect(await a.db.table('syncOutbox').count()).toBe(0);

    await syncAll(hub, a, b);
    for (const one of [a, b]) {
      expect(await one.db.people.get(PERSON)).toMatchObject({
        surname: 'Ахмедов',
        phone: '77011234567',
        searchTokens: expect.arrayContaining(['ahmedov']),
      });
      expect((await listSyncConflicts(one.editor)).rows).toEqual([]);
    }
    expect(await leavesOnHub(hub, 'people/p-1')).toBe(1);
    const audit = await a.db.auditLog.toArray();
    expect(audit.at(-1)).toMatchObject({ action: 'conflict-settled', table: 'people', recordId: PERSON });
  });

  it('keeps the version the office does not see now, whole, and the other PC follows', async () => {
    const { hub, a, b } = await twoOfflineEdits();
    const [conflict] = (await listSyncConflicts(b.editor)).rows;
    const hidden = conflict?.versions.find((version) => !version.shown);
    await settleSyncConflict(b.editor, b.replica, conflict?.id ?? '', { kind: 'version', rev: hidden?.rev ?? '' });
    expect(await b.db.people.get(PERSON)).toMatchObject({ surname: 'Ахметов', phone: '77011234567' });
    await syncAll(hub, a, b);
    for (const one of [a, b]) {
      expect(await one.db.people.get(PERSON)).toMatchObject({ surname: 'Ахметов', phone: '77011234567' });
      expect((await listSyncConflicts(one.editor)).rows).toEqual([]);
    }
  });

  it('confirms the shown version: nothing changes in the record, the conflict is gone everywhere', async () => {
    const { hub, a, b } = await twoOfflineEdits();
    const [conflict] = (await listSyncConflicts(a.editor)).rows;
    await settleSyncConflict(a.editor, a.replica, conflict?.id ?? '', { kind: 'confirm' });
    await syncAll(hub, a, b);
    for (const one of [a, b]) {
      const shown = await one.db.people.get(PERSON);
      expect(shown?.surname).toBe('Ахмедов');
      expect(shown?.phone).toBeUndefined();
      expect((await listSyncConflicts(one.editor)).rows).toEqual([]);
    }
  });

  it('lists the record again when a version arrives that the editor did not see', async () => {
    const hub = memoryReplica();
    const [a, b, c] = [await pc(), await pc(), await pc()];
    await a.db.people.add(person(PERSON, 'Ахметов', '2026-12-01T09:00:00.000Z'));
    await syncAll(hub, a, b, c);
    await a.db.people.put(person(PERSON, 'Ахметов', '2026-12-01T10:00:00.000Z', { phone: '77011234567' }));
    await b.db.people.put(person(PERSON, 'Ахмедов', '2026-12-01T11:00:00.000Z'));
    await syncAll(hub, a, b);
    // C changed the person too, offline, and has not synced yet.
    await c.db.people.put(person(PERSON, 'Ахметов', '2026-12-01T12:00:00.000Z', { address: 'Аксу, 5' }));
    const [conflict] = (await listSyncConflicts(a.editor)).rows;
    await settleSyncConflict(a.editor, a.replica, conflict?.id ?? '', { kind: 'confirm' });
    await syncAll(hub, a, b, c);
    for (const one of [a, b, c]) {
      const [again] = (await listSyncConflicts(one.editor)).rows;
      expect(again?.versions.map((version) => version.content.address ?? null).sort()).toEqual([null, 'Аксу, 5']);
    }
  });

  it('refuses a viewer, and says so when sync is off or the record changed here since it was listed', async () => {
    const { a } = await twoOfflineEdits();
    const [conflict] = (await listSyncConflicts(scopeAs(a.db, 'viewer'))).rows;
    const id = conflict?.id ?? '';
    await expect(settleSyncConflict(scopeAs(a.db, 'viewer'), a.replica, id, { kind: 'confirm' })).rejects.toThrow(
      AccessDeniedError,
    );
    expect(await settleSyncConflict(a.editor, null, id, { kind: 'confirm' })).toEqual({
      ok: false,
      reason: 'sync-off',
    });
    await a.db.people.update(PERSON, { phone: '77770000000' });
    expect(await settleSyncConflict(a.editor, a.replica, id, { kind: 'confirm' })).toEqual({
      ok: false,
      reason: 'changed',
    });
    expect(await a.db.people.get(PERSON)).toMatchObject({ phone: '77770000000' });
    expect((await listSyncConflicts(a.editor)).rows).toHaveLength(1);
  });
});

describe('a person merged on one PC while another edited them', () => {
  it('moves the edit to the person they were merged into, and the merge stays, on both PCs', async () => {
    const hub = memoryReplica();
    const [a, b] = [await pc(), await pc()];
    await a.db.people.bulkAdd([
      person(PERSON, 'Ахметов', '2026-12-01T09:00:00.000Z'),
      person(OTHER, 'Ахметов', '2026-12-01T09:00:00.000Z', { iin: '850101300123' }),
    ]);
    await syncAll(hub, a, b);
    await mergePeople(a.editor, PERSON, OTHER);
    await b.db.people.put(
      person(OTHER, 'Ахметов', '2099-12-01T09:00:00.000Z', { iin: '850101300123', phone: '77015550011' }),
    );
    await syncAll(hub, a, b);

    const [conflict] = (await listSyncConflicts(a.editor)).rows;
    expect(conflict?.mergedPerson).toEqual({ into: PERSON, intoName: 'Ахметов Ерлан', edited: ['phone'] });
    expect(await settleSyncConflict(a.editor, a.replica, conflict?.id ?? '', { kind: 'merged-person' })).toEqual({
      ok: true,
    });
    await syncAll(hub, a, b);
    for (const one of [a, b]) {
      expect(await one.db.people.get(PERSON)).toMatchObject({ phone: '77015550011', iin: '850101300123' });
      expect(await one.db.people.get(OTHER)).toMatchObject({ mergedInto: PERSON, deletedAt: expect.any(String) });
      expect((await listSyncConflicts(one.editor)).rows).toEqual([]);
      expect(await one.db.table('syncOutbox').count()).toBe(0);
    }
  });
});

describe('confidential content in a conflict', () => {
  it('opens sealed notes for an editor with the key, merges them sealed, and shows them closed without the key', async () => {
    const office = await openOfficeWithKeys();
    const hub = memoryReplica();
    const a = await pc(office.db, office.admin);
    const b = await pc();
    const { savePerson } = await import('../repositories/people');
    await savePerson(a.editor, { surname: 'Ахметов', givenName: 'Ерлан', notes: 'Первая заметка' }, '2026-12-01');
    const [created] = await a.db.people.toArray();
    const id = created?.id ?? PERSON;
    await syncAll(hub, a, b);
    await savePerson(a.editor, { surname: 'Ахметов', givenName: 'Ерлан', notes: 'Новая заметка' }, '2026-12-01', id);
    const onB = await b.db.people.get(id);
    if (!onB) throw new Error('the person did not reach B');
    await b.db.people.put({ ...onB, phone: '77012223344', updatedAt: '2099-01-01T00:00:00.000Z' });
    await syncAll(hub, a, b);

    const [withKey] = (await listSyncConflicts(a.editor)).rows;
    expect(withKey?.versions.map((version) => version.content.notes).sort()).toEqual([
      'Новая заметка',
      'Первая заметка',
    ]);
    const [withoutKey] = (await listSyncConflicts(b.editor)).rows;
    expect(withoutKey?.versions.every((version) => version.closed && version.content.notes === undefined)).toBe(true);
    expect(await settleSyncConflict(b.editor, b.replica, withoutKey?.id ?? '', { kind: 'merge', fields: {} })).toEqual({
      ok: false,
      reason: 'sealed',
    });

    const notesFrom = withKey?.versions.find((version) => version.content.notes === 'Новая заметка')?.rev ?? '';
    await settleSyncConflict(a.editor, a.replica, withKey?.id ?? '', { kind: 'merge', fields: { notes: notesFrom } });
    const stored = await a.db.people.get(id);
    expect(stored?.notes).toBeUndefined();
    expect(stored?.sealed).toBeDefined();
    expect(JSON.stringify(stored)).not.toContain('заметка');
    if (!stored) throw new Error('the settled person is not stored');
    expect(await openPerson(a.editor.keys, stored)).toMatchObject({ notes: 'Новая заметка', phone: '77012223344' });
    await syncAll(hub, a, b);
    expect(JSON.stringify(await b.db.people.get(id))).not.toContain('заметка');
    expect((await listSyncConflicts(b.editor)).rows).toEqual([]);
  });
});
