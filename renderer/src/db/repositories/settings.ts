import type { z } from 'zod';
import { officeProfileSchema, type OfficeProfile } from '@shared/profile/office-profile';
import { nowTimestamp } from '@/lib/clock';
import type { KelisimDb } from '../db';

async function readSetting<S extends z.ZodType>(
  db: KelisimDb,
  key: string,
  schema: S,
): Promise<z.infer<S> | undefined> {
  const row = await db.settings.get(key);
  if (!row) return undefined;
  const parsed = schema.safeParse(row.value);
  return parsed.success ? parsed.data : undefined;
}

async function writeSetting(db: KelisimDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ id: key, value, updatedAt: nowTimestamp() });
}

export const PROFILE_KEY = 'officeProfile';

export function getOfficeProfile(db: KelisimDb): Promise<OfficeProfile | undefined> {
  return readSetting(db, PROFILE_KEY, officeProfileSchema);
}

export async function saveOfficeProfile(db: KelisimDb, profile: OfficeProfile): Promise<OfficeProfile> {
  const valid = officeProfileSchema.parse(profile);
  await writeSetting(db, PROFILE_KEY, valid);
  return valid;
}

const IDLE_KEY = 'idleMinutes';

/** Minutes without keyboard or mouse before Kelisim locks; 10 unless the office chose otherwise. */
export async function getIdleMinutes(db: KelisimDb): Promise<number> {
  const row = await db.settings.get(IDLE_KEY);
  return typeof row?.value === 'number' && row.value >= 1 && row.value <= 240 ? row.value : 10;
}

export async function setIdleMinutes(db: KelisimDb, minutes: number): Promise<void> {
  await writeSetting(db, IDLE_KEY, Math.min(240, Math.max(1, Math.round(minutes))));
}
