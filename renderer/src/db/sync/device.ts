import type { KelisimDb } from '../db';
import { readOrMakeDeviceId } from './device-id';

/**
 * This PC's id among the office's PCs: which PC made a version of a record (the tie-break between
 * concurrent versions) and each audit entry (one chain per PC). Made once, on first use (or by the
 * version 12 migration, for a database that already held audit entries); it stays with the
 * database on this PC and is never taken from a backup or another PC.
 */
export { DEVICE_SETTING } from './device-id';

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
