import { Dexie } from 'dexie';
import { headToRecord, nextEntry, type AuditFacts, type AuditHead, type ChainCheck } from '@shared/audit/chain';
import { AUDIT_CHECK_ACTION, chainOrder, verifyChains, type DeviceChainCheck } from '@shared/audit/chains';
import type { AuditEntryId } from '@shared/model/ids';
import type { AuditEntry } from '@shared/model/records';
import { nowTimestamp } from '@/lib/clock';
import { authorize, authorOf, type Scope } from '../access';
import type { KelisimDb } from '../db';
import { newId } from '../stamp';
import { refusedAuditArrivals } from '../sync/audit-arrivals';
import { DEVICE_SETTING, thisDevice, thisDeviceNow } from '../sync/device';

export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'restore-record'
  | 'merge'
  | 'import'
  | 'import-undo'
  | 'export'
  | 'backup'
  | 'restore'
  | 'login'
  | 'login-failed'
  | 'unlock-failed'
  | 'lock'
  | 'operator-create'
  | 'operator-update'
  | 'password-reset'
  | 'view-confidential'
  | 'recovery-key'
  | 'key-rotation'
  | 'demo-remove'
  | 'demo-restore'
  | 'calendar-change'
  | 'deadline-recompute'
  | typeof AUDIT_CHECK_ACTION
  | 'conflict-settled';

/** This PC's chain's last entry: the predecessor of its next one, whatever other PCs wrote since. */
function lastOfChain(db: KelisimDb, device: string): Promise<AuditEntry | undefined> {
  return db.auditLog.where('[device+seq]').between([device, Dexie.minKey], [device, Dexie.maxKey]).last();
}

/**
 * Appends one entry to this PC's chain. Called inside the transaction of the change it records
 * (the caller includes db.auditLog), so the change and its entry are stored together or not at
 * all. Entries that arrived from other PCs are in their own chains and never precede this PC's.
 */
export function appendAudit(
  scope: Scope,
  action: AuditAction,
  facts: Omit<AuditFacts, 'at' | 'actor' | 'action'> & { actor?: string } = {},
): Promise<AuditEntry> {
  const { db } = scope;
  // A database of an older version (in the migration tests) has one chain, numbered by `seq` alone.
  const perDevice = db.auditLog.schema.idxByName['[device+seq]'] !== undefined;
  const append = async (device: string | undefined) => {
    const last = device ? await lastOfChain(db, device) : await db.auditLog.orderBy('seq').last();
    const chained = nextEntry(
      last,
      { at: nowTimestamp(), actor: authorOf(scope.actor), action, ...facts },
      scope.auditKey,
    );
    const entry: AuditEntry = { id: newId<AuditEntryId>(), ...chained, ...(device ? { device } : {}) };
    await db.auditLog.add(entry);
    return entry;
  };
  // Reading the last entry and adding the next must be one read-write transaction on the log, or
  // two appends at once would take the same sequence number.
  const current = Dexie.currentTransaction;
  const inside = current?.mode === 'readwrite' && current.storeNames.includes('auditLog');
  if (inside) return append(perDevice ? thisDeviceNow(db) : undefined);
  const device = perDevice ? thisDevice(db) : Promise.resolve(undefined);
  return device.then((id) => db.transaction('rw', db.auditLog, () => append(id)));
}

/** A file left the office (a workbook, a PDF, a package): what it was and its hash, never its content. */
export async function recordExport(
  scope: Scope,
  details: Record<string, string | number | boolean>,
  sha256?: string,
): Promise<void> {
  authorize(scope, 'export');
  await appendAudit(scope, 'export', { details: { ...details, ...(sha256 ? { sha256 } : {}) } });
}

/**
 * Every PC's chain, this PC's first, each in its own order, with the check of each, for the
 * inspector's export; `recorded` is this PC's head kept outside IndexedDB (the manifest), against
 * which a cut or rewritten chain shows.
 */
export async function auditChains(
  scope: Scope,
  recorded?: AuditHead,
): Promise<{ entries: AuditEntry[]; checks: DeviceChainCheck[]; device: string }> {
  authorize(scope, 'settings');
  const device = await thisDevice(scope.db);
  const all = await scope.db.auditLog.toArray();
  const refused = await refusedAuditArrivals(scope.db);
  return {
    entries: chainOrder(all, device),
    checks: verifyChains(all, { thisDevice: device, key: scope.auditKey, recorded, refused }),
    device,
  };
}

/**
 * The check the administrator asks for: every chain, then the result for this PC's chain written
 * as an entry of it. Sync takes that entry to the other PCs, which cannot check this PC's keyed
 * links themselves and show when and with what result this PC last checked its own.
 */
export async function checkAuditChains(scope: Scope, recorded?: AuditHead): Promise<DeviceChainCheck[]> {
  const { checks } = await auditChains(scope, recorded);
  const own = checks.find((chain) => chain.thisPc)?.check;
  if (own)
    await appendAudit(scope, AUDIT_CHECK_ACTION, {
      details: { intact: own.intact, records: own.entries, ...(own.intact ? {} : { problem: own.problem }) },
    });
  return checks;
}

/** The latest entries of every PC, newest first by their time. */
export async function auditEntries(scope: Scope, limit?: number): Promise<AuditEntry[]> {
  authorize(scope, 'settings');
  const { db } = scope;
  const ordered = db.auditLog.orderBy('[at+seq]').reverse();
  return limit ? ordered.limit(limit).toArray() : ordered.toArray();
}

/** This PC's id, so the log can tell its entries from other PCs'. */
export async function auditDevice(scope: Scope): Promise<string> {
  authorize(scope, 'settings');
  return thisDevice(scope.db);
}

/** Checks every link of this PC's chain, and the chain against the head recorded outside IndexedDB when one is given. */
export async function verifyAuditLog(scope: Scope, recorded?: AuditHead): Promise<ChainCheck> {
  const { checks } = await auditChains(scope, recorded);
  return checks.find((chain) => chain.thisPc)?.check ?? { intact: true, entries: 0 };
}

/**
 * The stored id of the PC a database belongs to, without making one: the database may be an older
 * version's, opened without a schema for a backup.
 */
async function storedDevice(db: Dexie): Promise<string | undefined> {
  const value = (await db.table<{ id: string; value: unknown }, string>('settings').get(DEVICE_SETTING))?.value;
  return typeof value === 'string' && value ? value : undefined;
}

/** This PC's entry at a place of its chain, in a database of any version. */
async function ownEntry(db: Dexie, at: 'last' | number): Promise<AuditEntry | undefined> {
  const log = db.table<AuditEntry, string>('auditLog');
  if (!log.schema.idxByName['seq']) return undefined;
  const device = await storedDevice(db);
  // Before version 12 the log held this PC's chain alone, under a unique sequence number.
  if (!log.schema.idxByName['[device+seq]'])
    return at === 'last' ? log.orderBy('seq').last() : log.where('seq').equals(at).first();
  if (!device) return undefined;
  if (at !== 'last') return log.where('[device+seq]').equals([device, at]).first();
  return log.where('[device+seq]').between([device, Dexie.minKey], [device, Dexie.maxKey]).last();
}

/**
 * This PC's chain's last entry, or undefined for an empty chain (and before version 5, which had
 * no chain). Other PCs' chains are theirs to record.
 */
export async function auditHead(db: Dexie): Promise<AuditHead | undefined> {
  const last = await ownEntry(db, 'last');
  return last ? { seq: last.seq, hash: last.hash } : undefined;
}

/**
 * The head to keep outside IndexedDB after `recorded`: the current one while the chain extends it,
 * `recorded` itself when the chain no longer does (see headToRecord). Not a repository call: the
 * manifest is written whoever is at the keyboard, and only a sequence number and a hash leave.
 */
export async function auditHeadToRecord(
  db: KelisimDb,
  recorded: AuditHead | undefined,
): Promise<AuditHead | undefined> {
  const atRecorded = recorded ? await ownEntry(db, recorded.seq) : undefined;
  return headToRecord(recorded, await auditHead(db), atRecorded?.hash);
}
