import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { fileHash } from '@shared/audit/chain';
import { payloadBytes } from '../backup-file';
import { unwrapDataKey } from '@/security/crypto';
import { ANONYMOUS, operatorActor, SETUP, type Scope } from '../access';
import { declareVersions, type KelisimDb } from '../db';
import { openTestDb, scopeAs } from '../test-db';
import { appendAudit, verifyAuditLog } from './audit';
import {
  dataRecords,
  exportDatabase,
  migratePayload,
  replaceDatabase,
  RestoreVerificationError,
  tableCounts,
} from './backup';
import {
  createFirstAdministrator,
  createOperator,
  recoveryWrappedKey,
  resetPassword,
  SignInError,
  updateOperator,
  verifySignIn,
  verifyUnlock,
} from './operators';
import { savePerson, setPersonDeleted } from './people';

const FAST = 1_000;
const TODAY = '2026-11-21';
const admin = { login: 'admin', displayName: 'Айгерим', password: 'Келісім-2026' };

/** The first run, as the office's future administrator. */
function setupScope(db: KelisimDb): Scope {
  return { db, actor: SETUP, dataKey: null };
}

/** The sign-in and lock screens: nobody signed in. */
function anonymousScope(db: KelisimDb): Scope {
  return { db, actor: ANONYMOUS, dataKey: null };
}

/** Signs in and works with the rights and the data key the layer granted. */
async function signedInScope(db: KelisimDb, login: string, password: string): Promise<Scope> {
  const { operator, dataKey } = await verifySignIn(anonymousScope(db), login, password);
  return { db, actor: operatorActor(operator), dataKey };
}

describe('operators', () => {
  it('creates the administrator with a data key only their password or the recovery key opens', async () => {
    const db = await openTestDb();
    const { operator: created, recoveryKey } = await createFirstAdministrator(setupScope(db), admin, FAST);
    expect(created).toMatchObject({ login: 'admin', role: 'administrator', mustChangePassword: false });
    expect(JSON.stringify(await db.operators.toArray())).not.toContain('Келісім-2026');
    const signedIn = await verifySignIn(anonymousScope(db), 'admin', 'Келісім-2026');
    expect(signedIn.dataKey).not.toBeNull();
    const wrapped = await recoveryWrappedKey(scopeAs(db));
    if (!wrapped) throw new Error('no recovery copy');
    await expect(unwrapDataKey(wrapped, recoveryKey)).resolves.toBeDefined();
    await expect(createFirstAdministrator(setupScope(db), admin, FAST)).rejects.toThrow();
  });

  it('refuses a wrong password and writes the attempt to the audit log', async () => {
    const db = await openTestDb();
    await createFirstAdministrator(setupScope(db), admin, FAST);
    await expect(verifySignIn(anonymousScope(db), 'admin', 'wrong-password')).rejects.toBeInstanceOf(SignInError);
    await expect(verifySignIn(anonymousScope(db), 'nobody', 'whatever-pass')).rejects.toBeInstanceOf(SignInError);
    const actions = (await db.auditLog.orderBy('seq').toArray()).map((entry) => entry.action);
    expect(actions).toEqual(['operator-create', 'login-failed', 'login-failed']);
  });

  it('lets only the right password unlock, and audits a failed unlock', async () => {
    const db = await openTestDb();
    const { operator } = await createFirstAdministrator(setupScope(db), admin, FAST);
    expect(await verifyUnlock(anonymousScope(db), operator.id, 'Келісім-2026')).not.toBeNull();
    expect(await verifyUnlock(anonymousScope(db), operator.id, 'nope-nope')).toBeNull();
    expect((await db.auditLog.orderBy('seq').last())?.action).toBe('unlock-failed');
  });

  it('has a colleague change the temporary password, resets a forgotten one, and keeps one administrator', async () => {
    const db = await openTestDb();
    const { operator: first } = await createFirstAdministrator(setupScope(db), admin, FAST);
    const scope = await signedInScope(db, admin.login, admin.password);
    const viewer = await createOperator(
      scope,
      { login: 'aliya', displayName: 'Алия', role: 'viewer', password: 'first-pass-1' },
      FAST,
    );
    expect(viewer).toMatchObject({ mustChangePassword: true });
    expect((await db.operators.get(viewer.id))?.dataKey).toBeUndefined();
    const editor = await createOperator(
      scope,
      { login: 'marat', displayName: 'Марат', role: 'editor', password: 'first-pass-2' },
      FAST,
    );
    expect((await db.operators.get(editor.id))?.dataKey).toBeDefined();
    await expect(
      createOperator(scope, { login: 'aliya', displayName: 'X', role: 'viewer', password: 'another-pass' }, FAST),
    ).rejects.toThrow('login taken');
    await resetPassword(scope, viewer.id, 'temporary-2', FAST);
    await expect(verifySignIn(anonymousScope(db), 'aliya', 'first-pass-1')).rejects.toThrow();
    expect((await verifySignIn(anonymousScope(db), 'aliya', 'temporary-2')).operator.mustChangePassword).toBe(true);
    await expect(updateOperator(scope, first.id, { role: 'viewer' })).rejects.toThrow('last administrator');
    await updateOperator(scope, viewer.id, { disabled: true });
    await expect(verifySignIn(anonymousScope(db), 'aliya', 'temporary-2')).rejects.toMatchObject({
      reason: 'disabled',
    });
  });
});

describe('audit log', () => {
  it('records every change with record ids only, and the chain verifies', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const { person } = await savePerson(scope, { surname: 'Ким', givenName: 'Марина', iin: '850731400453' }, TODAY);
    await savePerson(
      scope,
      { surname: 'Ким', givenName: 'Марина', iin: '850731400453', phone: '87011234567' },
      TODAY,
      person.id,
    );
    await setPersonDeleted(scope, person.id, true);
    const entries = await db.auditLog.orderBy('seq').toArray();
    expect(entries.map((entry) => [entry.action, entry.table, entry.recordId])).toEqual([
      ['create', 'people', person.id],
      ['update', 'people', person.id],
      ['delete', 'people', person.id],
    ]);
    expect(JSON.stringify(entries)).not.toContain('850731400453');
    expect(await verifyAuditLog(scope)).toEqual({ intact: true, entries: 3 });
  });

  it('shows when an entry was altered in the database', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    for (let index = 0; index < 4; index++) await appendAudit(scope, 'export', { details: { rows: index } });
    const third = await db.auditLog.where('seq').equals(3).primaryKeys();
    await db.auditLog.update(third[0] ?? ('' as never), { details: { rows: 999 } });
    expect(await verifyAuditLog(scope)).toEqual({ intact: false, entries: 4, brokenAt: 3 });
  });
});

describe('restore', () => {
  it('replaces the database with a backup and verifies it against the checksum', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await savePerson(scope, { surname: 'Әбдірахманов', givenName: 'Нұрлан' }, TODAY);
    const saved = await exportDatabase(db);
    const checksum = fileHash(payloadBytes(saved));
    await savePerson(scope, { surname: 'Ким', givenName: 'Марина' }, TODAY);
    await replaceDatabase(scope, saved, checksum);
    expect((await db.people.toArray()).map((person) => person.surname)).toEqual(['Әбдірахманов']);
    expect(dataRecords(await tableCounts(db))).toBe(1);
  });

  it('reports a restore whose records do not match the backup', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await savePerson(scope, { surname: 'Ким', givenName: 'Марина' }, TODAY);
    const saved = await exportDatabase(db);
    await expect(replaceDatabase(scope, saved, '0'.repeat(64))).rejects.toBeInstanceOf(RestoreVerificationError);
  });

  it('migrates a backup made by an older version before restoring it', async () => {
    const name = `old-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    declareVersions(old, 3);
    await old.open();
    await old.table('people').add({ id: 'p1', surname: 'Ли', givenName: 'Инна', searchTokens: ['ли', 'инна'] });
    await old.table('memberships').add({ id: 'm1', personId: 'p1', associationId: 'a1', role: 'member' });
    const payload = {
      tables: Object.fromEntries(await Promise.all(old.tables.map(async (t) => [t.name, await t.toArray()] as const))),
    };
    old.close();
    await Dexie.delete(name);
    const migrated = await migratePayload(payload, 3);
    expect(migrated.tables.memberships).toEqual([expect.objectContaining({ id: 'm1', personName: 'Ли Инна' })]);
    expect(migrated.tables.operators).toEqual([]);
  });
});
