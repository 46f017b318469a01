import { fileHash } from '@shared/audit/chain';
import { can } from '@shared/auth/roles';
import {
  BackupFormatError,
  payloadBytes,
  readBackupHeader,
  readBackupPayload,
  writeBackupFile,
  type BackupKeys,
  type BackupRecipients,
} from './backup-file';
import { authorize, type Scope } from './access';
import { SCHEMA_VERSION } from './db';
import { appendAudit } from './repositories/audit';
import { dataRecords, exportDatabase, migratePayload, replaceDatabase, tableCounts } from './repositories/backup';
import { readKeyring } from './keyring';
import { getOfficeProfile } from './repositories/settings';
import { currentScope, sessionState } from './session';

/**
 * Backups as the data layer makes and restores them: the records never reach the screen that
 * asked, only the finished file (encrypted to the office's recipients, whoever is signed in) or an
 * outcome.
 */

export type BackupReason = 'auto' | 'manual' | 'exit' | 'before-import' | 'before-restore' | 'before-migration';

/** How many records each table holds, for the manifest kept outside IndexedDB. */
export async function databaseCounts(): Promise<{ counts: Record<string, number>; records: number }> {
  const counts = await tableCounts(currentScope().db);
  return { counts, records: dataRecords(counts) };
}

/**
 * Who may open the office's backups: every operator allowed confidential records (a backup holds
 * them all) and the recovery key. Only public halves are needed, so a viewer's session writes a
 * backup it cannot read.
 */
async function recipients(scope: Scope): Promise<BackupRecipients> {
  const { db } = scope;
  const operators = (await db.operators.toArray()).flatMap((operator) =>
    operator.keys && !operator.disabled && can(operator.role, 'view-confidential')
      ? [
          {
            kind: 'operator' as const,
            login: operator.login,
            publicKey: operator.keys.publicKey,
            privateKey: operator.keys.privateKey,
          },
        ]
      : [],
  );
  const recovery = (await readKeyring(db))?.recovery;
  return [
    ...operators,
    ...(recovery
      ? [{ kind: 'recovery' as const, publicKey: recovery.publicKey, privateKey: recovery.privateKey }]
      : []),
  ];
}

/** No backup is written in clear once the office has operators: nobody could be sure who reads it. */
export class BackupWithoutRecipientsError extends Error {
  constructor() {
    super('no operator with the keys yet: sign in once as an editor or administrator after the update');
    this.name = 'BackupWithoutRecipientsError';
  }
}

/** A backup of everything as file bytes, with the number of records it holds. */
export async function backupFile(
  reason: BackupReason,
  appVersion: string,
  at: Date,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; records: number }> {
  const scope = currentScope();
  const profile = await getOfficeProfile(scope);
  const sealedTo = await recipients(scope);
  if (sealedTo.length === 0 && (await scope.db.operators.count()) > 0) throw new BackupWithoutRecipientsError();
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
    sealedTo,
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
  | { ok: true; records: number }
  | { ok: false; problem: BackupFormatError['problem'] | 'verify' | 'unencrypted' | 'no-operators' };

/** What a restore may use: the recovery key typed in, and the administrator's confirmation of an unencrypted file. */
export interface RestoreOptions {
  recoveryKey?: string;
  allowUnencrypted?: boolean;
}

/** The keys of this session that can open a backup: its operator's private key and its field keys (for version 1 files). */
async function sessionBackupKeys(scope: Scope, recoveryKey: string | undefined): Promise<BackupKeys> {
  const { keys } = scope;
  const own = keys ? await scope.db.operators.get(keys.operatorId) : undefined;
  return {
    ...(keys && own?.keys ? { privateKeys: [{ publicKey: own.keys.publicKey, privateKey: keys.privateKey }] } : {}),
    ...(keys ? { legacyKeys: [...keys.byId.values()].map((key) => key.aes) } : {}),
    ...(recoveryKey ? { recoveryKey } : {}),
  };
}

/**
 * Replaces the database with a backup: opens and checks it first (nothing is touched if it is
 * damaged, tampered with or the key is wrong), lets the caller save the current state when there
 * is any, writes the backup in one transaction and reads it back against the checksum; if that
 * check fails the saved current state is put back. Whoever was signed in signs in again, as one
 * of the operators of the backup.
 */
export async function restoreFromBackup(
  bytes: Uint8Array<ArrayBuffer>,
  options: RestoreOptions,
  beforeReplace: () => Promise<void>,
): Promise<RestoreOutcome> {
  const scope = currentScope();
  authorize(scope, 'restore');
  let opened;
  try {
    // An unencrypted file could have been made or changed by anyone: only an explicit yes opens one.
    if (!readBackupHeader(bytes).header.encryption && !options.allowUnencrypted)
      return { ok: false, problem: 'unencrypted' };
    opened = await readBackupPayload(bytes, await sessionBackupKeys(scope, options.recoveryKey));
  } catch (error) {
    if (error instanceof BackupFormatError) return { ok: false, problem: error.problem };
    throw error;
  }
  if (opened.header.schemaVersion > SCHEMA_VERSION) return { ok: false, problem: 'newer-version' };
  // A backup from before anyone had an account would leave the office open to whoever sits down next.
  if ((opened.header.counts.operators ?? 0) === 0 && (await scope.db.operators.count()) > 0)
    return { ok: false, problem: 'no-operators' };
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
