import type { Setting } from '@shared/model/records';
import { nowTimestamp } from '@/lib/clock';
import type { KelisimDb } from '../db';
import { newId } from '../stamp';

/**
 * This PC's id among the office's PCs: which PC made a version of a record (the tie-break between
 * concurrent versions) and each audit entry (one chain per PC). Made once, on first use; it stays
 * with the database on this PC and is never taken from a backup or another PC.
 */
export const DEVICE_SETTING = 'deviceId';

let cached: { db: KelisimDb; id: string } | null = null;

export async function thisDevice(db: KelisimDb): Promise<string> {
  if (cached?.db === db) return cached.id;
  const settings = db.table<Setting, string>('settings');
  const stored = (await settings.get(DEVICE_SETTING))?.value;
  const id = typeof stored === 'string' && stored ? stored : newId<string>();
  if (id !== stored) await settings.put({ id: DEVICE_SETTING, value: id, updatedAt: nowTimestamp() });
  cached = { db, id };
  return id;
}
