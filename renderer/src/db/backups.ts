import { Dexie } from 'dexie';
import { fileHash, type AuditHead } from '@shared/audit/chain';
import { can } from '@shared/auth/roles';
import type { BackupReasonName } from '@shared/backup/backup-names';
import type { Operator, Setting } from '@shared/model/records';
import { officeProfileSchema } from '@shared/profile/office-profile';
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
import { DATABASE_NAME, SCHEMA_VERSION } from './db';
import { appendAudit, auditHead, auditHeadToRecord } from './repositories/audit';
import { dataRecords, exportDatabase, migratePayload, replaceDatabase, tableCounts } from './repositories/backup';
import { readKeyring } from './keyring';
import { keepDeviceAfterRestore, thisDevice } from './sync/device';
import { pauseSyncForRestore, resumeAfterRestore } from './sync/service';
import { PROFILE_KEY } from './repositories/settings';
import { currentScope, sessionState } from './session';

/**
 * Backups as the data layer makes and restores them: the records never reach the screen that
 * asked, only the finished file (encrypted to the office's recipients, whoever is signed in) or an
 * outcome.
 */

export type BackupReason = BackupReasonName;

/** How many records each table holds, for the manifest kept outside IndexedDB. */
export async function databaseCounts(): Promise<{ counts: Record<string, number>; records: number }> {
  const counts = await tableCounts(currentScope().db);
  return { counts, records: dataRecords(counts) };
}

/**
 * The audit chain's head for the manifest to record: the current one while the chain extends
 * `recorded` (what the manifest holds), `recorded` itself when it does not. Passing nothing records
 * the current head anew, as after a restore.
 */
export async function auditHeadForManifest(recorded: AuditHead | undefined): Promise<AuditHead | undefined> {
  return auditHeadToRecord(currentScope().db, recorded);
}

function hasTable(db: Dexie, name: string): boolean {
  return db.tables.some((table) => table.name === name);
}

/** The operators, read by table name: a database before version 5 has none. */
async function operatorsOf(db: Dexie): Promise<Operator[]> {
  return hasTable(db, 'operators') ? db.table<Operator, string>('operators').toArray() : [];
}

/**
 * Who may open the office's backups: every operator allowed confidential records (a backup holds
 * them all) and the recovery key. Only public halves are needed, so a viewer's session writes a
 * backup it cannot read, and so does the start before an upgrade, with nobody signed in.
 */
async function recipients(db: Dexie): Promise<BackupRecipients> {
  const operators = (await operatorsOf(db)).flatMap((operator) =>
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

export interface BackupOf {
  reason: BackupReason;
  appVersion: string;
  at: Date;
  /** The version the database is at: the application's, or an older one found on disk. */
  schemaVersion: number;
}

/**
 * A backup of everything a database holds, as file bytes, with the number of records. Works on any
 * instance of the office's database, the application's or one of an older version opened without a
 * schema, and needs no session: the file is sealed to the public keys the database itself holds.
 */
export async function backupOfDatabase(
  db: Dexie,
  { reason, appVersion, at, schemaVersion }: BackupOf,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; records: number }> {
  const sealedTo = await recipients(db);
  if (sealedTo.length === 0 && (await operatorsOf(db)).length > 0) throw new BackupWithoutRecipientsError();
  const profile = officeProfileSchema.safeParse((await db.table<Setting, string>('settings').get(PROFILE_KEY))?.value);
  // Read before the records, so the head recorded is one the backed-up chain holds.
  const head = await auditHead(db);
  const payload = await exportDatabase(db);
  const bytes = await writeBackupFile(
    payload,
    {
      reason,
      appVersion,
      schemaVersion,
      office: profile.success
        ? { name: profile.data.officeName, kato: profile.data.districtId ?? profile.data.oblastId }
        : null,
      createdAt: at.toISOString(),
      ...(head ? { auditHead: head } : {}),
    },
    sealedTo,
  );
  const records = dataRecords(
    Object.fromEntries(Object.entries(payload.tables).map(([name, rows]) => [name, rows.length])),
  );
  return { bytes, records };
}

/** A backup of everything as file bytes, with the number of records it holds. */
export async function backupFile(
  reason: BackupReason,
  appVersion: string,
  at: Date,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; records: number }> {
  return backupOfDatabase(currentScope().db, { reason, appVersion, at, schemaVersion: SCHEMA_VERSION });
}

export type MigrationBackup =
  | { kind: 'not-needed' }
  /** The database has operators but none with a key pair yet (before version 9): nothing to seal to. */
  | { kind: 'no-recipients'; fromVersion: number }
  | { kind: 'backup'; fromVersion: number; bytes: Uint8Array<ArrayBuffer>; records: number };

/**
 * Before the schema upgrade runs: when the database on disk is of an older version than this
 * build's, a backup of it as it is, at its own version, for the caller to store. The database is
 * opened with no version declared (Dexie's dynamic mode), so nothing is upgraded, and nothing is
 * created when there is no database yet.
 */
export async function backupBeforeMigration(
  appVersion: string,
  at: Date,
  name = DATABASE_NAME,
): Promise<MigrationBackup> {
  const onDisk = new Dexie(name);
  try {
    await onDisk.open();
  } catch (error) {
    if (error instanceof Dexie.NoSuchDatabaseError) return { kind: 'not-needed' };
    throw error;
  }
  try {
    const fromVersion = onDisk.verno;
    if (fromVersion >= SCHEMA_VERSION) return { kind: 'not-needed' };
    const backup = await backupOfDatabase(onDisk, {
      reason: 'before-migration',
      appVersion,
      at,
      schemaVersion: fromVersion,
    });
    return { kind: 'backup', fromVersion, ...backup };
  } catch (error) {
    if (error instanceof BackupWithoutRecipientsError) return { kind: 'no-recipients', fromVersion: onDisk.verno };
    throw error;
  } finally {
    // Closed before the application opens it: an open connection would hold the upgrade back.
    onDisk.close();
  }
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
  const outcome = await restoreInto(scope, bytes, options, beforeReplace);
  if (outcome.ok) {
    sessionState.signedOut();
    sessionState.setSetup((await scope.db.operators.count()) === 0);
  }
  return outcome;
}

/** restoreFromBackup on a given database, without the session. */
export async function restoreInto(
  scope: Scope,
  bytes: Uint8Array<ArrayBuffer>,
  options: RestoreOptions,
  beforeReplace: () => Promise<void>,
): Promise<RestoreOutcome> {
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
  const { db } = scope;
  // A database that does not open (an upgrade that failed, a damaged one) has no current state to
  // save first or to put back: it is replaced by a new one of this version. What an upgrade found
  // is in the backup made before it.
  const readable = await db.open().then(
    () => true,
    () => false,
  );
  // A backup from before anyone had an account would leave the office open to whoever sits down next.
  if (readable && (opened.header.counts.operators ?? 0) === 0 && (await db.operators.count()) > 0)
    return { ok: false, problem: 'no-operators' };
  const current = readable ? await exportDatabase(db) : null;
  const device = readable ? await thisDevice(db) : undefined;
  if (readable && dataRecords(await tableCounts(db)) > 0) await beforeReplace();
  const migrated = opened.header.schemaVersion < SCHEMA_VERSION;
  const payload = migrated ? await migratePayload(opened.payload, opened.header.schemaVersion, device) : opened.payload;
  // A backup of this version is checked against its own checksum; a migrated one against what the
  // migration produced (its source was checked against the backup's checksum when it was opened).
  const expected = migrated ? fileHash(payloadBytes(payload)) : opened.header.checksum;
  if (!readable) await recreate(db);
  const sync = await pauseSyncForRestore(db);
  try {
    await replaceDatabase(scope, payload, expected);
  } catch {
    if (current) await replaceDatabase(scope, current, fileHash(payloadBytes(current)));
    else await recreate(db);
    await resumeAfterRestore(db, sync);
    return { ok: false, problem: 'verify' };
  }
  await keepDeviceAfterRestore(db, device);
  await resumeAfterRestore(db, sync);
  await appendAudit(scope, 'restore', {
    details: { records: opened.header.records, createdAt: opened.header.createdAt },
  });
  return { ok: true, records: opened.header.records };
}

/** Deletes the database and makes it anew, empty, at the application's version. */
async function recreate(db: Dexie): Promise<void> {
  await db.delete();
  // A failed upgrade leaves Dexie holding the schema it had reached on disk, and a new database
  // would be made with that one, without the tables of later versions: declaring the latest
  // version again makes Dexie compute the whole schema from the declared chain.
  db.version(SCHEMA_VERSION).stores({});
  await db.open();
}
