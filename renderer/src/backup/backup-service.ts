import { fileHash, type AuditHead } from '@shared/audit/chain';
import { parseManifest, type Manifest } from '@shared/backup/manifest';
import {
  auditHeadForManifest,
  backupBeforeMigration,
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

/**
 * `chain: 'new'` records the audit chain's head as it is now (after a restore or a knowing fresh
 * start); otherwise the head recorded before stays when the chain no longer extends it, so the
 * audit check keeps reporting a cut or rewritten chain.
 */
async function writeManifest(patch: Partial<Manifest>, chain: 'extend' | 'new' = 'extend'): Promise<void> {
  const { counts, records } = await databaseCounts();
  const previous = await readManifest();
  const auditHead = await auditHeadForManifest(chain === 'new' ? undefined : previous?.auditHead);
  // An empty chain records no head (undefined is left out of the JSON).
  const manifest: Manifest = { ...previous, ...patch, counts, records, updatedAt: nowTimestamp(), auditHead };
  await desktop.writeManifest(JSON.stringify(manifest));
}

/** Refreshes what the manifest remembers of the database, without a backup; `chain: 'new'` when starting over knowingly. */
export async function recordDatabaseState(chain: 'extend' | 'new' = 'extend'): Promise<void> {
  await writeManifest({}, chain);
}

/** The audit chain's head as the manifest recorded it, for the audit check. */
export async function recordedAuditHead(): Promise<AuditHead | undefined> {
  return (await readManifest())?.auditHead;
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

/**
 * Before the database is opened at this version: when it is of an older one, a backup of it as it
 * is, written with reason 'before-migration' (main keeps those apart from the rotation). Returns what
 * to write into the audit log once the upgraded database is open, or null when no backup was made.
 * Throws a BackupWriteError when main could not write it: the upgrade must not run then.
 */
export async function backUpBeforeMigration(): Promise<{ fileName: string; records: number; sha256: string } | null> {
  const backup = await backupBeforeMigration(await desktop.appVersion(), new Date());
  if (backup.kind === 'no-recipients')
    console.warn(
      `before-migration backup: version ${backup.fromVersion} has no operator with a key pair to seal it to`,
    );
  if (backup.kind !== 'backup') return null;
  const written = await desktop.writeBackup('before-migration', backup.bytes);
  if (!written.saved) throw new BackupWriteError(written.problem);
  return { fileName: written.fileName, records: backup.records, sha256: fileHash(backup.bytes) };
}

/** Replaces the database with a backup, saving the current state first when there is any. */
export async function restoreBackup(bytes: Uint8Array<ArrayBuffer>, options: RestoreOptions): Promise<RestoreOutcome> {
  const outcome = await restoreFromBackup(bytes, options, async () => {
    await makeBackup('before-restore');
  });
  if (outcome.ok) await writeManifest({}, 'new');
  return outcome;
}

/** How long ago the last backup was made, for the browser's reminder. */
export async function lastBackupAt(): Promise<string | null> {
  return (await readManifest())?.lastBackupAt ?? null;
}
