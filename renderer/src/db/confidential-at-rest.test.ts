import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openOfficeWithKeys, scopeAs } from './test-db';
import type { KelisimDb } from './db';
import { loadDemoData } from './repositories/demo-data';
import { listMediationCases, listRisks, saveMediationCase, saveRisk } from './repositories/monitoring';
import { getPerson, savePerson } from './repositories/people';
import {
  addReceptionControlNote,
  closeReceptionControl,
  createReception,
  getReception,
  openControlItems,
  receptionsInPeriod,
  receptionsOfCitizen,
} from './repositories/receptions';

// Russian and Kazakh letters, so that neither alphabet is missed by a check that looks only for one.
const MARK = 'Құпия-Секрет';
const TODAY = '2026-11-20';
const MONTH = { from: '2026-11-01', to: '2026-11-30' };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-20T04:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

/** Every record of every table as IndexedDB holds it, as text: what a copy of the profile folder shows. */
async function onDisk(db: KelisimDb): Promise<string> {
  return (await Promise.all(db.tables.map(async (table) => JSON.stringify(await table.toArray())))).join('\n');
}

describe('confidential content is ciphertext in the database', () => {
  it('for every kind of record that has it, and reads back whole for whoever holds the key', async () => {
    const { db, admin } = await openOfficeWithKeys();
    const { person } = await savePerson(
      admin,
      { surname: 'Жақсылықов', givenName: 'Ерлан', notes: `${MARK} записка` },
      TODAY,
    );
    const reception = await createReception(admin, {
      date: TODAY,
      citizenId: person.id,
      topicCode: 'probation',
      summary: `${MARK} пробация`,
      outcome: 'control',
      responsibleBody: `${MARK} служба`,
      deadline: '2026-12-10',
      confidential: true,
    });
    await addReceptionControlNote(admin, reception.id, `${MARK} заметка`);
    await createReception(admin, {
      date: TODAY,
      topicCode: 'land',
      summary: 'Открытый вопрос',
      outcome: 'explained',
      confidential: false,
    });
    const risk = await saveRisk(admin, {
      placeId: '314839100',
      description: `${MARK} спор`,
      groupIds: ['kazakhs'],
      source: 'police',
      level: 'low',
      identifiedOn: TODAY,
      nextReviewOn: '2026-12-20',
    });
    await saveMediationCase(admin, {
      date: TODAY,
      parties: [`${MARK} семья`],
      disputeType: 'land',
      summary: `${MARK} суть`,
      mediatorId: person.id,
    });

    const stored = await onDisk(db);
    expect(stored).not.toContain('Құпия');
    expect(stored).not.toContain('Секрет');
    expect(stored).toContain('Открытый вопрос');
    // The citizen of a sealed reception is not in clear either: their card finds it by a tag.
    expect(JSON.stringify(await db.receptions.get(reception.id))).not.toContain(person.id);

    expect((await getReception(admin, reception.id))?.control?.history[0]?.text).toBe(`${MARK} заметка`);
    expect((await receptionsOfCitizen(admin, person.id)).map((r) => r.summary)).toEqual([`${MARK} пробация`]);
    expect((await openControlItems(admin, TODAY, true)).rows[0]?.control?.responsibleBody).toBe(`${MARK} служба`);
    expect((await listRisks(admin)).rows.find((r) => r.id === risk.id)?.description).toBe(`${MARK} спор`);
    expect((await listMediationCases(admin)).rows[0]?.summary).toBe(`${MARK} суть`);
    expect((await getPerson(admin, person.id))?.notes).toBe(`${MARK} записка`);

    await closeReceptionControl(admin, reception.id, TODAY, `${MARK} решено`);
    expect(await onDisk(db)).not.toContain('Құпия');
    expect((await getReception(admin, reception.id))?.control?.resolution).toBe(`${MARK} решено`);
  });

  it('and the demo district, loaded by an administrator, holds none of its confidential text in clear', async () => {
    const { db, admin } = await openOfficeWithKeys();
    await loadDemoData(admin, {
      people: 200,
      places: [{ id: '314839100' as never, nameRu: 'с.Каракемер', nameKk: 'Қаракемер а.' }],
      today: TODAY,
    });
    const confidential = (await db.receptions.toArray()).filter((r) => r.confidential);
    expect(confidential.length).toBeGreaterThan(0);
    expect(confidential.every((r) => r.sealed && !r.summary && !r.citizenId)).toBe(true);
    expect(
      (await db.tensionRisks.toArray()).filter((r) => r.confidential).every((r) => r.sealed && !r.description),
    ).toBe(true);
  });

  it('a viewer gets counts, never the content, whatever they ask for', async () => {
    const { db, admin } = await openOfficeWithKeys();
    await createReception(admin, {
      date: TODAY,
      topicCode: 'religion',
      summary: `${MARK} вера`,
      outcome: 'explained',
      confidential: true,
    });
    const viewer = scopeAs(db, 'viewer');
    const journal = await receptionsInPeriod(viewer, MONTH, true);
    expect(journal).toEqual({ rows: [], hidden: 1 });
    // Even an editor without the keys (a session that lost them) sees the record, but not its content.
    const keyless = await receptionsInPeriod(scopeAs(db, 'editor'), MONTH, true);
    expect(JSON.stringify(keyless)).not.toContain('Құпия');
  });
});
