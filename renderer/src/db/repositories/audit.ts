import { Dexie } from 'dexie';
import { nextEntry, verifyChain, type AuditFacts, type ChainCheck } from '@shared/audit/chain';
import type { AuditEntryId } from '@shared/model/ids';
import type { AuditEntry } from '@shared/model/records';
import { nowTimestamp } from '@/lib/clock';
import { authorize, authorOf, type Scope } from '../access';
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
  | 'key-rotation';

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
    const chained = nextEntry(last, { at: nowTimestamp(), actor: authorOf(scope.actor), action, ...facts });
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

/** The whole chain in order with its check, for the inspector's export. */
export async function auditChain(scope: Scope): Promise<{ entries: AuditEntry[]; check: ChainCheck }> {
  authorize(scope, 'settings');
  const entries = await scope.db.auditLog.orderBy('seq').toArray();
  return { entries, check: verifyChain(entries) };
}

export async function auditEntries(scope: Scope, limit?: number): Promise<AuditEntry[]> {
  authorize(scope, 'settings');
  const { db } = scope;
  const ordered = db.auditLog.orderBy('seq').reverse();
  return limit ? ordered.limit(limit).toArray() : ordered.toArray();
}

export async function verifyAuditLog(scope: Scope): Promise<ChainCheck> {
  authorize(scope, 'settings');
  const { db } = scope;
  return verifyChain(await db.auditLog.orderBy('seq').toArray());
}
