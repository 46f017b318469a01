import 'fake-indexeddb/auto';
import type { Database } from 'pouchdb-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceChainCheck } from '@shared/audit/chains';
import type { AuditEntry } from '@shared/model/records';
import { type SyncTestServer, startSyncTestServer } from '../../../../scripts/sync-test-server.mjs';
import { openRemote } from '@/sync/pouch';
import { operatorActor, type Scope } from '../access';
import { appendAudit, auditChains, checkAuditChains, verifyAuditLog } from '../repositories/audit';
import { openTestDb } from '../test-db';
import { thisDevice } from './device';
import { OUTBOX, setSyncTracking, type OutboxEntry } from './outbox';
import { destroyMemoryReplicas, memoryReplica, type SyncingPc, syncRound } from './test-sync';

const DATABASE = 'kelisim_audit_311000000';
const ACCOUNT = { name: 'district-audit', password: 'correct horse' };
let server: SyncTestServer;

beforeAll(async () => {
  server = await startSyncTestServer();
  await server.addAccount(ACCOUNT.name, ACCOUNT.password);
  setSyncTracking(true);
});
afterAll(async () => {
  setSyncTracking(false);
  await server.close();
});

/** One office database per test, so tests never see each other's entries. */
async function officeDatabase(): Promise<Database> {
  const name = `${DATABASE}_${crypto.randomUUID().slice(0, 8)}`;
  await server.officeDatabase(name, [ACCOUNT.name]);
  return openRemote(server.url, name, ACCOUNT.name, ACCOUNT.password);
}

interface Pc extends SyncingPc {
  scope: Scope;
}

afterEach(destroyMemoryReplicas);

/** A PC with its own database, replica and audit key, and its administrator at the keyboard. */
async function startPc(login: string): Promise<Pc> {
  const db = await openTestDb();
  const replica = memoryReplica();
  const auditKey = crypto.getRandomValues(new Uint8Array(32));
  const actor = operatorActor({ id: `op-${login}` as never, login, role: 'administrator' });
  return { db, scope: { db, actor, keys: null, auditKey }, replica, device: await thisDevice(db) };
}

const chainOf = (checks: DeviceChainCheck[], device: string) => checks.find((chain) => chain.device === device);

async function entriesOf(pc: Pc, device: string): Promise<AuditEntry[]> {
  return (await pc.db.auditLog.toArray()).filter((entry) => entry.device === device).sort((a, b) => a.seq - b.seq);
}

/** Two PCs that each wrote to their own chain, interleaved, and have exchanged everything through the server. */
async function officeOfTwo(): Promise<{ a: Pc; b: Pc; office: Database }> {
  const office = await officeDatabase();
  const [a, b] = [await startPc('aigerim'), await startPc('bolat')];
  await appendAudit(a.scope, 'login');
  await appendAudit(b.scope, 'login');
  await appendAudit(a.scope, 'export', { details: { kind: 'receptions', rows: 12 } });
  await appendAudit(b.scope, 'lock');
  await appendAudit(a.scope, 'lock');
  await syncRound(a, office);
  await syncRound(b, office);
  await syncRound(a, office);
  return { a, b, office };
}

describe('one audit chain per PC, replicated through the office server', () => {
  it('numbers and links each PC’s entries in its own chain, and both PCs verify both chains', async () => {
    const { a, b } = await officeOfTwo();
    for (const pc of [a, b]) {
      expect(await pc.db.auditLog.count()).toBe(5);
      expect((await entriesOf(pc, a.device)).map((entry) => [entry.seq, entry.actor, entry.action])).toEqual([
        [1, 'aigerim', 'login'],
        [2, 'aigerim', 'export'],
        [3, 'aigerim', 'lock'],
      ]);
      expect((await entriesOf(pc, b.device)).map((entry) => [entry.seq, entry.action])).toEqual([
        [1, 'login'],
        [2, 'lock'],
      ]);
    }
    const onA = (await auditChains(a.scope)).checks;
    expect(onA).toEqual([
      { device: a.device, thisPc: true, depth: 'full', check: { intact: true, entries: 3 } },
      { device: b.device, thisPc: false, depth: 'links', check: { intact: true, entries: 2 } },
    ]);
    const onB = (await auditChains(b.scope)).checks;
    expect(onB).toEqual([
      { device: b.device, thisPc: true, depth: 'full', check: { intact: true, entries: 2 } },
      { device: a.device, thisPc: false, depth: 'links', check: { intact: true, entries: 3 } },
    ]);
    expect(await verifyAuditLog(a.scope)).toEqual({ intact: true, entries: 3 });
  });

  it('never links a new entry to another PC’s, and never sends an arrived entry back as this PC’s change', async () => {
    const { a, b } = await officeOfTwo();
    const fromA = new Set<string>((await entriesOf(b, a.device)).map((entry) => entry.id));
    const noted = await b.db.table<OutboxEntry, number>(OUTBOX).toArray();
    expect(noted.filter((entry) => entry.table === 'auditLog' && fromA.has(entry.recordId))).toEqual([]);

    const bLast = (await entriesOf(b, b.device)).at(-1);
    const next = await appendAudit(b.scope, 'login');
    expect(next).toMatchObject({ device: b.device, seq: 3, prevHash: bLast?.hash });
  });

  it('shows on the other PC when a PC last checked its own chain with its key', async () => {
    const { a, b, office } = await officeOfTwo();
    expect(chainOf((await auditChains(b.scope)).checks, a.device)?.lastOwnCheck).toBeUndefined();
    const checked = await checkAuditChains(a.scope);
    expect(chainOf(checked, a.device)?.check).toEqual({ intact: true, entries: 3 });
    await syncRound(a, office);
    await syncRound(b, office);
    const seenOnB = chainOf((await auditChains(b.scope)).checks, a.device);
    expect(seenOnB).toMatchObject({
      check: { intact: true, entries: 4 },
      lastOwnCheck: { intact: true, entries: 3, at: expect.any(String) },
    });
  });

  it('finds a remote entry removed or relinked here, though its keyed hash cannot be recomputed here', async () => {
    const { a, b } = await officeOfTwo();
    const [first, second, third] = await entriesOf(b, a.device);
    if (!first || !second || !third) throw new Error('A’s chain did not arrive');
    await b.db.auditLog.delete(second.id);
    expect(chainOf((await auditChains(b.scope)).checks, a.device)?.check).toEqual({
      intact: false,
      entries: 2,
      problem: 'broken',
      brokenAt: 3,
    });
    // B's own chain is untouched by what happened to A's.
    expect(chainOf((await auditChains(b.scope)).checks, b.device)?.check).toEqual({ intact: true, entries: 2 });
  });

  it('refuses a change to its own entries made on another PC, keeps its own, and says so in its check', async () => {
    const { a, b, office } = await officeOfTwo();
    const target = (await entriesOf(b, a.device))[1];
    if (!target) throw new Error('A’s chain did not arrive');
    // Someone at B rewrites what A exported: B cannot tell (A's key is not there), A can.
    await b.db.auditLog.update(target.id, { details: { kind: 'receptions', rows: 1 } });
    expect(chainOf((await auditChains(b.scope)).checks, a.device)?.check.intact).toBe(true);
    await syncRound(b, office);
    await syncRound(a, office);

    expect((await a.db.auditLog.get(target.id))?.details).toEqual({ kind: 'receptions', rows: 12 });
    const own = chainOf((await auditChains(a.scope)).checks, a.device);
    expect(own?.check).toEqual({ intact: true, entries: 3 });
    expect(own?.refused).toEqual([{ recordId: target.id, seq: 2, at: expect.any(String), removal: false }]);
  });

  it('refuses an entry put on the server in this PC’s name', async () => {
    const { a, office } = await officeOfTwo();
    const [last] = (await entriesOf(a, a.device)).slice(-1);
    const forged = { ...last, id: 'forged-entry', seq: 4, prevHash: last?.hash, action: 'login', actor: 'intruder' };
    await office.bulkDocs([
      {
        _id: `auditLog/${forged.id}`,
        table: 'auditLog',
        record: forged,
        changedAt: new Date().toISOString(),
        device: a.device,
      },
    ]);
    await syncRound(a, office);
    expect(await a.db.auditLog.get('forged-entry' as never)).toBeUndefined();
    expect(chainOf((await auditChains(a.scope)).checks, a.device)?.refused).toMatchObject([
      { recordId: 'forged-entry', seq: 4 },
    ]);
  });

  it('still finds a changed entry of this PC’s own chain with its key', async () => {
    const { a } = await officeOfTwo();
    const second = (await entriesOf(a, a.device))[1];
    if (!second) throw new Error('no second entry');
    await a.db.auditLog.update(second.id, { details: { kind: 'receptions', rows: 999 } });
    expect(await verifyAuditLog(a.scope)).toEqual({ intact: false, entries: 3, problem: 'broken', brokenAt: 2 });
  });
});
