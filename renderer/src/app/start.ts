import { db } from '@/db';
import { classifyStorageError, type StorageFailure } from '@/db/errors';
import { ensureReferenceData } from '@/db/repositories/reference-data';
import { loadEthnicGroupSeeds } from '@/reference/reference-files';

export type StartResult = { ok: true } | { ok: false; failure: StorageFailure };

/**
 * Opens the database (running any migration), tops up the shipped directories and asks the
 * browser to keep our storage even when the disk runs low.
 */
export async function startApplication(): Promise<StartResult> {
  try {
    await db.open();
    await ensureReferenceData(db, await loadEthnicGroupSeeds());
  } catch (error) {
    console.error(error);
    return { ok: false, failure: classifyStorageError(error) };
  }
  void navigator.storage?.persist?.().catch(() => false);
  return { ok: true };
}
