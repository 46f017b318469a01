import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach } from 'vitest';
import type { Role } from '@shared/auth/roles';
import type { OperatorId } from '@shared/model/records';
import { operatorActor, type Scope, type SessionKeys } from './access';
import { KelisimDb } from './db';

const opened: KelisimDb[] = [];

/** A fresh database per test, deleted afterwards, so tests never see each other's records. */
export async function openTestDb(): Promise<KelisimDb> {
  const db = new KelisimDb(`test-${crypto.randomUUID()}`);
  await db.open();
  opened.push(db);
  return db;
}

/** The same database as seen by an operator of a role (an administrator unless said), without field keys unless given. */
export function scopeAs(db: KelisimDb, role: Role = 'administrator', keys: SessionKeys | null = null): Scope {
  return { db, actor: operatorActor({ id: `test-${role}` as OperatorId, login: role, role }), keys };
}

/** A fresh database and an administrator working in it. */
export async function openTestScope(role: Role = 'administrator'): Promise<Scope> {
  return scopeAs(await openTestDb(), role);
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/**
 * A fresh office set up as at first run, with its administrator signed in: a scope holding the
 * real field keys, so what the test writes is sealed as in use.
 */
export async function openOfficeWithKeys(): Promise<{ db: KelisimDb; admin: Scope; recoveryKey: string }> {
  const db = await openTestDb();
  const { createFirstAdministrator, verifySignIn } = await import('./repositories/operators');
  const { recoveryKey } = await createFirstAdministrator(
    { db, actor: { kind: 'setup' }, keys: null },
    { login: 'admin', displayName: 'Айгерим', password: 'Келісім-2026' },
    1_000,
  );
  const { operator, keys } = await verifySignIn(
    { db, actor: { kind: 'anonymous' }, keys: null },
    'admin',
    'Келісім-2026',
    1_000,
  );
  return { db, admin: { db, actor: operatorActor(operator), keys }, recoveryKey };
}
