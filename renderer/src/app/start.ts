import { checkStart, type StartCheck } from '@shared/backup/manifest';
import { readManifest, recordDatabaseState } from '@/backup/backup-service';
import { classifyStorageError, type StorageFailure } from '@/db/errors';
import { openDatabase, prepareDatabase, startSession, storedRecords } from '@/db';
import { loadEthnicGroupSeeds } from '@/reference/reference-files';

export type StartResult =
  { ok: true } | { ok: false; failure: StorageFailure } | { ok: false; guard: Extract<StartCheck, { ok: false }> };

/**
 * Opens the database (running any migration) and compares it with the manifest kept outside
 * IndexedDB: an empty or unopenable database that the manifest says held data stops the start
 * and offers the newest backup, rather than showing an empty registry.
 */
export async function startApplication(): Promise<StartResult> {
  const manifest = await readManifest().catch(() => null);
  try {
    await openDatabase();
  } catch (error) {
    console.error(error);
    const check = checkStart(manifest, { ok: false });
    return check.ok ? { ok: false, failure: classifyStorageError(error) } : { ok: false, guard: check };
  }
  try {
    const records = await storedRecords();
    const check = checkStart(manifest, { ok: true, records });
    if (!check.ok) {
      // The lost-data screen may restore before anyone signs in: the database has no operators.
      await startSession();
      return { ok: false, guard: check };
    }
    await prepareDatabase(await loadEthnicGroupSeeds());
    if (records > 0) await recordDatabaseState();
  } catch (error) {
    console.error(error);
    return { ok: false, failure: classifyStorageError(error) };
  }
  void navigator.storage?.persist?.().catch(() => false);
  return { ok: true };
}
