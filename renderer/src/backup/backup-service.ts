import { fileHash } from '@shared/audit/chain';
import { parseManifest, type Manifest } from '@shared/backup/manifest';
import { db } from '@/db';
import { SCHEMA_VERSION } from '@/db/db';
import { appendAudit } from '@/db/repositories/audit';
import { dataRecords, exportDatabase, migratePayload, replaceDatabase, tableCounts } from '@/db/repositories/backup';
import { recoveryWrappedKey } from '@/db/repositories/operators';
import { getOfficeProfile } from '@/db/repositories/settings';
import { desktop } from '@/desktop';
import { nowTimestamp } from '@/lib/clock';
import { session } from '@/security/session';
import { BackupFormatError, payloadBytes, readBackupPayload, writeBackupFile, type BackupHeader } from './backup-file';

export type BackupReason = 'auto' | 'manual' | 'exit' | 'before-import' | 'before-restore' | 'before-migration';

const SECOND_FOLDER = 'backupSecondFolder';

/** kelisim-20261121-093000-auto.klsbak, the time in UTC so names sort in order. */
export function backupFileName(at: Date, reason: BackupReason): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `kelisim-${stamp}-${reason}.klsbak`;
}

export async function readManifest(): Promise<Manifest | null> {
  return parseManifest(await desktop.readManifest());
}

async function writeManifest(patch: Partial<Manifest>): Promise<void> {
  const counts = await tableCounts(db);
  const previous = await readManifest();
  const manifest: Manifest = {
    ...previous,
    ...patch,
    counts,
    records: dataRecords(counts),
    updatedAt: nowTimestamp(),
  };
  await desktop.writeManifest(JSON.stringify(manifest));
}

/** Refreshes what the manifest remembers of the database, without a backup. */
export async function recordDatabaseState(): Promise<void> {
  await writeManifest({});
}

/** The data key and its recovery-wrapped copy, when the office has one and it is unlocked. */
async function encryption() {
  const dataKey = session.get().signedIn?.dataKey ?? null;
  const recoveryKey = await recoveryWrappedKey(db);
  return dataKey && recoveryKey ? { dataKey, recoveryKey } : null;
}

export async function secondFolder(): Promise<string | undefined> {
  const row = await db.settings.get(SECOND_FOLDER);
  return typeof row?.value === 'string' && row.value ? row.value : undefined;
}

export async function setSecondFolder(path: string | null): Promise<void> {
  await db.settings.put({ id: SECOND_FOLDER, value: path ?? '', updatedAt: nowTimestamp() });
}

/** Writes a backup of everything, records it in the audit log and in the manifest. */
export async function makeBackup(reason: BackupReason): Promise<{ fileName: string; records: number }> {
  const now = new Date();
  const profile = await getOfficeProfile(db);
  const payload = await exportDatabase(db);
  const bytes = await writeBackupFile(
    payload,
    {
      reason,
      appVersion: await desktop.appVersion(),
      schemaVersion: SCHEMA_VERSION,
      office: profile ? { name: profile.officeName, kato: profile.districtId ?? profile.oblastId } : null,
      createdAt: now.toISOString(),
    },
    await encryption(),
  );
  const fileName = backupFileName(now, reason);
  await desktop.writeBackup(fileName, bytes, await secondFolder());
  const records = dataRecords(
    Object.fromEntries(Object.entries(payload.tables).map(([name, rows]) => [name, rows.length])),
  );
  await appendAudit(db, 'backup', { details: { reason, records, file: fileName, sha256: fileHash(bytes) } });
  await writeManifest({ lastBackupAt: now.toISOString(), lastBackupFile: fileName });
  return { fileName, records };
}

export interface OpenedBackup {
  header: BackupHeader;
  bytes: Uint8Array<ArrayBuffer>;
}

export type RestoreOutcome =
  { ok: true; records: number } | { ok: false; problem: BackupFormatError['problem'] | 'verify' };

/**
 * Replaces the database with a backup: opens and checks it first (nothing is touched if it is
 * damaged, tampered with or the key is wrong), saves the current state when there is any, writes
 * the backup in one transaction and reads it back against the checksum; if that check fails the
 * saved current state is put back.
 */
export async function restoreBackup(bytes: Uint8Array<ArrayBuffer>, recoveryKey?: string): Promise<RestoreOutcome> {
  let opened;
  try {
    const dataKey = session.get().signedIn?.dataKey;
    opened = await readBackupPayload(bytes, {
      ...(dataKey ? { dataKey } : {}),
      ...(recoveryKey ? { recoveryKey } : {}),
    });
  } catch (error) {
    if (error instanceof BackupFormatError) return { ok: false, problem: error.problem };
    throw error;
  }
  if (opened.header.schemaVersion > SCHEMA_VERSION) return { ok: false, problem: 'newer-version' };
  const current = await exportDatabase(db);
  const hadData =
    dataRecords(Object.fromEntries(Object.entries(current.tables).map(([name, rows]) => [name, rows.length]))) > 0;
  if (hadData) await makeBackup('before-restore');
  const migrated = opened.header.schemaVersion < SCHEMA_VERSION;
  const payload = migrated ? await migratePayload(opened.payload, opened.header.schemaVersion) : opened.payload;
  // A backup of this version is checked against its own checksum; a migrated one against what the
  // migration produced (its source was checked against the backup's checksum when it was opened).
  const expected = migrated ? fileHash(payloadBytes(payload)) : opened.header.checksum;
  try {
    await replaceDatabase(db, payload, expected);
  } catch {
    await replaceDatabase(db, current, fileHash(payloadBytes(current)));
    return { ok: false, problem: 'verify' };
  }
  await appendAudit(db, 'restore', { details: { records: opened.header.records, createdAt: opened.header.createdAt } });
  await writeManifest({});
  // The operators are those of the backup now: whoever was signed in signs in again.
  session.signOut();
  return { ok: true, records: opened.header.records };
}

/** How long ago the last backup was made, for the browser's reminder. */
export async function lastBackupAt(): Promise<string | null> {
  return (await readManifest())?.lastBackupAt ?? null;
}
