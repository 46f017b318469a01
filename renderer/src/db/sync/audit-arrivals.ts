import { canonicalJson } from '@shared/audit/chain';
import type { RefusedArrival } from '@shared/audit/chains';
import type { AuditEntry, Setting } from '@shared/model/records';
import type { KelisimDb } from '../db';

/** Where this PC keeps the changes to its own audit entries that arrived and were refused. */
export const REFUSED_AUDIT_ARRIVALS = 'audit.refusedArrivals';
const KEPT = 100;

export async function refusedAuditArrivals(db: KelisimDb): Promise<RefusedArrival[]> {
  const value = (await db.table<Setting, string>('settings').get(REFUSED_AUDIT_ARRIVALS))?.value;
  return Array.isArray(value) ? (value as RefusedArrival[]) : [];
}

/**
 * Whether a version of an audit entry that arrived from the office server is refused: this PC's
 * chain is written on this PC only. An arrival that would change or remove one of its entries, or
 * add one in its name (missing a PC counts as this PC's, as entries before sync did), is left out,
 * so the chain here stays as this PC wrote it and its check still holds it to its key. One that
 * differs from the entry here (not this PC's own version coming back) is remembered, and this PC's
 * check reports it: the copies elsewhere were changed. Other PCs' entries are taken as they come;
 * their chain's check shows what can be seen without their key. Runs in the arrival's transaction,
 * which holds the settings.
 */
export async function refusesAuditArrival(
  db: KelisimDb,
  recordId: string,
  arrived: Record<string, unknown> | null,
  device: string,
  now: string,
): Promise<boolean> {
  const claims = (entry: { device?: unknown } | null | undefined) =>
    entry !== null && entry !== undefined && (entry.device === undefined || entry.device === device);
  const stored: AuditEntry | undefined = await db.auditLog.get(recordId as AuditEntry['id']);
  if (!claims(arrived) && !claims(stored)) return false;
  if (stored && arrived && canonicalJson(stored) === canonicalJson(arrived)) return true;
  const refused = await refusedAuditArrivals(db);
  const seq = stored?.seq ?? (typeof arrived?.seq === 'number' ? arrived.seq : 0);
  const next: RefusedArrival[] = [...refused, { recordId, seq, at: now, removal: arrived === null }].slice(-KEPT);
  await db.table<Setting, string>('settings').put({ id: REFUSED_AUDIT_ARRIVALS, value: next, updatedAt: now });
  return true;
}
