import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { fileHash } from '@shared/audit/chain';
import { payloadBytes } from '../backup-file';
import { hashPassword, wrapSecret } from '@/security/crypto';
import { randomBytes } from '@/security/encoding';
import { unlockRecoveryKeys, readKeyring } from '../keyring';
import { openReception } from '../sealing';
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
  changeOwnPassword,
  createFirstAdministrator,
  createOperator,
  replaceRecoveryKey,
  resetPassword,
  SignInError,
  updateOperator,
  verifySignIn,
  verifyUnlock,
  WrongPasswordError,
} from './operators';
import { createReception, getReception } from './receptions';
import { savePerson, setPersonDeleted } from './people';

const FAST = 1_000;
const TODAY = '2026-11-21';
const admin = { login: 'admin', displayName: 'Айгерим', password: 'Келісім-2026' };

/** The first run, as the office's future administrator. */
function setupScope(db: KelisimDb): Scope {
  return { db, actor: SETUP, keys: null };
}

/** The sign-in and lock screens: nobody signed in. */
function anonymousScope(db: KelisimDb): Scope {
  return { db, actor: ANONYMOUS, keys: null };
}

/** Signs in and works with the rights and the keys the layer granted. */
async function signedInScope(db: KelisimDb, login: string, password: string): Promise<Scope> {
  const { operator, keys } = await verifySignIn(anonymousScope(db), login, password, FAST);
  return { db, actor: operatorActor(operator), keys };
}

const confidential = {
  date: TODAY,
  topicCode: 'probation',
  summary: 'Пробация: Жақсылықов Ерлан',
  outcome: 'explained',
  confidential: true,
};

describe('operators and their keys', () => {
  it('creates the administrator with the field key sealed to their password and to the recovery key', async () => {
    const db = await openTestDb();
    const { operator: created, recoveryKey } = await createFirstAdministrator(setupScope(db), admin, FAST);
    expect(created).toMatchObject({ login: 'admin', role: 'administrator', mustChangePassword: false });
    expect(JSON.stringify(await db.operators.toArray())).not.toContain('Келісім-2026');
    const signedIn = await verifySignIn(anonymousScope(db), 'admin', 'Келісім-2026', FAST);
    expect(signedIn.keys?.current.id).toBe('k1');
    const keyring = await readKeyring(db);
    if (!keyring) throw new Error('no key ring');
    const recovered = await unlockRecoveryKeys(keyring, recoveryKey);
    expect([...recovered.byId.keys()]).toEqual(['k1']);
    await expect(createFirstAdministrator(setupScope(db), admin, FAST)).rejects.toThrow();
  });

  it('refuses a wrong password, audits it without the text typed, and makes the next tries wait', async () => {
    const db = await openTestDb();
    await createFirstAdministrator(setupScope(db), admin, FAST);
    await expect(verifySignIn(anonymousScope(db), 'admin', 'wrong-password')).rejects.toBeInstanceOf(SignInError);
    await expect(verifySignIn(anonymousScope(db), 'Келісім-2026', 'whatever')).rejects.toBeInstanceOf(SignInError);
    const entries = await db.auditLog.orderBy('seq').toArray();
    expect(entries.map((entry) => entry.action)).toEqual(['operator-create', 'login-failed', 'login-failed']);
    // A password typed in the login field never reaches the log.
    expect(JSON.stringify(entries)).not.toContain('Келісім-2026');
    expect((await db.settings.get('signInFailures'))?.value).toMatchObject({ count: 2 });
    await verifySignIn(anonymousScope(db), 'admin', 'Келісім-2026', FAST);
    expect(await db.settings.get('signInFailures')).toBeUndefined();
    // A sign-in is made by the operator who signed in, though nobody was signed in when it began;
    // a refusal by nobody the program knows.
    const written = await db.auditLog.orderBy('seq').toArray();
    expect(written.map((entry) => [entry.action, entry.actor])).toEqual([
      ['operator-create', 'admin'],
      ['login-failed', 'system'],
      ['login-failed', 'system'],
      ['login', 'admin'],
    ]);
  });

  it('lets only the right password unlock, and audits a failed unlock', async () => {
    const db = await openTestDb();
    const { operator } = await createFirstAdministrator(setupScope(db), admin, FAST);
    expect((await verifyUnlock(anonymousScope(db), operator.id, 'Келісім-2026'))?.keys).not.toBeNull();
    expect(await verifyUnlock(anonymousScope(db), operator.id, 'nope-nope')).toBeNull();
    expect((await db.auditLog.orderBy('seq').last())?.action).toBe('unlock-failed');
  });

  it('gives the keys to roles allowed confidential records, takes them from others, without anyone’s password', async () => {
    const db = await openTestDb();
    const { operator: first } = await createFirstAdministrator(setupScope(db), admin, FAST);
    const scope = await signedInScope(db, admin.login, admin.password);
    await createReception(scope, confidential);
    const viewer = await createOperator(
      scope,
      { login: 'aliya', displayName: 'Алия', role: 'viewer', password: 'first-pass-1' },
      FAST,
    );
    expect(viewer).toMatchObject({ mustChangePassword: true });
    expect((await db.operators.get(viewer.id))?.keys?.sealed).toEqual({});
    const editor = await createOperator(
      scope,
      { login: 'marat', displayName: 'Марат', role: 'editor', password: 'first-pass-2' },
      FAST,
    );
    expect(Object.keys((await db.operators.get(editor.id))?.keys?.sealed ?? {})).toEqual(['k1']);
    await expect(
      createOperator(scope, { login: 'aliya', displayName: 'X', role: 'viewer', password: 'another-pass' }, FAST),
    ).rejects.toThrow('login taken');

    // The editor opens what the administrator sealed; a viewer promoted gets the keys at once.
    const asEditor = await signedInScope(db, 'marat', 'first-pass-2');
    const [sealed] = await db.receptions.toArray();
    if (!sealed) throw new Error('no reception');
    expect((await getReception(asEditor, sealed.id))?.summary).toBe(confidential.summary);
    expect((await verifySignIn(anonymousScope(db), 'aliya', 'first-pass-1', FAST)).keys).toBeNull();
    await updateOperator(scope, viewer.id, { role: 'editor' });
    const promoted = await signedInScope(db, 'aliya', 'first-pass-1');
    expect((await openReception(promoted.keys, sealed)).summary).toBe(confidential.summary);
    await updateOperator(scope, viewer.id, { role: 'viewer' });
    expect((await db.operators.get(viewer.id))?.keys?.sealed).toEqual({});

    await resetPassword(scope, editor.id, 'temporary-2', FAST);
    await expect(verifySignIn(anonymousScope(db), 'marat', 'first-pass-2')).rejects.toThrow();
    const reset = await signedInScope(db, 'marat', 'temporary-2');
    expect((await getReception(reset, sealed.id))?.summary).toBe(confidential.summary);
    await expect(updateOperator(scope, first.id, { role: 'viewer' })).rejects.toThrow('last administrator');
    await updateOperator(scope, editor.id, { disabled: true });
    await expect(verifySignIn(anonymousScope(db), 'marat', 'temporary-2')).rejects.toMatchObject({
      reason: 'disabled',
    });
  });

  it('changes one’s own password only with the current one, keeping the keys', async () => {
    const db = await openTestDb();
    await createFirstAdministrator(setupScope(db), admin, FAST);
    const scope = await signedInScope(db, admin.login, admin.password);
    await expect(changeOwnPassword(scope, 'not-the-password', 'new-password-1', FAST)).rejects.toBeInstanceOf(
      WrongPasswordError,
    );
    await changeOwnPassword(scope, admin.password, 'new-password-1', FAST);
    const again = await signedInScope(db, admin.login, 'new-password-1');
    expect(again.keys?.current.id).toBe('k1');
  });

  it('turns an operator of before version 9 (a password-wrapped data key) into a key pair at first sign-in', async () => {
    const db = await openTestDb();
    const legacyKey = randomBytes(32);
    const now = '2026-11-01T00:00:00.000Z';
    await db.operators.add({
      id: 'legacy-admin' as never,
      login: 'admin',
      displayName: 'Айгерим',
      role: 'administrator',
      password: await hashPassword('Келісім-2026', FAST),
      dataKey: await wrapSecret(legacyKey.slice(), 'Келісім-2026', FAST),
      mustChangePassword: false,
      disabled: false,
      createdAt: now,
      updatedAt: now,
    });
    const scope = await signedInScope(db, 'admin', 'Келісім-2026');
    const stored = await db.operators.get('legacy-admin' as never);
    expect(stored?.dataKey).toBeUndefined();
    expect(Object.keys(stored?.keys?.sealed ?? {})).toEqual(['k1']);
    expect((await readKeyring(db))?.current).toBe('k1');
    // The key is the same one: what it sealed before still opens.
    await createReception(scope, confidential);
    const again = await signedInScope(db, 'admin', 'Келісім-2026');
    const [sealed] = await db.receptions.toArray();
    if (!sealed) throw new Error('no reception');
    expect((await getReception(again, sealed.id))?.summary).toBe(confidential.summary);
  });

  it('replaces the recovery key: the new one opens the field keys, the old one no longer', async () => {
    const db = await openTestDb();
    const { recoveryKey: old } = await createFirstAdministrator(setupScope(db), admin, FAST);
    const scope = await signedInScope(db, admin.login, admin.password);
    const fresh = await replaceRecoveryKey(scope, FAST);
    const keyring = await readKeyring(db);
    if (!keyring) throw new Error('no key ring');
    expect([...(await unlockRecoveryKeys(keyring, fresh)).byId.keys()]).toEqual(['k1']);
    await expect(unlockRecoveryKeys(keyring, old)).rejects.toThrow();
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
    expect(await verifyAuditLog(scope)).toEqual({ intact: false, entries: 4, problem: 'broken', brokenAt: 3 });
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
