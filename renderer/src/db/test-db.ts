import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach } from 'vitest';
import { KelisimDb } from './db';

const opened: KelisimDb[] = [];

/** A fresh database per test, deleted afterwards, so tests never see each other's records. */
export async function openTestDb(): Promise<KelisimDb> {
  const db = new KelisimDb(`test-${crypto.randomUUID()}`);
  await db.open();
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});
