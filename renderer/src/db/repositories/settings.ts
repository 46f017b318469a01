import type { z } from 'zod';
import { officeProfileSchema, type OfficeProfile } from '@shared/profile/office-profile';
import { nowTimestamp } from '@/lib/clock';
import { authorize, type Scope } from '../access';

async function readSetting<S extends z.ZodType>(scope: Scope, key: string, schema: S): Promise<z.infer<S> | undefined> {
  const { db } = scope;
  const row = await db.settings.get(key);
  if (!row) return undefined;
  const parsed = schema.safeParse(row.value);
  return parsed.success ? parsed.data : undefined;
}

async function writeSetting(scope: Scope, key: string, value: unknown): Promise<void> {
  const { db } = scope;
  await db.settings.put({ id: key, value, updatedAt: nowTimestamp() });
}

export const PROFILE_KEY = 'officeProfile';

export function getOfficeProfile(scope: Scope): Promise<OfficeProfile | undefined> {
  return readSetting(scope, PROFILE_KEY, officeProfileSchema);
}

export async function saveOfficeProfile(scope: Scope, profile: OfficeProfile): Promise<OfficeProfile> {
  authorize(scope, 'settings');
  const valid = officeProfileSchema.parse(profile);
  await writeSetting(scope, PROFILE_KEY, valid);
  return valid;
}

const IDLE_KEY = 'idleMinutes';

/** Minutes without keyboard or mouse before Kelisim locks; 10 unless the office chose otherwise. */
export async function getIdleMinutes(scope: Scope): Promise<number> {
  const { db } = scope;
  const row = await db.settings.get(IDLE_KEY);
  return typeof row?.value === 'number' && row.value >= 1 && row.value <= 240 ? row.value : 10;
}

export async function setIdleMinutes(scope: Scope, minutes: number): Promise<void> {
  authorize(scope, 'settings');
  await writeSetting(scope, IDLE_KEY, Math.min(240, Math.max(1, Math.round(minutes))));
}
