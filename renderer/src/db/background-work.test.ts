import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { PersonId } from '@shared/model/ids';
import { ANONYMOUS, SETUP } from './access';
import { appDb } from './app-db';
import { afterSignIn } from './background-work';
import { createFirstAdministrator, verifySignIn } from './repositories/operators';
import { savePerson } from './repositories/people';
import { sessionState } from './session';
import { scopeAs } from './test-db';

const TODAY = '2026-12-06';
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The application's own database with its administrator signed in, and a person written without the keys. */
async function officeWithPendingNote() {
  await appDb.open();
  await createFirstAdministrator(
    { db: appDb, actor: SETUP, keys: null },
    { login: 'admin', displayName: 'Айгерим', password: 'Келісім-2026' },
    1_000,
  );
  const { operator, keys } = await verifySignIn(
    { db: appDb, actor: ANONYMOUS, keys: null },
    'admin',
    'Келісім-2026',
    1_000,
  );
  const { person } = await savePerson(
    scopeAs(appDb),
    { surname: 'Жақсылықов', givenName: 'Ерлан', notes: 'Құпия жазба' },
    TODAY,
  );
  sessionState.signedIn(operator, keys);
  return person.id;
}

const stillInClear = async (id: PersonId) => (await appDb.people.get(id))?.unsealed === 1;

afterEach(async () => {
  sessionState.signedOut();
  appDb.close();
  await appDb.delete();
});

describe('the work after a sign-in', () => {
  it('waits for the first screens, then seals what was written without the keys', async () => {
    const id = await officeWithPendingNote();
    afterSignIn(300);
    await wait(150);
    expect(await stillInClear(id)).toBe(true);
    await expect.poll(() => stillInClear(id), { timeout: 5_000 }).toBe(false);
    expect(JSON.stringify(await appDb.people.get(id))).not.toContain('Құпия жазба');
  });

  it('does not start when the session ended before it was due', async () => {
    const id = await officeWithPendingNote();
    afterSignIn(100);
    sessionState.signedOut();
    await wait(600);
    expect(await stillInClear(id)).toBe(true);
  });
});
