import { demoRecordsSchema, demoTables, withLoad, type DemoIds, type DemoRecords } from '@shared/demo/demo-records';
import { generateDemoData, type DemoData, type DemoPlace } from '@shared/demo/generate';
import type { IsoDate } from '@shared/model/records';
import { nowTimestamp } from '@/lib/clock';
import { authorize, authorOf, type Scope } from '../access';
import { sealAll, sealMediationCase, sealPerson, sealReception, sealRisk } from '../sealing';

/** The settings entry that lists the demo's records (see shared/demo/demo-records.ts). */
export const DEMO_RECORDS_KEY = 'demoRecords';

const DEMO_SEED = 20_201_020;

export async function demoRecordsNote(scope: Scope): Promise<DemoRecords | undefined> {
  const parsed = demoRecordsSchema.safeParse((await scope.db.settings.get(DEMO_RECORDS_KEY))?.value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The first load draws the usual district; a later one (after the demo was removed, or over a demo
 * loaded before its records were noted) draws another, so that no id meets a record still stored.
 */
async function freshDemo(scope: Scope, options: Parameters<typeof generateDemoData>[0], loads: number) {
  for (let attempt = loads; ; attempt++) {
    const data = generateDemoData({ ...options, ...(attempt > 0 ? { seed: DEMO_SEED + attempt * 7_919 } : {}) });
    const first = data.people[0];
    if (attempt >= loads + 5 || !first || !(await scope.db.people.get(first.id))) return data;
  }
}

function idsOf(data: DemoData): DemoIds {
  return Object.fromEntries(demoTables.map((table) => [table, data[table].map((record) => record.id)]));
}

export interface DemoProgress {
  done: number;
  total: number;
}

const CHUNK = 2_000;

/**
 * Generates a district and stores it in one transaction: either the whole demo is there or none
 * of it, whatever happens halfway.
 */
export async function loadDemoData(
  scope: Scope,
  options: {
    people: number;
    places: readonly DemoPlace[];
    today: IsoDate;
    onProgress?: (progress: DemoProgress) => void;
  },
): Promise<number> {
  authorize(scope, 'edit');
  const { db } = scope;
  const note = await demoRecordsNote(scope);
  const data = await freshDemo(
    scope,
    { people: options.people, places: options.places, today: options.today, author: authorOf(scope.actor) },
    note?.loads ?? 0,
  );
  // Sealed before the transaction (or marked to be sealed, at first run before any key exists).
  const { keys } = scope;
  const [people, receptions, tensionRisks, mediationCases] = await Promise.all([
    sealAll(
      data.people,
      (person) => Boolean(person.notes),
      (person) => sealPerson(keys, person),
    ),
    sealAll(
      data.receptions,
      (reception) => reception.confidential,
      (reception) => sealReception(keys, reception),
    ),
    sealAll(
      data.tensionRisks,
      (risk) => risk.confidential,
      (risk) => sealRisk(keys, risk),
    ),
    sealAll(
      data.mediationCases,
      (item) => item.confidential,
      (item) => sealMediationCase(keys, item),
    ),
  ]);
  const batches = [
    [db.people, people],
    [db.associations, data.associations],
    [db.memberships, data.memberships],
    [db.workingGroups, data.workingGroups],
    [db.visits, data.visits],
    [db.events, data.events],
    [db.receptions, receptions],
    [db.population, data.population],
    [db.tensionRisks, tensionRisks],
    [db.councils, data.councils],
    [db.mediationCases, mediationCases],
    [db.plans, data.plans],
    [db.planItems, data.planItems],
    [db.publications, data.publications],
    [db.receptionSessions, data.receptionSessions],
  ] as const;
  const total = batches.reduce((sum, [, rows]) => sum + rows.length, 0);
  let done = 0;
  await db.transaction('rw', [...batches.map(([table]) => table), db.settings], async () => {
    // Noted with the records, so that the demo can later be told from what the office typed.
    const noted = withLoad(await demoRecordsNote(scope), idsOf(data), nowTimestamp());
    await db.settings.put({ id: DEMO_RECORDS_KEY, value: noted, updatedAt: noted.loadedAt });
    for (const [table, rows] of batches) {
      for (let start = 0; start < rows.length; start += CHUNK) {
        const chunk = rows.slice(start, start + CHUNK);
        await (table.bulkAdd as (items: readonly unknown[]) => Promise<unknown>)(chunk);
        done += chunk.length;
        options.onProgress?.({ done, total });
      }
    }
  });
  return total;
}

/** Settlements under a district (or every settlement of the oblast) to spread demo records over. */
export async function demoPlacesFor(scope: Scope, districtId: string | undefined): Promise<DemoPlace[]> {
  authorize(scope, 'edit');
  const { db } = scope;
  const settlements = await db.places.where('level').equals('settlement').toArray();
  const prefix = districtId ? districtId.slice(0, 4) : '';
  const chosen = settlements.filter((place) => place.id.startsWith(prefix));
  const pool = chosen.length > 0 ? chosen : settlements;
  return pool.map((place) => ({ id: place.id, nameRu: place.nameRu, nameKk: place.nameKk }));
}
