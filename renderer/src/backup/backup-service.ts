import { fileHash } from '@shared/audit/chain';
import { parseManifest, type Manifest } from '@shared/backup/manifest';
import {
  backupFile,
  databaseCounts,
  recordBackup,
  restoreFromBackup,
  type BackupReason,
  type RestoreOptions,
  type RestoreOutcome,
} from '@/db';
import { desktop } from '@/desktop';
import { nowTimestamp } from '@/lib/clock';
import { BackupWriteError } from './backup-write-error';

export async function readManifest(): Promise<Manifest | null> {
  return parseManifest(await desktop.readManifest());
}

async function writeManifest(patch: Partial<Manifest>): Promise<void> {
  const { counts, records } = await databaseCounts();
  const previous = await readManifest();
  const manifest: Manifest = { ...previous, ...patch, counts, records, updatedAt: nowTimestamp() };
  await desktop.writeManifest(JSON.stringify(manifest));
}

/** Refreshes what the manifest remembers of the database, without a backup. */
export async function recordDatabaseState(): Promise<void> {
  await writeManifest({});
}

/**
 * Writes a backup of everything, records it in the audit log and in the manifest. Main names the file
 * and writes it to the folders it keeps; when it could not, this throws a BackupWriteError with why.
 */
export async function makeBackup(reason: BackupReason) {
  const now = new Date();
  const { bytes, records } = await backupFile(reason, await desktop.appVersion(), now);
  const written = await desktop.writeBackup(reason, bytes);
  if (!written.saved) throw new BackupWriteError(written.problem);
  await recordBackup(reason, written.fileName, records, fileHash(bytes));
  await writeManifest({ lastBackupAt: now.toISOString(), lastBackupFile: written.fileName });
  return { fileName: written.fileName, records, secondFolder: written.secondFolder };
}

/** Replaces the database with a backup, saving the current state first when there is any. */
export async function restoreBackup(bytes: Uint8Array<ArrayBuffer>, options: RestoreOptions): Promise<RestoreOutcome> {
  const outcome = await restoreFromBackup(bytes, options, async () => {
    await makeBackup('before-restore');
  });
  if (outcome.ok) await writeManifest({});
  return outcome;
}

/** How long ago the last backup was made, for the browser's reminder. */
export async function lastBackupAt(): Promise<string | null> {
  return (await readManifest())?.lastBackupAt ?? null;
}
