import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '@shared/model/records';
import { SETUP, type Scope } from './access';
import { readBackupHeader, readBackupPayload } from './backup-file';
import { backupBeforeMigration, backupOfDatabase, restoreInto, type BackupOf } from './backups';
import { declareVersions, KelisimDb, SCHEMA_VERSION } from './db';
import { appendAudit, auditHead, auditHeadToRecord, verifyAuditLog } from './repositories/audit';
import { operatorRecord, stamp } from './schema/migration-harness';
import { openOfficeWithKeys, openTestDb, scopeAs } from './test-db';

const AUDIT_KEY = new Uint8Array(32).fill(42);
const TODAY = new Date('2026-11-21T10:00:00Z');
const meta = (schemaVersion = SCHEMA_VERSION): BackupOf => ({
  reason: 'manual',
  appVersion: 'test',
  at: TODAY,
  schemaVersion,
});

const names: string[] = [];
const handles: Dexie[] = [];
afterEach(async () => {
  for (const db of handles.splice(0)) db.close();
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** A database as an older build left it on disk: declared up to `version`, filled, closed. */
async function onDiskAt(version: number, fill: (db: Dexie) => Promise<void>): Promise<string> {
  const name = `on-disk-${crypto.randomUUID()}`;
  names.push(name);
  const db = new Dexie(name);
  declareVersions(db, version);
  await db.open();
  await fill(db);
  db.close();
  return name;
}

async function versionOnDisk(name: string): Promise<number> {
  const db = new Dexie(name);
  await db.open();
  db.close();
  return db.verno;
}

const person = (id: string, surname: string) => ({ ...stamp, id, surname, givenName: 'Марина', searchTokens: [] });

describe('the audit chain outside IndexedDB', () => {
  it('links new entries by HMAC under the audit key, after the plain ones, and checks them with it', async () => {
    const db = await openTestDb();
    for (let index = 0; index < 2; index++) await appendAudit(scopeAs(db), 'export', { details: { rows: index } });
    const keyed: Scope = { ...scopeAs(db), auditKey: AUDIT_KEY };
    for (let index = 2; index < 5; index++) await appendAudit(keyed, 'export', { details: { rows: index } });

    const entries = await db.auditLog.orderBy('seq').toArray();
    expect(entries.map((entry) => entry.link ?? 'sha256')).toEqual([
      'sha256',
      'sha256',
      'hmac-sha256',
      'hmac-sha256',
      'hmac-sha256',
    ]);
    expect(await verifyAuditLog(keyed)).toEqual({ intact: true, entries: 5 });
    // Whoever has the database but not the key cannot vouch for the keyed entries.
    expect(await verifyAuditLog(scopeAs(db))).toMatchObject({ intact: false, problem: 'broken', brokenAt: 3 });
  });

  it('reports the newest entries cut from the chain, and keeps the recorded head while the chain does not reach it', async () => {
    const db = await openTestDb();
    const scope: Scope = { ...scopeAs(db), auditKey: AUDIT_KEY };
    for (let index = 0; index < 5; index++) await appendAudit(scope, 'export', { details: { rows: index } });
    const recorded = await auditHeadToRecord(db, undefined);
    expect(recorded).toEqual(await auditHead(db));
    expect(recorded?.seq).toBe(5);

    await db.auditLog.where('seq').above(3).delete();
    expect(await verifyAuditLog(scope)).toEqual({ intact: true, entries: 3 });
    expect(await verifyAuditLog(scope, recorded)).toEqual({
      intact: false,
      entries: 3,
      problem: 'truncated',
      recorded,
      last: 3,
    });
    // Writing the manifest again must not wipe out the evidence, even after new entries.
    await appendAudit(scope, 'export', { details: { rows: 9 } });
    expect(await auditHeadToRecord(db, recorded)).toEqual(recorded);
  });

  it('reports a chain written anew under the recorded head', async () => {
    const db = await openTestDb();
    const scope: Scope = { ...scopeAs(db), auditKey: AUDIT_KEY };
    for (let index = 0; index < 3; index++) await appendAudit(scope, 'export', { details: { rows: index } });
    const recorded = await auditHeadToRecord(db, undefined);

    // Rewritten from the start with plain links, which anyone can compute, and one more entry.
    await db.auditLog.clear();
    for (let index = 0; index < 4; index++) await appendAudit(scopeAs(db), 'export', { details: { rows: index * 10 } });
    expect(await verifyAuditLog(scope)).toEqual({ intact: true, entries: 4 });
    expect(await verifyAuditLog(scope, recorded)).toEqual({
      intact: false,
      entries: 4,
      problem: 'rewritten',
      recorded,
    });
    expect(await auditHeadToRecord(db, recorded)).toEqual(recorded);
  });

  it('records the head in the backup header', async () => {
    const { db, admin } = await openOfficeWithKeys();
    await appendAudit({ ...admin, auditKey: AUDIT_KEY }, 'export', { details: { rows: 1 } });
    const { bytes } = await backupOfDatabase(db, meta());
    expect(readBackupHeader(bytes).header.auditHead).toEqual(await auditHead(db));
  });
});

describe('the backup before a migration', () => {
  it('is not made when there is no database yet, and creates none', async () => {
    const name = `absent-${crypto.randomUUID()}`;
    names.push(name);
    expect(await backupBeforeMigration('test', TODAY, name)).toEqual({ kind: 'not-needed' });
    expect(await Dexie.getDatabaseNames()).not.toContain(name);
  });

  it('is not made for a database already at this version', async () => {
    const db = await openTestDb();
    db.close();
    expect(await backupBeforeMigration('test', TODAY, db.name)).toEqual({ kind: 'not-needed' });
  });

  it('backs up an older database as it is, at its own version, without upgrading it', async () => {
    const name = await onDiskAt(4, async (v4) => {
      await v4.table('people').add(person('p1', 'Ким'));
    });
    const backup = await backupBeforeMigration('test', TODAY, name);
    if (backup.kind !== 'backup') throw new Error(`expected a backup, got ${backup.kind}`);
    expect(backup).toMatchObject({ fromVersion: 4, records: 1 });
    const { header, payload } = await readBackupPayload(backup.bytes, {});
    expect(header).toMatchObject({ reason: 'before-migration', schemaVersion: 4, records: 1 });
    // An office before version 5 had no operators: there is nobody to seal it to, as for any backup then.
    expect(header.encryption).toBeNull();
    expect(payload.tables.people).toEqual([expect.objectContaining({ id: 'p1', surname: 'Ким' })]);
    expect(await versionOnDisk(name)).toBe(4);
  });

  it('says when the operators of an older database have no keys to seal it to', async () => {
    const name = await onDiskAt(8, async (v8) => {
      await v8.table('operators').add(operatorRecord('o1', 'admin'));
    });
    expect(await backupBeforeMigration('test', TODAY, name)).toEqual({ kind: 'no-recipients', fromVersion: 8 });
    expect(await versionOnDisk(name)).toBe(8);
  });

  it('seals the backup to the public keys the database holds, opened without a schema and with nobody signed in', async () => {
    const { db, recoveryKey } = await openOfficeWithKeys();
    db.close();
    const onDisk = new Dexie(db.name);
    handles.push(onDisk);
    await onDisk.open();
    const { bytes } = await backupOfDatabase(onDisk, { ...meta(onDisk.verno), reason: 'before-migration' });
    const { header } = readBackupHeader(bytes);
    if (header.version !== 2 || !header.encryption) throw new Error('expected an encrypted backup');
    expect(header.encryption.recipients.map((recipient) => recipient.login ?? recipient.kind)).toEqual([
      'admin',
      'recovery',
    ]);
    const { payload } = await readBackupPayload(bytes, { recoveryKey });
    expect(payload.tables.operators).toHaveLength(1);
  });
});

describe('restore over a database that does not open', () => {
  it('replaces a database left by a failed upgrade, whose content the backup before the upgrade kept', async () => {
    // Two audit entries with one sequence number: version 5's unique index cannot be built on them.
    const name = await onDiskAt(4, async (v4) => {
      await v4.table('people').add(person('p-old', 'Старый'));
      await v4.table('auditLog').bulkAdd([
        { id: 'a1', seq: 1, at: stamp.createdAt },
        { id: 'a2', seq: 1, at: stamp.createdAt },
      ]);
    });
    const kept = await backupBeforeMigration('test', TODAY, name);
    expect(kept.kind).toBe('backup');
    const broken = new KelisimDb(name);
    handles.push(broken);
    await expect(broken.open()).rejects.toThrow();

    const source = await openTestDb();
    await source.people.add(person('p-new', 'Новый') as unknown as Person);
    const { bytes } = await backupOfDatabase(source, meta());

    const beforeReplace = vi.fn(async () => undefined);
    const scope: Scope = { db: broken, actor: SETUP, keys: null };
    // The header counts every row: the person and the source database's PC id (settings).
    expect(await restoreInto(scope, bytes, { allowUnencrypted: true }, beforeReplace)).toEqual({
      ok: true,
      records: 2,
    });
    expect(beforeReplace).not.toHaveBeenCalled();
    expect(broken.verno).toBe(SCHEMA_VERSION);
    expect((await broken.people.toArray()).map((row) => row.surname)).toEqual(['Новый']);
    expect((await broken.auditLog.toArray()).map((entry) => entry.action)).toEqual(['restore']);

    if (kept.kind !== 'backup') return;
    const { payload } = await readBackupPayload(kept.bytes, {});
    expect(payload.tables.people).toEqual([expect.objectContaining({ surname: 'Старый' })]);
  });

  it('still saves the current state first when the database opens', async () => {
    const source = await openTestDb();
    await source.people.add(person('p-new', 'Новый') as unknown as Person);
    const { bytes } = await backupOfDatabase(source, meta());
    const db = await openTestDb();
    await db.people.add(person('p-here', 'Здешний') as unknown as Person);
    const beforeReplace = vi.fn(async () => undefined);
    expect(await restoreInto(scopeAs(db), bytes, { allowUnencrypted: true }, beforeReplace)).toMatchObject({
      ok: true,
    });
    expect(beforeReplace).toHaveBeenCalledOnce();
    expect((await db.people.toArray()).map((row) => row.surname)).toEqual(['Новый']);
  });
});
