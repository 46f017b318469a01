import { checkStart, type StartCheck } from '@shared/backup/manifest';
import { backUpBeforeMigration, readManifest, recordDatabaseState } from '@/backup/backup-service';
import { BackupWriteError } from '@/backup/backup-write-error';
import { classifyStorageError, type StorageFailure } from '@/db/errors';
import {
  installAuditKey,
  openDatabase,
  holdsOfficeRecords,
  prepareDatabase,
  recordBackup,
  resumeSync,
  startSession,
  startWithoutDatabase,
} from '@/db';
import { desktop } from '@/desktop';
import { loadEthnicGroupSeeds } from '@/reference/reference-files';
import { appliedSyncOrigin } from '@/desktop/sync-origin';

/** How long after the start the manifest's counts are refreshed: after the sign-in and the first screen. */
export const MANIFEST_REFRESH_DELAY_MS = 20_000;

type Later = (task: () => void, ms: number) => void;

function refreshManifestLater(later: Later): void {
  later(() => {
    recordDatabaseState().catch((error: unknown) => console.error('manifest', error));
  }, MANIFEST_REFRESH_DELAY_MS);
}

export type StartResult =
  { ok: true } | { ok: false; failure: StorageFailure } | { ok: false; guard: Extract<StartCheck, { ok: false }> };

/**
 * Takes the installation's audit key from main (or the browser's storage) before anything is
 * written. Without it the audit log goes on with plain SHA-256 links, which its check reports once
 * keyed ones were written: the log is never stopped for want of its key.
 */
async function takeAuditKey(): Promise<void> {
  try {
    installAuditKey(await desktop.auditKey());
  } catch (error) {
    console.error('audit key', error);
  }
}

/**
 * Opens the database (running any migration, after a backup of the database as it was) and
 * compares it with the manifest kept outside IndexedDB: an empty or unopenable database that the
 * manifest says held data stops the start and offers the newest backup, rather than showing an
 * empty registry.
 */
export async function startApplication(later: Later = (task, ms) => setTimeout(task, ms)): Promise<StartResult> {
  const manifest = await readManifest().catch(() => null);
  await takeAuditKey();
  let migrationBackup: Awaited<ReturnType<typeof backUpBeforeMigration>> = null;
  try {
    migrationBackup = await backUpBeforeMigration();
  } catch (error) {
    console.error(error);
    // An upgrade cannot be undone: without its backup the database stays as it is, unopened.
    if (error instanceof BackupWriteError)
      return { ok: false, failure: error.problem === 'disk-full' ? 'quota' : 'migration-backup' };
    // A database that cannot be read even as it is: opening it below reports what is wrong.
  }
  try {
    await openDatabase();
  } catch (error) {
    console.error(error);
    // Nobody can sign in to a database that does not open: a backup may be restored over it.
    startWithoutDatabase();
    const check = checkStart(manifest, { ok: false });
    return check.ok ? { ok: false, failure: classifyStorageError(error) } : { ok: false, guard: check };
  }
  try {
    const holdsRecords = await holdsOfficeRecords();
    const check = checkStart(manifest, { ok: true, empty: !holdsRecords });
    if (!check.ok) {
      // The lost-data screen may restore before anyone signs in: the database has no operators.
      await startSession();
      return { ok: false, guard: check };
    }
    await prepareDatabase(await loadEthnicGroupSeeds());
    if (migrationBackup) {
      await recordBackup('before-migration', migrationBackup.fileName, migrationBackup.records, migrationBackup.sha256);
      // The backup's audit entry is the chain's new head: recorded now, as a backup always is.
      await recordDatabaseState();
    } else if (holdsRecords) {
      // The manifest's counts walk every table (about 0.3 s at 100,000 people): refreshed once the
      // start is over, so that they stand neither before the sign-in screen nor in front of the
      // dashboard's first reads. Until then it holds what the last backup or change recorded.
      refreshManifestLater(later);
    }
    void resumeSync({
      protect: (text) => desktop.protectSecret(text),
      unprotect: (sealed) => desktop.unprotectSecret(sealed),
      allowedServer: appliedSyncOrigin,
      allowServer: (origin) => desktop.allowSyncServer(origin),
    }).catch((error: unknown) => console.error('sync', error));
  } catch (error) {
    console.error(error);
    return { ok: false, failure: classifyStorageError(error) };
  }
  void navigator.storage?.persist?.().catch(() => false);
  return { ok: true };
}
