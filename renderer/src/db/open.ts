import { appDb } from './app-db';
import { dataRecords, tableCounts } from './repositories/backup';
import { ensureReferenceData } from './repositories/reference-data';
import type { EthnicGroupSeed } from '@shared/directories/ethnic-groups';
import { startSession } from './sign-in';

/** Opens the application's database, running any migration; throws what IndexedDB threw. */
export async function openDatabase(): Promise<void> {
  await appDb.open();
}

/** How many of the office's own records the database holds (not reference data or settings). */
export async function storedRecords(): Promise<number> {
  return dataRecords(await tableCounts(appDb));
}

/** Reference data shipped with this version, and who may act before anyone signs in. */
export async function prepareDatabase(ethnicGroups: readonly EthnicGroupSeed[]): Promise<void> {
  await ensureReferenceData(appDb, ethnicGroups);
  await startSession();
}
