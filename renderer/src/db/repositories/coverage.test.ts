import { describe, expect, it } from 'vitest';
import { toPlaceId, type PopulationRecordId } from '@shared/model/ids';
import { katoOfOblast } from '@shared/places/kato';
import { loadKato } from '@/reference/reference-files';
import { openTestDb, scopeAs } from '../test-db';
import { coverageOfPeriod } from './coverage';
import { setPlaceRemote } from './directories';
import { createEvent, updateEvent } from './events';
import { loadOblastPlaces } from './reference-data';
import { buildStandardReport } from './reports';

const Q3 = { from: '2026-07-01', to: '2026-09-30' };
// Аухаттинский с.о. of Kordai district and its villages.
const OKRUG = '314833000';
const AUKHATTY = toPlaceId('314833100');
const KYZYLSAI = toPlaceId('314833200');
const BAITEREK = toPlaceId('314833300');

const held = (placeId: string, actualParticipants: number, attendeeIds: string[], day = '2026-08-12') => ({
  title: 'Встреча с жителями',
  typeCode: 'meeting',
  start: `${day}T11:00`,
  allDay: false,
  placeId,
  organiserAgencyIds: [],
  organiserPersonIds: [],
  associationIds: [],
  audienceCodes: ['youth'],
  status: 'held',
  actualParticipants,
  links: [],
  attendeeIds,
});

async function district() {
  const db = await openTestDb();
  const scope = scopeAs(db);
  await loadOblastPlaces(scope, katoOfOblast(await loadKato(), '310000000'));
  await db.population.add({
    id: 'pop-1' as PopulationRecordId,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    author: 'test',
    placeId: AUKHATTY,
    year: 2025,
    byEthnicGroup: {},
    total: 200,
  });
  return { db, scope };
}

describe('coverage of the population from the records', () => {
  it("counts a person named at two events once, and keeps each event's own list on saving", async () => {
    const { db, scope } = await district();
    const [first] = await createEvent(scope, held(AUKHATTY, 2, ['p1', 'p2', 'p2']));
    await createEvent(scope, held(AUKHATTY, 4, ['p2', 'p3'], '2026-09-01'));
    expect(first?.attendeeIds).toEqual(['p1', 'p2']);
    const coverage = await coverageOfPeriod(scope, Q3, OKRUG);
    // p1, p2, p3 named once each, and 2 people beyond the second event's list.
    expect(coverage.settlements.find((row) => row.placeId === AUKHATTY)).toMatchObject({
      events: 2,
      participants: 6,
      reached: 5,
      population: 200,
      share: 0.025,
    });
    if (!first) throw new Error('created');
    await updateEvent(scope, first.id, { ...held(AUKHATTY, 2, []), title: 'Встреча' });
    expect((await db.events.get(first.id))?.attendeeIds).toBeUndefined();
  });

  it('writes the report by village with the remote ones apart and the villages without information work', async () => {
    const { scope } = await district();
    await setPlaceRemote(scope, BAITEREK, true);
    await createEvent(scope, held(AUKHATTY, 10, []));
    await createEvent(scope, held(BAITEREK, 7, []));
    const options = {
      language: 'ru',
      headers: 'ru',
      maskPersonalData: true,
      asOf: '2026-10-01',
      today: '2026-10-01',
      includeConfidential: false,
    } as const;
    const coverage = await coverageOfPeriod(scope, Q3, OKRUG);
    expect(coverage.remote.map((row) => row.placeId)).toEqual([BAITEREK]);
    expect(coverage.withoutWork).toEqual([KYZYLSAI, '314833208']);

    const [bySettlement, without] = await buildStandardReport(scope, 'coverage', Q3, options);
    // The report covers the office's area: without a profile here, the whole oblast.
    const names = bySettlement?.rows.map((row) => row[1]);
    const heading = names?.indexOf('Отдалённые населённые пункты') ?? -1;
    expect(heading).toBeGreaterThan(0);
    expect(bySettlement?.boldRows).toEqual([heading]);
    expect(names?.slice(heading + 1)).toEqual(['с.Байтерек']);
    expect(bySettlement?.rows.find((row) => row[1] === 'с.Аухатты')).toEqual([
      expect.any(Number),
      'с.Аухатты',
      1,
      10,
      10,
      200,
      5,
    ]);
    expect(without?.rows.map((row) => row[1])).toContain('с.Кызылсай');
    expect(without?.rows.map((row) => row[1])).not.toContain('с.Аухатты');
  });
});
