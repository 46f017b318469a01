import type { KelisimDb } from '../db';
import { DEVICE_SETTING, readOrMakeDeviceId } from './device-id';

/**
 * This PC's id among the office's PCs: which PC made a version of a record (the tie-break between
 * concurrent versions) and each audit entry (one chain per PC). Made once, on first use (or by the
 * version 12 migration, for a database that already held audit entries); it stays with the
 * database on this PC and is never taken from a backup or another PC.
 */
export { DEVICE_SETTING };

export async function thisDevice(db: KelisimDb): Promise<string> {
  db.deviceId ||= await readOrMakeDeviceId(db);
  return db.deviceId;
}

/**
 * This PC's id from inside any transaction, such as an audit entry's: the database read it as it
 * opened, before any transaction could start.
 */
export function thisDeviceNow(db: KelisimDb): string {
  if (!db.deviceId) throw new Error('device id: the database is not open');
  return db.deviceId;
}

/**
 * After a restore this PC keeps its id, whichever PC made the backup: the restored entries of
 * another PC's chain stay that PC's, and this PC's next entries go on in its own chain. A PC whose
 * database did not open (so had no id to keep) takes the one the restored database holds.
 */
export async function keepDeviceAfterRestore(db: KelisimDb, device: string | undefined): Promise<void> {
  if (!device) {
    db.deviceId = await readOrMakeDeviceId(db);
    return;
  }
  if ((await db.settings.get(DEVICE_SETTING))?.value !== device)
    await db.settings.put({ id: DEVICE_SETTING, value: device, updatedAt: new Date().toISOString() });
  db.deviceId = device;
}
