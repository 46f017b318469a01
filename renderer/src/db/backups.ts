import { fileHash } from '@shared/audit/chain';
import { BackupFormatError, payloadBytes, readBackupPayload, writeBackupFile } from './backup-file';
import { authorize, type Scope } from './access';
import { SCHEMA_VERSION } from './db';
import { appendAudit } from './repositories/audit';
import { dataRecords, exportDatabase, migratePayload, replaceDatabase, tableCounts } from './repositories/backup';
import { recoveryWrappedKey } from './repositories/operators';
import { getOfficeProfile } from './repositories/settings';
import { currentScope, sessionState } from './session';

/**
 * Backups as the data layer makes and restores them: the records never reach the screen that
 * asked, only the finished file (encrypted when the office has a key at hand) or an outcome.
 */

export type BackupReason = 'auto' | 'manual' | 'exit' | 'before-import' | 'before-restore' | 'before-migration';

/** How many records each table holds, for the manifest kept outside IndexedDB. */
export async function databaseCounts(): Promise<{ counts: Record<string, number>; records: number }> {
  const counts = await tableCounts(currentScope().db);
  return { counts, records: dataRecords(counts) };
}

async function encryption(scope: Scope) {
  const recoveryKey = await recoveryWrappedKey(scope);
  return scope.dataKey && recoveryKey ? { dataKey: scope.dataKey, recoveryKey } : null;
}

/** A backup of everything as file bytes, with the number of records it holds. */
export async function backupFile(
  reason: BackupReason,
  appVersion: string,
  at: Date,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; records: number }> {
  const scope = currentScope();
  const profile = await getOfficeProfile(scope);
  const payload = await exportDatabase(scope.db);
  const bytes = await writeBackupFile(
    payload,
    {
      reason,
      appVersion,
      schemaVersion: SCHEMA_VERSION,
      office: profile ? { name: profile.officeName, kato: profile.districtId ?? profile.oblastId } : null,
      createdAt: at.toISOString(),
    },
    await encryption(scope),
  );
  const records = dataRecords(
    Object.fromEntries(Object.entries(payload.tables).map(([name, rows]) => [name, rows.length])),
  );
  return { bytes, records };
}

/** After the file was written: the audit log notes which file, how many records and its hash. */
export async function recordBackup(reason: BackupReason, file: string, records: number, sha256: string) {
  await appendAudit(currentScope(), 'backup', { details: { reason, records, file, sha256 } });
}

export type RestoreOutcome =
  { ok: true; records: number } | { ok: false; problem: BackupFormatError['problem'] | 'verify' };

/**
 * Replaces the database with a backup: opens and checks it first (nothing is touched if it is
 * damaged, tampered with or the key is wrong), lets the caller save the current state when there
 * is any, writes the backup in one transaction and reads it back against the checksum; if that
 * check fails the saved current state is put back. Whoever was signed in signs in again, as one
 * of the operators of the backup.
 */
export async function restoreFromBackup(
  bytes: Uint8Array<ArrayBuffer>,
  recoveryKey: string | undefined,
  beforeReplace: () => Promise<void>,
): Promise<RestoreOutcome> {
  const scope = currentScope();
  authorize(scope, 'restore');
  let opened;
  try {
    opened = await readBackupPayload(bytes, {
      ...(scope.dataKey ? { dataKey: scope.dataKey } : {}),
      ...(recoveryKey ? { recoveryKey } : {}),
    });
  } catch (error) {
    if (error instanceof BackupFormatError) return { ok: false, problem: error.problem };
    throw error;
  }
  if (opened.header.schemaVersion > SCHEMA_VERSION) return { ok: false, problem: 'newer-version' };
  const current = await exportDatabase(scope.db);
  if (dataRecords(await tableCounts(scope.db)) > 0) await beforeReplace();
  const migrated = opened.header.schemaVersion < SCHEMA_VERSION;
  const payload = migrated ? await migratePayload(opened.payload, opened.header.schemaVersion) : opened.payload;
  // A backup of this version is checked against its own checksum; a migrated one against what the
  // migration produced (its source was checked against the backup's checksum when it was opened).
  const expected = migrated ? fileHash(payloadBytes(payload)) : opened.header.checksum;
  try {
    await replaceDatabase(scope, payload, expected);
  } catch {
    await replaceDatabase(scope, current, fileHash(payloadBytes(current)));
    return { ok: false, problem: 'verify' };
  }
  await appendAudit(scope, 'restore', {
    details: { records: opened.header.records, createdAt: opened.header.createdAt },
  });
  sessionState.signedOut();
  sessionState.setSetup((await scope.db.operators.count()) === 0);
  return { ok: true, records: opened.header.records };
}
