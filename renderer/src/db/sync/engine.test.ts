import PouchDB, { type Database } from 'pouchdb-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { toPersonId } from '@shared/model/ids';
import type { Person } from '@shared/model/records';
import { eventually, type SyncTestServer, startSyncTestServer } from '../../../../scripts/sync-test-server.mjs';
import { basicAuthorization } from '@/sync/check-connection';
import { browserStorageFull, type LocalSide, startSyncEngine, type SyncEngine, type SyncStatus } from '@/sync/engine';
import { openRemote } from '@/sync/pouch';
import { pouchDB } from '@/sync/pouchdb';
import { writeLocalChange } from '@/sync/replica';
import { openTestDb } from '../test-db';
import type { KelisimDb } from '../db';
import { confirmPushed, localSide, noteEverything, pushOutbox } from './bridge';
import { setSyncTracking } from './outbox';
import { destroyMemoryReplicas, memoryReplica } from './test-sync';

/** The failure of a cut network; vitest.config.ts ignores it when PouchDB leaves one of its own requests unhandled. */
const SIMULATED_OFFLINE = 'fetch failed (simulated offline network)';
const DATABASE = 'kelisim_311000000';
const ACCOUNT = { name: 'district-311', password: 'correct horse' };
let server: SyncTestServer;

beforeAll(async () => {
  server = await startSyncTestServer();
  await server.addAccount(ACCOUNT.name, ACCOUNT.password);
  await server.officeDatabase(DATABASE, [ACCOUNT.name]);
  setSyncTracking(true);
});
afterAll(async () => {
  setSyncTracking(false);
  await server.close();
});

interface Pc {
  db: KelisimDb;
  engine: SyncEngine;
  statuses: SyncStatus[];
  network: { up: boolean };
  replica: Database;
}

const pcs: Pc[] = [];
afterEach(async () => {
  for (const pc of pcs.splice(0)) {
    pc.engine.stop();
    await pc.engine.settled();
  }
  await destroyMemoryReplicas();
});

/** A PC's disk as the tests fill and free it: while full, the database refuses what arrives. */
interface Disk {
  full: boolean;
}

async function startPc(device: string, password = ACCOUNT.password, disk?: Disk): Promise<Pc> {
  const db = await openTestDb();
  const replica = memoryReplica();
  const network = { up: true };
  const remote = openRemote(server.url, DATABASE, ACCOUNT.name, password, (url, init) =>
    network.up ? pouchDB().fetch(url, init) : Promise.reject(new TypeError(SIMULATED_OFFLINE)),
  );
  const statuses: SyncStatus[] = [];
  const engine = startSyncEngine({
    replica,
    remote,
    local: diskOf(
      localSide(db, replica, device, () => new Date().toISOString()),
      disk,
    ),
    now: () => new Date().toISOString(),
    onStatus: (status) => statuses.push(status),
    pollMs: 200,
    storageFull: async () => disk?.full ?? false,
  });
  const pc = { db, engine, statuses, network, replica };
  pcs.push(pc);
  return pc;
}

/** Taking what arrived fails as IndexedDB fails on a full disk (Dexie passes the DOM's error through). */
function diskOf(local: LocalSide, disk: Disk | undefined): LocalSide {
  if (!disk) return local;
  return {
    ...local,
    apply: () =>
      disk.full
        ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
        : local.apply(),
  };
}

const person = (id: string, surname: string): Person => ({
  id: toPersonId(id),
  createdAt: '2026-12-03T08:00:00.000Z',
  updatedAt: new Date().toISOString(),
  author: 'test',
  surname,
  givenName: 'Ерлан',
  searchTokens: [surname.toLowerCase()],
});

describe('the sync engine between two PCs and the office server', () => {
  it('brings a person entered on one PC to the other within two seconds and says both are synced', async () => {
    const [a, b] = [await startPc('pc-a'), await startPc('pc-b')];
    await a.db.people.add(person('p-fast', 'Жақсылықов'));
    const started = Date.now();
    a.engine.nudge();
    const arrived = await eventually(
      () => b.db.people.get(toPersonId('p-fast')),
      (found) => found !== undefined,
    );
    expect(arrived).toMatchObject({ surname: 'Жақсылықов' });
    expect(Date.now() - started).toBeLessThan(2_000);
    const status = await eventually(
      async () => a.engine.status(),
      (now) => now.state === 'synced' && now.waiting === 0,
    );
    expect(status).toMatchObject({ state: 'synced', waiting: 0, problem: null, lastSyncedAt: expect.any(String) });
  });

  it('sends what was written into the replica itself (a settled conflict), though nothing waits in the outbox', async () => {
    const [a, b] = [await startPc('pc-a'), await startPc('pc-b')];
    await eventually(
      async () => a.engine.status().state,
      (state) => state === 'synced',
    );
    const settled = person('p-settled', 'Тұрсынов') as unknown as Record<string, unknown>;
    await writeLocalChange(
      a.replica,
      { table: 'people', recordId: 'p-settled', record: settled, baseRev: null },
      'pc-a',
      new Date().toISOString(),
    );
    a.engine.replicaChanged();
    const arrived = await eventually(
      () => b.db.people.get(toPersonId('p-settled')),
      (found) => found !== undefined,
    );
    expect(arrived).toMatchObject({ surname: 'Тұрсынов' });
  });

  it('keeps working offline, says since when and how many changes wait, and sends them when the network is back', async () => {
    const [a, b] = [await startPc('pc-a'), await startPc('pc-b')];
    await eventually(
      async () => a.engine.status().state,
      (state) => state === 'synced',
    );
    a.network.up = false;
    await a.db.people.add(person('p-off-1', 'Оспанов'));
    await a.db.people.add(person('p-off-2', 'Серікбаев'));
    a.engine.nudge();
    const offline = await eventually(
      async () => a.engine.status(),
      (now) => now.state === 'offline' && now.waiting === 2,
    );
    expect(offline).toMatchObject({ state: 'offline', offlineSince: expect.any(String) });
    // The server also holds what earlier tests sent; these two are here and nowhere else yet.
    expect(await a.db.people.where('id').anyOf(['p-off-1', 'p-off-2']).count()).toBe(2);
    expect(offline.waiting).toBe(2);

    a.network.up = true;
    const both = await eventually(
      () => b.db.people.where('id').anyOf(['p-off-1', 'p-off-2']).count(),
      (count) => count === 2,
    );
    expect(both).toBe(2);
    expect(
      await eventually(
        async () => a.engine.status(),
        (now) => now.state === 'synced',
      ),
    ).toMatchObject({ state: 'synced', offlineSince: null, waiting: 0 });
  });

  it('gives a PC that joins the office everything the others hold, and uploads what the first PC held before sync', async () => {
    const first = await openTestDb();
    setSyncTracking(false);
    await first.people.bulkAdd([person('p-before-1', 'Әбенов'), person('p-before-2', 'Иванов')]);
    setSyncTracking(true);
    expect(await noteEverything(first)).toBeGreaterThanOrEqual(2);
    const replica: Database = new PouchDB(`replica-${crypto.randomUUID()}`, { adapter: 'memory' });
    const upTo = await pushOutbox(first, replica, 'pc-first', () => new Date().toISOString());
    const remote: Database = new PouchDB(`${server.url}/${DATABASE}`, {
      skip_setup: true,
      fetch: (url, init) => {
        const headers = new Headers(init.headers);
        headers.set('authorization', basicAuthorization(ACCOUNT.name, ACCOUNT.password));
        return PouchDB.fetch(url, { ...init, headers });
      },
    });
    await PouchDB.replicate(replica, remote);
    await confirmPushed(first, upTo);
    await replica.destroy();

    const joining = await startPc('pc-joining');
    const received = await eventually(
      () => joining.db.people.where('id').anyOf(['p-before-1', 'p-before-2']).count(),
      (count) => count === 2,
    );
    expect(received).toBe(2);
    expect(await joining.db.table('syncOutbox').count()).toBe(0);
  });

  it('says the disk is full rather than offline when what arrives cannot be written, and takes it by itself once space is freed', async () => {
    const disk: Disk = { full: true };
    const [a, b] = [await startPc('pc-a'), await startPc('pc-b', ACCOUNT.password, disk)];
    await a.db.people.add(person('p-no-space', 'Қасымов'));
    a.engine.nudge();
    const short = await eventually(
      async () => b.engine.status(),
      (now) => now.state === 'problem',
    );
    expect(short).toMatchObject({ state: 'problem', problem: 'no-space' });
    expect(await b.db.people.get(toPersonId('p-no-space'))).toBeUndefined();

    disk.full = false;
    const arrived = await eventually(
      () => b.db.people.get(toPersonId('p-no-space')),
      (found) => found !== undefined,
    );
    expect(arrived).toMatchObject({ surname: 'Қасымов' });
    expect(
      await eventually(
        async () => b.engine.status(),
        (now) => now.state === 'synced',
      ),
    ).toMatchObject({ state: 'synced', problem: null });
  });

  it('tells a full disk from a lost network when the replica refuses a write without saying why, as PouchDB reports it', async () => {
    const disk: Disk = { full: false };
    const b = await startPc('pc-b', ACCOUNT.password, disk);
    await eventually(
      async () => b.engine.status().state,
      (state) => state === 'synced',
    );
    const write = b.replica.bulkDocs.bind(b.replica);
    // pouchdb-adapter-indexeddb, on a transaction the disk aborted: status 500, no mention of the quota.
    b.replica.bulkDocs = (() =>
      Promise.reject(
        Object.assign(new Error('transaction was aborted'), { status: 500, name: 'unknown_error' }),
      )) as typeof b.replica.bulkDocs;
    disk.full = true;
    const a = await startPc('pc-a');
    await a.db.people.add(person('p-aborted', 'Бекенов'));
    a.engine.nudge();
    expect(
      await eventually(
        async () => b.engine.status(),
        (now) => now.state === 'problem',
      ),
    ).toMatchObject({ state: 'problem', problem: 'no-space' });

    b.replica.bulkDocs = write;
    disk.full = false;
    expect(
      await eventually(
        () => b.db.people.get(toPersonId('p-aborted')),
        (found) => found !== undefined,
      ),
    ).toMatchObject({ surname: 'Бекенов' });
  });

  it('stops with the reason when the server refuses the password, and the local data stays', async () => {
    const a = await startPc('pc-a', 'changed on the server');
    await a.db.people.add(person('p-local', 'Нұрланов'));
    a.engine.nudge();
    const status = await eventually(
      async () => a.engine.status(),
      (now) => now.state === 'problem',
    );
    expect(status).toMatchObject({ state: 'problem', problem: 'wrong-password' });
    expect(await a.db.people.get(toPersonId('p-local'))).toMatchObject({ surname: 'Нұрланов' });
  });
});

describe("a PC's storage as the browser estimates it", () => {
  afterEach(() => vi.unstubAllGlobals());
  const estimating = (usage: number, quota: number) =>
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage, quota }) } });

  it('counts less than one batch of room left as full, and a disk with room as not', async () => {
    estimating(10_000_000_000 - 10_000_000, 10_000_000_000);
    expect(await browserStorageFull()).toBe(true);
    estimating(2_000_000_000, 10_000_000_000);
    expect(await browserStorageFull()).toBe(false);
  });

  it('does not claim a full disk where the browser gives no estimate', async () => {
    vi.stubGlobal('navigator', {});
    expect(await browserStorageFull()).toBe(false);
  });
});
