import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach } from 'vitest';
import type { Role } from '@shared/auth/roles';
import type { OperatorId } from '@shared/model/records';
import { operatorActor, type Scope } from './access';
import { KelisimDb } from './db';

const opened: KelisimDb[] = [];

/** A fresh database per test, deleted afterwards, so tests never see each other's records. */
export async function openTestDb(): Promise<KelisimDb> {
  const db = new KelisimDb(`test-${crypto.randomUUID()}`);
  await db.open();
  opened.push(db);
  return db;
}

/** The same database as seen by an operator of a role (an administrator unless said). */
export function scopeAs(db: KelisimDb, role: Role = 'administrator', dataKey: CryptoKey | null = null): Scope {
  return { db, actor: operatorActor({ id: `test-${role}` as OperatorId, login: role, role }), dataKey };
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
