import { firstRunProgressSchema, type FirstRunProgress } from '@shared/profile/first-run';
import { officeProfileSchema, type OfficeProfile } from '@shared/profile/office-profile';
import { nowTimestamp } from '@/lib/clock';
import { authorize, type Scope } from '../access';
import { PROFILE_KEY } from './settings';

export const FIRST_RUN_KEY = 'firstRun';

/**
 * How far the first run went, read before anyone signs in (the step to resume at decides whether
 * to ask for a password): the office form and the administrator's login and name as typed, never a
 * password.
 */
export async function firstRunProgress(scope: Scope): Promise<FirstRunProgress | null> {
  const row = await scope.db.settings.get(FIRST_RUN_KEY);
  const parsed = firstRunProgressSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

/** Remembers the first run as far as it went; whoever sets the office up (or its administrator) may. */
export async function saveFirstRunProgress(scope: Scope, progress: FirstRunProgress): Promise<void> {
  authorize(scope, 'settings');
  const value = firstRunProgressSchema.parse(progress);
  await scope.db.settings.put({ id: FIRST_RUN_KEY, value, updatedAt: nowTimestamp() });
}

/**
 * The end of the first run: the office profile saved and the progress forgotten together, so the
 * backup made next holds the office as it is and nothing half-done.
 */
export async function completeFirstRun(scope: Scope, profile: OfficeProfile): Promise<void> {
  authorize(scope, 'settings');
  const valid = officeProfileSchema.parse(profile);
  const { db } = scope;
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ id: PROFILE_KEY, value: valid, updatedAt: nowTimestamp() });
    await db.settings.delete(FIRST_RUN_KEY);
  });
}
