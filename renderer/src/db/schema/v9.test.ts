import { databaseAt, reopenAt, stamp } from './migration-harness';
import { describe, expect, it } from 'vitest';
import type { Operator } from '@shared/model/records';
import { hashPassword, wrapSecret } from '@/security/crypto';
import { randomBytes } from '@/security/encoding';
import { ANONYMOUS, operatorActor, type Scope } from '../access';
import { sealPending } from '../background-work';
import type { KelisimDb } from '../db';
import { getPerson } from '../repositories/people';
import { getReception, receptionsOfCitizen } from '../repositories/receptions';
import { getRisk, listMediationCases } from '../repositories/monitoring';
import { verifySignIn } from '../repositories/operators';
import { sessionState } from '../session';

// A marker in Russian and Kazakh letters in every confidential field a version 8 office held.
const MARK = 'Құпия-Секрет';
const FAST = 1_000;

async function v8Office(): Promise<string> {
  const dataKey = randomBytes(32);
  const admin: Operator = {
    id: 'op1' as never,
    login: 'admin',
    displayName: 'Айгерим',
    role: 'administrator',
    password: await hashPassword('Келісім-2026', FAST),
    dataKey: await wrapSecret(dataKey.slice(), 'Келісім-2026', FAST),
    mustChangePassword: false,
    disabled: false,
    createdAt: stamp.createdAt,
    updatedAt: stamp.updatedAt,
  };
  return databaseAt(8, async (v8) => {
    await v8.table('operators').add(admin);
    await v8.table('settings').add({ id: 'dataKeyRecovery', value: await wrapSecret(dataKey.slice(), 'X', FAST) });
    await v8.table('people').bulkAdd([
      {
        ...stamp,
        id: 'p1',
        surname: 'Жақсылықов',
        givenName: 'Ерлан',
        searchTokens: ['жаксылыков'],
        notes: `${MARK} записка`,
      },
      { ...stamp, id: 'p2', surname: 'Ким', givenName: 'Ирина', searchTokens: ['ким'] },
    ]);
    await v8.table('receptions').bulkAdd([
      {
        ...stamp,
        id: 'r1',
        date: '2026-10-01',
        citizenId: 'p1',
        topicCode: 'probation',
        summary: `${MARK} пробация`,
        outcome: 'control',
        control: {
          responsibleBody: `${MARK} служба`,
          deadline: '2026-10-22',
          history: [{ at: stamp.createdAt, author: 'Айгерим', kind: 'note', text: `${MARK} заметка` }],
        },
        openControlDue: '2026-10-22',
        confidential: true,
      },
      {
        ...stamp,
        id: 'r2',
        date: '2026-10-02',
        citizenId: 'p2',
        topicCode: 'land',
        summary: 'Участок',
        outcome: 'explained',
        confidential: false,
      },
    ]);
    await v8.table('tensionRisks').add({
      ...stamp,
      id: 'k1',
      placeId: '314839100',
      description: `${MARK} спор`,
      groupIds: ['kazakhs'],
      source: 'police',
      level: 'medium',
      levelHistory: [{ on: '2026-09-01', to: 'medium', author: 'Айгерим', note: `${MARK} причина` }],
      status: 'watched',
      identifiedOn: '2026-09-01',
      measureEventIds: [],
      confidential: true,
    });
    await v8.table('mediationCases').add({
      ...stamp,
      id: 'mc1',
      date: '2026-09-20',
      parties: [`${MARK} семья`],
      disputeType: 'land',
      summary: `${MARK} суть`,
      followUp: `${MARK} далее`,
      confidential: true,
    });
  });
}

/** Every record of every table as IndexedDB holds it, as text. */
async function everything(db: KelisimDb): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => JSON.stringify(await table.toArray())));
  return tables.join('\n');
}

describe('schema v9 (from v8): confidential content sealed with the office field key', () => {
  it('marks what is to be sealed, and the first sign-in with the key leaves no plaintext anywhere', async () => {
    const name = await v8Office();
    const db = (await reopenAt(name, 9)) as KelisimDb;
    expect(db.verno).toBe(9);
    // The upgrade cannot seal (nobody has signed in yet): it marks, and the marks are indexed.
    expect(await db.table('receptions').where('unsealed').equals(1).primaryKeys()).toEqual(['r1']);
    expect(await db.table('people').where('unsealed').equals(1).primaryKeys()).toEqual(['p1']);
    expect(await everything(db)).toContain(MARK);

    const { operator, keys } = await verifySignIn({ db, actor: ANONYMOUS, keys: null }, 'admin', 'Келісім-2026', FAST);
    const scope: Scope = { db, actor: operatorActor(operator), keys };
    sessionState.signedIn(operator, keys);
    try {
      expect(await sealPending(scope)).toBe(4);
    } finally {
      sessionState.signedOut();
    }
    const stored = await everything(db);
    expect(stored).not.toContain(MARK);
    expect(stored).not.toContain('Құпия');
    expect(await db.table('receptions').where('unsealed').equals(1).count()).toBe(0);
    // The open reception keeps its text in clear, and the control list still works without the key.
    expect(stored).toContain('Участок');
    expect(await db.table('receptions').where('openControlDue').above('').primaryKeys()).toEqual(['r1']);

    // Whoever has the key reads everything as before, the citizen's card included.
    expect((await getReception(scope, 'r1' as never))?.control?.history[0]?.text).toBe(`${MARK} заметка`);
    expect((await receptionsOfCitizen(scope, 'p1' as never)).map((r) => r.summary)).toEqual([`${MARK} пробация`]);
    expect((await getRisk(scope, 'k1' as never))?.levelHistory[0]?.note).toBe(`${MARK} причина`);
    expect((await listMediationCases(scope)).rows[0]?.parties).toEqual([`${MARK} семья`]);
    expect((await getPerson(scope, 'p1' as never))?.notes).toBe(`${MARK} записка`);
  });
});
