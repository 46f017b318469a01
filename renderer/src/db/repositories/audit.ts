import { nextEntry, verifyChain, type AuditFacts, type ChainCheck } from '@shared/audit/chain';
import type { AuditEntryId } from '@shared/model/ids';
import type { AuditEntry } from '@shared/model/records';
import { nowTimestamp } from '@/lib/clock';
import type { KelisimDb } from '../db';
import { currentAuthor } from '../session';

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
  | 'view-confidential';

/**
 * Appends one entry to the chain. Called inside the transaction of the change it records (the
 * caller includes db.auditLog), so the change and its entry are stored together or not at all.
 */
export async function appendAudit(
  db: KelisimDb,
  action: AuditAction,
  facts: Omit<AuditFacts, 'at' | 'actor' | 'action'> & { actor?: string } = {},
): Promise<AuditEntry> {
  const last = await db.auditLog.orderBy('seq').last();
  const chained = nextEntry(last, { at: nowTimestamp(), actor: currentAuthor(), action, ...facts });
  const entry: AuditEntry = { id: crypto.randomUUID() as AuditEntryId, ...chained };
  await db.auditLog.add(entry);
  return entry;
}

export async function auditEntries(db: KelisimDb, limit?: number): Promise<AuditEntry[]> {
  const ordered = db.auditLog.orderBy('seq').reverse();
  return limit ? ordered.limit(limit).toArray() : ordered.toArray();
}

export async function verifyAuditLog(db: KelisimDb): Promise<ChainCheck> {
  return verifyChain(await db.auditLog.orderBy('seq').toArray());
}
