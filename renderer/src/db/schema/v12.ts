import type { Transaction } from 'dexie';

/**
 * Version 12: one audit chain per PC. Sync brings every PC's entries here, each chain numbered by
 * its own PC, so the sequence number is no longer unique: an entry is found by `[device+seq]`.
 * Entries written before name no PC; they are this PC's chain, and the migration says so in each,
 * so that they keep saying it on the other PCs once sync sends them there. `device` is not covered
 * by the entries' hashes, which stay as written.
 */
export const v12Stores = {
  auditLog: 'id, seq, [device+seq], at, [at+seq], recordId, action',
} as const;

/** The setting sync/device.ts keeps this PC's id under (not imported: the schema chain imports nothing of the data layer). */
const DEVICE_SETTING = 'deviceId';

export async function upgradeToV12(tx: Transaction): Promise<void> {
  const log = tx.table<{ device?: string }, string>('auditLog');
  if ((await log.count()) === 0) return;
  const settings = tx.table<{ id: string; value: unknown; updatedAt: string }, string>('settings');
  const stored = (await settings.get(DEVICE_SETTING))?.value;
  let device = typeof stored === 'string' && stored ? stored : '';
  if (!device) {
    device = crypto.randomUUID();
    await settings.put({ id: DEVICE_SETTING, value: device, updatedAt: new Date().toISOString() });
  }
  await log
    .filter((entry) => !entry.device)
    .modify((entry) => {
      entry.device = device;
    });
}
