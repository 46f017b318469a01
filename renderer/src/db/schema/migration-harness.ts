import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach } from 'vitest';
import { chainHash } from '@shared/audit/chain';
import { declareVersions, KelisimDb, SCHEMA_VERSION } from '../db';

const names = new Set<string>();
const opened: Dexie[] = [];

/** A fresh database name, deleted after the test. */
function freshName(): string {
  const name = `migration-test-${crypto.randomUUID()}`;
  names.add(name);
  return name;
}

function declaredAt(name: string, version: number): Dexie {
  const db = new Dexie(name);
  declareVersions(db, version);
  return db;
}

/**
 * A database as an older build left it on disk: declared by the chain up to `version`, holding the
 * records that build wrote (`fill` writes them in that version's shape), then closed.
 */
export async function databaseAt(version: number, fill: (db: Dexie) => Promise<void>): Promise<string> {
  const db = declaredAt(freshName(), version);
  opened.push(db);
  await db.open();
  await fill(db);
  db.close();
  return db.name;
}

/**
 * Opens a database (an existing one, or a new one under a new name) with the chain up to
 * `version`, deleted after the test. The current version is opened through the
 * application's own class, so the test runs exactly what a user's update runs.
 */
export async function reopenAt(databaseName: string, version: number): Promise<Dexie> {
  const db = version === SCHEMA_VERSION ? new KelisimDb(databaseName) : declaredAt(databaseName, version);
  names.add(databaseName);
  opened.push(db);
  await db.open();
  return db;
}

/**
 * The versions a step is tested against: the step alone, and the whole chain, because a user may
 * skip several updates and every later step then runs on what this one produced.
 */
export function upgradeTargets(version: number): number[] {
  return [...new Set([version, SCHEMA_VERSION])];
}

/** Who and when, as every record since version 1 carries them. */
export const stamp = {
  createdAt: '2026-02-02T04:00:00.000Z',
  updatedAt: '2026-02-02T04:00:00.000Z',
  author: 'Айгерим',
} as const;

/** The fields of an event that no migration reads, as the event form writes them. */
export const eventFields = {
  ...stamp,
  allDay: false,
  organiserAgencyIds: [],
  organiserPersonIds: [],
  audienceCodes: [],
  links: [],
  attachmentIds: [],
} as const;

/** An operator as version 5 and later write one, with a password hash of the real shape. */
export function operatorRecord(id: string, login: string, role = 'administrator') {
  return {
    id,
    login,
    displayName: 'Айгерим Сейітова',
    role,
    password: { algorithm: 'PBKDF2-SHA256', iterations: 600_000, salt: 'c2FsdA==', hash: 'aGFzaA==' },
    mustChangePassword: false,
    disabled: false,
    createdAt: stamp.createdAt,
    updatedAt: stamp.updatedAt,
  };
}

/** An audit entry chained to the one before it, as version 5 and later write them. */
export function auditEntry(seq: number, action: string, prevHash: string) {
  const facts = { at: `2026-03-01T04:00:${String(seq).padStart(2, '0')}.000Z`, actor: 'admin', action };
  return { id: `audit-${seq}`, seq, prevHash, hash: chainHash(seq, prevHash, facts), ...facts };
}

afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await Promise.all([...names].map((each) => Dexie.delete(each)));
  names.clear();
});
