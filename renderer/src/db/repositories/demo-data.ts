import { generateDemoData, type DemoPlace } from '@shared/demo/generate';
import type { IsoDate } from '@shared/model/records';
import { authorize, authorOf, type Scope } from '../access';
import { sealAll, sealMediationCase, sealPerson, sealReception, sealRisk } from '../sealing';

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
  const data = generateDemoData({
    people: options.people,
    places: options.places,
    today: options.today,
    author: authorOf(scope.actor),
  });
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
  ] as const;
  const total = batches.reduce((sum, [, rows]) => sum + rows.length, 0);
  let done = 0;
  await db.transaction(
    'rw',
    batches.map(([table]) => table),
    async () => {
      for (const [table, rows] of batches) {
        for (let start = 0; start < rows.length; start += CHUNK) {
          const chunk = rows.slice(start, start + CHUNK);
          await (table.bulkAdd as (items: readonly unknown[]) => Promise<unknown>)(chunk);
          done += chunk.length;
          options.onProgress?.({ done, total });
        }
      }
    },
  );
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
