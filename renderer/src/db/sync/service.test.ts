import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toPersonId } from '@shared/model/ids';
import type { Operator, OperatorId, Person } from '@shared/model/records';
import { eventually, type SyncTestServer, startSyncTestServer } from '../../../../scripts/sync-test-server.mjs';
// First: the test database module installs fake-indexeddb before Dexie is used.
import { openTestScope } from '../test-db';
import { backupOfDatabase, restoreInto } from '../backups';
import { SCHEMA_VERSION } from '../db';
import {
  checkSyncServer,
  resumeSync,
  saveSyncServer,
  stopSyncForClose,
  syncState,
  turnSyncOff,
  turnSyncOn,
  type SyncMachine,
} from './service';

const ACCOUNT = { name: 'district-314', password: 'correct horse' };
let server: SyncTestServer;

async function officeDatabase(): Promise<string> {
  const name = `kelisim_${Math.floor(Math.random() * 1e9)}`;
  await server.officeDatabase(name, [ACCOUNT.name]);
  return name;
}

/** The machine as the desktop is: it seals the password and keeps the one server the page may reach. */
function machine(allowed: string | null = null) {
  const state = { allowed, requested: allowed, sealed: [] as string[] };
  const given: SyncMachine = {
    protect: async (text) => {
      const sealed = `sealed:${[...text].reverse().join('')}`;
      state.sealed.push(sealed);
      return sealed;
    },
    unprotect: async (sealed) => (sealed.startsWith('sealed:') ? [...sealed.slice(7)].reverse().join('') : null),
    allowedServer: () => state.allowed,
    // Takes effect when the page loads again: until then the page may reach what it could.
    allowServer: async (origin) => {
      state.requested = origin;
    },
  };
  return { given, state };
}

beforeAll(async () => {
  server = await startSyncTestServer();
  await server.addAccount(ACCOUNT.name, ACCOUNT.password);
});
afterEach(async () => {
  await stopSyncForClose();
});
afterAll(async () => {
  await server.close();
});

const person = (id: string, surname: string): Person => ({
  id: toPersonId(id),
  createdAt: '2026-12-03T08:00:00.000Z',
  updatedAt: '2026-12-03T08:00:00.000Z',
  author: 'test',
  surname,
  givenName: 'Ерлан',
  searchTokens: [surname.toLowerCase()],
});

describe('Settings → Sync on one PC', () => {
  it('refuses plain http to another machine, keeps the password only sealed, and asks for a reload for a new server', async () => {
    const scope = await openTestScope();
    const { given, state } = machine();
    await resumeSync(scope.db, given, { replicaAdapter: 'memory' });
    const input = { url: 'http://192.168.1.10:5984', database: 'kelisim_314000000', username: 'd', password: 'p' };
    expect(await saveSyncServer(scope, { ...input, allowHttp: true })).toEqual({ ok: false, problem: 'insecure-http' });
    expect(await saveSyncServer(scope, { ...input, url: server.url, allowHttp: false })).toEqual({
      ok: false,
      problem: 'insecure-http',
    });
    expect(
      await saveSyncServer(scope, { ...input, database: 'Kelisim 314', url: server.url, allowHttp: true }),
    ).toEqual({ ok: false, problem: 'invalid-database' });
    expect(await saveSyncServer(scope, { ...input, url: server.url, allowHttp: true })).toEqual({
      ok: true,
      restartNeeded: true,
    });
    expect(state.requested).toBe(server.url);
    const stored = JSON.stringify((await scope.db.settings.get('sync.server'))?.value);
    expect(stored).not.toContain('"p"');
    expect(stored).toContain(state.sealed[0]);
    expect(syncState.view()).toMatchObject({ restartNeeded: true, server: { url: server.url, enabled: false } });
    // A viewer may not change where the office's records go.
    const viewer = {
      ...scope,
      actor: { kind: 'operator', id: 'v' as OperatorId, login: 'v', role: 'viewer' } as const,
    };
    await expect(saveSyncServer(viewer, { ...input, url: server.url, allowHttp: true })).rejects.toThrow();
  });

  it("uploads this PC's records on turning on, says synced, and keeps everything when turned off", async () => {
    const scope = await openTestScope();
    const database = await officeDatabase();
    await scope.db.people.bulkAdd([person('p-1', 'Ахметов'), person('p-2', 'Оспанова')]);
    await resumeSync(scope.db, machine(server.url).given, { replicaAdapter: 'memory' });
    const input = { url: server.url, database, username: ACCOUNT.name, allowHttp: true };
    expect(await saveSyncServer(scope, { ...input, password: 'wrong' })).toEqual({ ok: true, restartNeeded: false });
    expect(await checkSyncServer(scope)).toEqual({ ok: false, problem: 'wrong-password' });
    await saveSyncServer(scope, { ...input, password: ACCOUNT.password });
    expect(await turnSyncOn(scope)).toMatchObject({ ok: true, documents: 0 });
    const synced = await eventually(
      () => syncState.view(),
      (view) => view.status?.state === 'synced' && view.status.waiting === 0 && view.server?.firstSyncAt !== null,
    );
    expect(synced.progress).toBeNull();
    const onServer = await eventually(
      async () => (await server.admin('GET', `/${database}/_all_docs`)) as { rows: { id: string }[] },
      (all) => all.rows.length >= 2,
    );
    expect(onServer.rows.map((row) => row.id)).toEqual(expect.arrayContaining(['people/p-1', 'people/p-2']));
    await turnSyncOff(scope);
    expect(syncState.view()).toMatchObject({ status: null, server: { enabled: false } });
    expect(await scope.db.people.count()).toBe(2);
  });

  it("refuses to mix this PC's registry into a database that holds another office's", async () => {
    const scope = await openTestScope();
    const database = await officeDatabase();
    await scope.db.operators.add({ id: 'op-1', login: 'admin' } as unknown as Operator);
    await scope.db.settings.put({
      id: 'keyring',
      value: { current: 'k1', versions: [{ id: 'k1', createdAt: '', tagKey: 'ours' }] },
      updatedAt: '',
    });
    await server.admin('PUT', `/${database}/settings%2Fkeyring`, {
      table: 'settings',
      record: { id: 'keyring', value: { current: 'k1', versions: [{ id: 'k1', createdAt: '', tagKey: 'theirs' }] } },
      changedAt: '2026-12-01T00:00:00.000Z',
      device: 'their-pc',
    });
    await resumeSync(scope.db, machine(server.url).given, { replicaAdapter: 'memory' });
    await saveSyncServer(scope, {
      url: server.url,
      database,
      username: ACCOUNT.name,
      password: ACCOUNT.password,
      allowHttp: true,
    });
    expect(await turnSyncOn(scope)).toEqual({ ok: false, problem: 'another-office' });
    expect(syncState.view().server?.enabled).toBe(false);
  });

  it("restored on a PC that syncs, a backup brings back what the server lacks and reverts nothing of the office's", async () => {
    const scope = await openTestScope();
    const database = await officeDatabase();
    await scope.db.people.bulkAdd([person('r-1', 'Ахметов'), person('r-2', 'Оспанова')]);
    await resumeSync(scope.db, machine(server.url).given, { replicaAdapter: 'memory' });
    await saveSyncServer(scope, {
      url: server.url,
      database,
      username: ACCOUNT.name,
      password: ACCOUNT.password,
      allowHttp: true,
    });
    await turnSyncOn(scope);
    await eventually(
      () => syncState.view(),
      (view) => view.status?.state === 'synced' && view.server?.firstSyncAt !== null,
    );
    // A person this PC holds only in its backup: added while its engine was not running.
    await stopSyncForClose();
    await scope.db.people.add(person('r-9', 'Сейітова'));
    const { bytes } = await backupOfDatabase(scope.db, {
      reason: 'manual',
      appVersion: 'test',
      at: new Date(),
      schemaVersion: SCHEMA_VERSION,
    });
    // Meanwhile another PC of the office changes a person and adds one.
    const current = (await server.admin('GET', `/${database}/people%2Fr-1`)) as Record<string, unknown>;
    const later = '2026-12-03T12:00:00.000Z';
    await server.admin('PUT', `/${database}/people%2Fr-1`, {
      ...current,
      record: { ...(current.record as object), surname: 'Ахметов-Жаңа', updatedAt: later },
      changedAt: later,
      device: 'pc-b',
    });
    await server.admin('PUT', `/${database}/people%2Fr-5`, {
      table: 'people',
      record: person('r-5', 'Ким'),
      changedAt: later,
      device: 'pc-b',
    });

    expect(await restoreInto(scope, bytes, { allowUnencrypted: true }, async () => undefined)).toMatchObject({
      ok: true,
    });
    const local = await eventually(
      async () => (await scope.db.people.toArray()).map((one) => one.surname).sort(),
      (names) => names.length === 4,
    );
    expect(local).toEqual(['Ахметов-Жаңа', 'Ким', 'Оспанова', 'Сейітова']);
    const onServer = await eventually(
      async () =>
        (await server.admin('GET', `/${database}/_all_docs?include_docs=true`)) as {
          rows: { id: string; doc: { record?: { surname?: string } } }[];
        },
      (all) => all.rows.some((row) => row.id === 'people/r-9'),
    );
    const surnames = onServer.rows.filter((row) => row.id.startsWith('people/')).map((row) => row.doc.record?.surname);
    expect(surnames.sort()).toEqual(['Ахметов-Жаңа', 'Ким', 'Оспанова', 'Сейітова']);
  });
});
