import type { Table } from 'dexie';
import { can } from '@shared/auth/roles';
import type { Scope } from './access';
import { keysForRole, readKeyring } from './keyring';
import { sealMediationCase, sealPerson, sealReception, sealRisk } from './sealing';
import { currentScope, sessionState } from './session';

/**
 * Work the data layer does after an operator with the field keys signs in, in small batches
 * between which the interface goes on: sealing content still in clear (written before the
 * update, or without the keys), sealing it again under a new key version after a rotation, and
 * giving the keys to colleagues whose role now allows them. Progress is shown in Settings.
 */

export interface WorkProgress {
  kind: 'seal' | 'rotate';
  done: number;
  total: number;
}

let progress: WorkProgress | null = null;
const listeners = new Set<() => void>();

function report(next: WorkProgress | null): void {
  progress = next;
  for (const listener of listeners) listener();
}

export const backgroundWork = {
  progress: (): WorkProgress | null => progress,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

const BATCH = 200;

interface Sealable {
  id: string;
  updatedAt: string;
  sealed?: { key: string };
  unsealed?: 1;
}

type Sealer<T> = (keys: NonNullable<Scope['keys']>, record: T) => Promise<T>;

function sealables(scope: Scope) {
  const { db } = scope;
  return [
    [db.receptions, sealReception],
    [db.tensionRisks, sealRisk],
    [db.mediationCases, sealMediationCase],
    [db.people, sealPerson],
  ] as unknown as [Table<Sealable, string>, Sealer<Sealable>][];
}

/** Still the same session with the same keys: work stops at once when it locks or signs out. */
const stillOn = (scope: Scope) => scope.keys !== null && sessionState.keys() === scope.keys;

/** Seals a batch again and stores each record unless someone changed it meanwhile (it is met again next time). */
async function rewrite<T extends Sealable>(
  scope: Scope,
  table: Table<T, string>,
  batch: T[],
  seal: Sealer<T>,
): Promise<void> {
  const keys = scope.keys;
  if (!keys) return;
  const sealed = await Promise.all(batch.map((record) => seal(keys, record)));
  await scope.db.transaction('rw', table, async () => {
    const now = await table.bulkGet(batch.map((record) => record.id));
    const unchanged = sealed.filter((_, index) => now[index]?.updatedAt === batch[index]?.updatedAt);
    await table.bulkPut(unchanged);
  });
}

/** Seals what is still in clear: content from before version 9, or written by a session without the keys. */
export async function sealPending(scope: Scope): Promise<number> {
  let sealedCount = 0;
  for (const [table, seal] of sealables(scope)) {
    const total = await table.where('unsealed').equals(1).count();
    let done = 0;
    while (stillOn(scope)) {
      const batch = await table.where('unsealed').equals(1).limit(BATCH).toArray();
      if (batch.length === 0) break;
      report({ kind: 'seal', done, total });
      await rewrite(scope, table, batch, seal);
      done += batch.length;
      sealedCount += batch.length;
      if (done > total * 2) break;
    }
  }
  report(null);
  return sealedCount;
}

const ROTATION_SETTING = 'keyRotation';

/** A rotation under way survives a restart: the next session with the keys goes on with it. */
export async function markRotation(scope: Scope, to: string): Promise<void> {
  await scope.db.settings.put({ id: ROTATION_SETTING, value: { to }, updatedAt: new Date().toISOString() });
}

/** Seals again, under the current version, everything sealed under an older one; then the rotation is done. */
export async function resealOldVersions(scope: Scope): Promise<number> {
  const { db, keys } = scope;
  const row = await db.settings.get(ROTATION_SETTING);
  if (!keys || !row) return 0;
  const current = keys.current.id;
  const tables = sealables(scope);
  const total = (await Promise.all(tables.map(([table]) => table.count()))).reduce((sum, count) => sum + count, 0);
  let done = 0;
  let resealed = 0;
  for (const [table, seal] of tables) {
    let after = '';
    while (stillOn(scope)) {
      const page = await table
        .where(':id')
        .above(after)
        .limit(BATCH * 5)
        .toArray();
      const last = page.at(-1);
      if (!last) break;
      after = last.id;
      done += page.length;
      report({ kind: 'rotate', done, total });
      const old = page.filter((record) => record.sealed && record.sealed.key !== current);
      if (old.length === 0) continue;
      await rewrite(scope, table, old, seal);
      resealed += old.length;
    }
    if (!stillOn(scope)) break;
  }
  if (stillOn(scope)) await db.settings.delete(ROTATION_SETTING);
  report(null);
  return resealed;
}

/** An administrator's session gives the field keys to every colleague whose role allows them but who lacks a version. */
export async function grantPending(scope: Scope): Promise<number> {
  const { db, keys, actor } = scope;
  if (!keys || actor.kind !== 'operator' || !can(actor.role, 'manage-users')) return 0;
  const keyring = await readKeyring(db);
  if (!keyring) return 0;
  let granted = 0;
  for (const operator of await db.operators.toArray()) {
    if (!operator.keys || operator.disabled || !can(operator.role, 'view-confidential')) continue;
    const missing = [...keys.byId.keys()].some((id) => !operator.keys?.sealed[id]);
    if (!missing) continue;
    const next = await keysForRole(db, keys, operator);
    if (next) {
      await db.operators.put({ ...operator, keys: next });
      granted++;
    }
  }
  return granted;
}

/**
 * How long after a sign-in the work waits. The first screens of a session are the ones waited for,
 * and IndexedDB answers one request at a time: at 100,000 people the work's first checks alone
 * (four indexes counted, then read) held the calendar's month back by a tenth of a second.
 */
export const SETTLE_MS = 4_000;

/** Starts the background work for the session just opened; errors go to the console, work resumes next time. */
export function afterSignIn(delayMs = SETTLE_MS): void {
  const scope = currentScope();
  if (!scope.keys) return;
  setTimeout(() => {
    if (!stillOn(scope)) return;
    void (async () => {
      await grantPending(scope);
      await sealPending(scope);
      await resealOldVersions(scope);
    })().catch((error: unknown) => {
      report(null);
      console.error(error);
    });
  }, delayMs);
}
