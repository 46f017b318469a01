import type { Dexie } from 'dexie';
import type { Setting } from '@shared/model/records';

/** The setting this PC's id is kept under (see device.ts). */
export const DEVICE_SETTING = 'deviceId';

/**
 * Reads this PC's id from a database's settings, making it on the first call of the database's
 * life. A random UUID, as every record id (stamp.ts, which this module cannot import: the database
 * class reads the id as it opens, and the data layer's modules import the class).
 */
export async function readOrMakeDeviceId(db: Dexie): Promise<string> {
  const settings = db.table<Setting, string>('settings');
  const stored = (await settings.get(DEVICE_SETTING))?.value;
  if (typeof stored === 'string' && stored) return stored;
  const id = crypto.randomUUID();
  await settings.put({ id: DEVICE_SETTING, value: id, updatedAt: new Date().toISOString() });
  return id;
}
