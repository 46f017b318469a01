import { appDb } from './app-db';
import { DATA_TABLES } from './repositories/backup';
import { ensureReferenceData } from './repositories/reference-data';
import type { EthnicGroupSeed } from '@shared/directories/ethnic-groups';
import { startSession } from './sign-in';

/** Opens the application's database, running any migration; throws what IndexedDB threw. */
export async function openDatabase(): Promise<void> {
  await appDb.open();
}

/**
 * Whether the database holds any of the office's own records (not reference data or settings): one
 * key from each table. Counting them all would read every record (IndexedDB counts by walking the
 * store: half a second at 100,000 people) before the sign-in screen could show.
 */
export async function holdsOfficeRecords(): Promise<boolean> {
  const firstKeys = await Promise.all(DATA_TABLES.map((name) => appDb.table(name).limit(1).primaryKeys()));
  return firstKeys.some((keys) => keys.length > 0);
}

/** Reference data shipped with this version, and who may act before anyone signs in. */
export async function prepareDatabase(ethnicGroups: readonly EthnicGroupSeed[]): Promise<void> {
  await ensureReferenceData(appDb, ethnicGroups);
  await startSession();
}
