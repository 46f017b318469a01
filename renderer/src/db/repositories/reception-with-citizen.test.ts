import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTestDb, scopeAs } from '../test-db';
import { createReception } from './receptions';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-20T04:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

const citizen = { surname: 'Ахметов', givenName: 'Серик', iin: '850731400453' };
const reception = { date: '2026-11-20', topicCode: 'land', outcome: 'explained', confidential: false };

describe('a reception with a citizen added in the form', () => {
  it('stores the citizen and the reception naming them', async () => {
    const scope = scopeAs(await openTestDb());
    const saved = await createReception(scope, reception, citizen);
    const [person] = await scope.db.people.toArray();
    expect(person?.surname).toBe('Ахметов');
    expect(saved.citizenId).toBe(person?.id);
  });

  it('leaves no stray person when the reception cannot be stored', async () => {
    const scope = scopeAs(await openTestDb());
    vi.spyOn(scope.db.receptions, 'add').mockRejectedValueOnce(new Error('disk full'));
    await expect(createReception(scope, reception, citizen)).rejects.toThrow('disk full');
    expect(await scope.db.people.count()).toBe(0);
    expect(await scope.db.receptions.count()).toBe(0);
  });

  it('stores neither when the citizen is not valid', async () => {
    const scope = scopeAs(await openTestDb());
    await expect(createReception(scope, reception, { surname: '', givenName: '' })).rejects.toThrow();
    expect(await scope.db.receptions.count()).toBe(0);
  });
});
