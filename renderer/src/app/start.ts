import { checkStart, type StartCheck } from '@shared/backup/manifest';
import { readManifest, recordDatabaseState } from '@/backup/backup-service';
import { db } from '@/db';
import { classifyStorageError, type StorageFailure } from '@/db/errors';
import { dataRecords, tableCounts } from '@/db/repositories/backup';
import { ensureReferenceData } from '@/db/repositories/reference-data';
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
    await db.open();
  } catch (error) {
    console.error(error);
    const check = checkStart(manifest, { ok: false });
    return check.ok ? { ok: false, failure: classifyStorageError(error) } : { ok: false, guard: check };
  }
  try {
    const records = dataRecords(await tableCounts(db));
    const check = checkStart(manifest, { ok: true, records });
    if (!check.ok) return { ok: false, guard: check };
    await ensureReferenceData(db, await loadEthnicGroupSeeds());
    if (records > 0) await recordDatabaseState();
  } catch (error) {
    console.error(error);
    return { ok: false, failure: classifyStorageError(error) };
  }
  void navigator.storage?.persist?.().catch(() => false);
  return { ok: true };
}
