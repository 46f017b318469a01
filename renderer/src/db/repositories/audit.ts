import { Dexie } from 'dexie';
import {
  headToRecord,
  nextEntry,
  verifyChain,
  type AuditFacts,
  type AuditHead,
  type ChainCheck,
} from '@shared/audit/chain';
import type { AuditEntryId } from '@shared/model/ids';
import type { AuditEntry } from '@shared/model/records';
import { nowTimestamp } from '@/lib/clock';
import { authorize, authorOf, type Scope } from '../access';
import type { KelisimDb } from '../db';
import { newId } from '../stamp';

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
  | 'deadline-recompute';

/**
 * Appends one entry to the chain. Called inside the transaction of the change it records (the
 * caller includes db.auditLog), so the change and its entry are stored together or not at all.
 */
export function appendAudit(
  scope: Scope,
  action: AuditAction,
  facts: Omit<AuditFacts, 'at' | 'actor' | 'action'> & { actor?: string } = {},
): Promise<AuditEntry> {
  const { db } = scope;
  const append = async () => {
    const last = await db.auditLog.orderBy('seq').last();
    const chained = nextEntry(
      last,
      { at: nowTimestamp(), actor: authorOf(scope.actor), action, ...facts },
      scope.auditKey,
    );
    const entry: AuditEntry = { id: newId<AuditEntryId>(), ...chained };
    await db.auditLog.add(entry);
    return entry;
  };
  // Reading the last entry and adding the next must be one read-write transaction on the log, or
  // two appends at once would take the same sequence number.
  const current = Dexie.currentTransaction;
  const inside = current?.mode === 'readwrite' && current.storeNames.includes('auditLog');
  return inside ? append() : db.transaction('rw', db.auditLog, append);
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
 * The whole chain in order with its check, for the inspector's export; `recorded` is the head kept
 * outside IndexedDB (the manifest), against which a cut or rewritten chain shows.
 */
export async function auditChain(
  scope: Scope,
  recorded?: AuditHead,
): Promise<{ entries: AuditEntry[]; check: ChainCheck }> {
  authorize(scope, 'settings');
  const entries = await scope.db.auditLog.orderBy('seq').toArray();
  return { entries, check: verifyChain(entries, { key: scope.auditKey, recorded }) };
}

export async function auditEntries(scope: Scope, limit?: number): Promise<AuditEntry[]> {
  authorize(scope, 'settings');
  const { db } = scope;
  const ordered = db.auditLog.orderBy('seq').reverse();
  return limit ? ordered.limit(limit).toArray() : ordered.toArray();
}

/** Checks every link, and the chain against the head recorded outside IndexedDB when one is given. */
export async function verifyAuditLog(scope: Scope, recorded?: AuditHead): Promise<ChainCheck> {
  return (await auditChain(scope, recorded)).check;
}

/** The chain's last entry, or undefined for an empty log (and before version 5, which had no chain). */
export async function auditHead(db: Dexie): Promise<AuditHead | undefined> {
  const log = db.table<AuditEntry, string>('auditLog');
  if (!log.schema.idxByName['seq']) return undefined;
  const last = await log.orderBy('seq').last();
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
  const atRecorded = recorded ? await db.auditLog.where('seq').equals(recorded.seq).first() : undefined;
  return headToRecord(recorded, await auditHead(db), atRecorded?.hash);
}
