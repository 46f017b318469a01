import { describe, expect, it } from 'vitest';
import { NEW_FIRST_RUN } from '@shared/profile/first-run';
import { SETUP } from '../access';
import { openTestDb } from '../test-db';
import { completeFirstRun, firstRunProgress, saveFirstRunProgress } from './first-run';
import { getOfficeProfile } from './settings';

const KORDAI = { level: 'district', oblastId: '310000000', districtId: '314800000', officeName: 'ОВП Кордай' } as const;

describe('the first run kept in the database', () => {
  it('reads back the step and the fields typed, after the window closed, and never a password', async () => {
    const db = await openTestDb();
    const setup = { db, actor: SETUP, keys: null };
    expect(await firstRunProgress(setup)).toBeNull();
    await saveFirstRunProgress(setup, {
      ...NEW_FIRST_RUN,
      step: 'admin',
      office: KORDAI,
      admin: { login: 'aigerim', displayName: 'Айгерим', password: 'Келісім-2026' } as never,
    });
    // Read back as a new start would, by anybody who has not signed in yet.
    const resumed = await firstRunProgress({ db, actor: { kind: 'anonymous' }, keys: null });
    expect(resumed).toEqual({ step: 'admin', office: KORDAI, admin: { login: 'aigerim', displayName: 'Айгерим' } });
    expect(JSON.stringify(await db.settings.toArray())).not.toContain('Келісім-2026');
  });

  it('ends by saving the office and forgetting the progress together', async () => {
    const db = await openTestDb();
    const setup = { db, actor: SETUP, keys: null };
    await saveFirstRunProgress(setup, { ...NEW_FIRST_RUN, step: 'demo', office: KORDAI });
    await completeFirstRun(setup, { ...KORDAI, language: 'ru' });
    expect(await getOfficeProfile(setup)).toMatchObject({ officeName: 'ОВП Кордай', districtId: '314800000' });
    expect(await firstRunProgress(setup)).toBeNull();
  });

  it('is not written by a signed-out visitor once the office has operators', async () => {
    const db = await openTestDb();
    await expect(
      saveFirstRunProgress({ db, actor: { kind: 'anonymous' }, keys: null }, { ...NEW_FIRST_RUN, office: KORDAI }),
    ).rejects.toThrow();
  });
});
