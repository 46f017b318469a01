import { z } from 'zod';
import {
  associationNameKey,
  planAssociationImport,
  type AssociationPlanItem,
  type AssociationRow,
} from '@shared/import/association-rows';
import type { ColumnMapping } from '@shared/import/auto-map';
import { membershipKey, planMemberImport, type MemberPlanItem, type MemberRow } from '@shared/import/member-rows';
import type { RegisterId } from '@shared/import/registers';
import type { Association, Membership, Person } from '@shared/model/records';
import { personKey, skeletonBirthKeys } from '@shared/people/person-key';
import { fullName } from '@shared/people/search';
import { foldForSearch } from '@shared/text/search-normalize';
import { nowTimestamp } from '@/lib/clock';
import { authorize, type Scope } from '../access';
import { eventKey, planEventImport, type EventPlanItem, type EventRow } from '@shared/import/event-rows';
import type { RejectedRow } from '@shared/import/member-rows';
import {
  nameKey,
  planReceptionImport,
  receptionKey,
  type ReceptionPlanItem,
  type ReceptionRow,
} from '@shared/import/reception-rows';
import { nameSkeletons } from '@shared/text/name-skeleton';
import { nameWords } from '@shared/text/search-normalize';
import {
  planPopulationImport,
  populationKey,
  type PopulationPlanItem,
  type PopulationRow,
} from '@shared/import/population-rows';
import type { PopulationRecord } from '@shared/model/records';

const LATIN_LETTER = /\p{Script=Latin}/u;

/** Above this many IINs, walking the IIN index once beats asking for each IIN. */
const MANY_KEYS = 1_000;

export async function peopleWithIins(scope: Scope, iins: readonly string[]): Promise<Person[]> {
  const { db } = scope;
  if (iins.length === 0) return [];
  if (iins.length <= MANY_KEYS)
    return db.people
      .where('iin')
      .anyOf([...iins])
      .toArray();
  const wanted = new Set(iins);
  const ids = await db.transaction('r', db.people, async () => {
    // Keys only, in index order, from two cursors over the same index: no records are read.
    const [keys, primaryKeys] = await Promise.all([
      db.people.orderBy('iin').keys(),
      db.people.orderBy('iin').primaryKeys(),
    ]);
    return primaryKeys.filter((_, index) => wanted.has(String(keys[index])));
  });
  return (await db.people.bulkGet(ids)).filter((person): person is Person => person !== undefined);
}

/**
 * The dry run for a member list: finds the people the file names (by IIN; by surname, in either
 * script, for rows without IIN or written in Latin) and their memberships in the associations the
 * list concerns, then plans each row.
 */
export async function planMembers(
  scope: Scope,
  rows: readonly MemberRow[],
  intoAssociationId?: string,
): Promise<MemberPlanItem[]> {
  authorize(scope, 'import');
  const { db } = scope;
  const iins = [...new Set(rows.flatMap((row) => (row.person.iin ? [row.person.iin] : [])))];
  // The search index holds each surname as a name skeleton: one look-up finds it in either script.
  const spelledOut = rows.filter((row) => !row.person.iin || LATIN_LETTER.test(fullName(row.person)));
  const surnames = [...new Set(spelledOut.flatMap((row) => nameSkeletons(nameWords(row.person.surname)[0] ?? '')))];
  const [withIin, withSurname] = await Promise.all([
    peopleWithIins(scope, iins),
    surnames.length > 0 ? db.people.where('searchTokens').anyOf(surnames).toArray() : [],
  ]);
  const live = (person: Person) => !person.deletedAt;
  const byIin = new Map(withIin.filter(live).map((person) => [person.iin as string, person]));
  const found = [...withSurname, ...withIin].filter(live);
  const byNameAndBirth = new Map(found.map((person) => [personKey(person), person]));
  const bySkeletonAndBirth = new Map<string, Person[]>();
  for (const person of found)
    for (const key of skeletonBirthKeys(person))
      bySkeletonAndBirth.set(key, [...(bySkeletonAndBirth.get(key) ?? []), person]);
  const known = new Set([...byIin.values(), ...byNameAndBirth.values()].map((person) => person.id));
  const associationIds = [
    ...new Set([
      ...(intoAssociationId ? [intoAssociationId] : []),
      ...rows.flatMap((row) => (row.associationId ? [row.associationId] : [])),
    ]),
  ];
  const memberships: Membership[] = (
    await Promise.all(associationIds.map((id) => db.memberships.where('associationId').equals(id).toArray()))
  ).flat();
  const current = memberships.filter((m) => !m.deletedAt && !m.leftOn && known.has(m.personId));
  return planMemberImport(
    rows,
    {
      byIin,
      byNameAndBirth,
      bySkeletonAndBirth,
      memberships: new Map(current.map((m) => [membershipKey(m.personId, m.associationId), m])),
    },
    intoAssociationId,
  );
}

export async function planAssociations(scope: Scope, rows: readonly AssociationRow[]): Promise<AssociationPlanItem[]> {
  authorize(scope, 'import');
  const { db } = scope;
  const associations = (await db.associations.toArray()).filter((a) => !a.deletedAt);
  return planAssociationImport(rows, {
    byBin: new Map(associations.filter((a) => a.bin).map((a) => [a.bin as string, a])),
    byName: new Map(associations.map((a: Association) => [associationNameKey(a), a])),
  });
}

/** A chairman named in a registry file is linked only when exactly one stored person has that name. */
export async function chairmenByRow(scope: Scope, rows: readonly AssociationRow[]): Promise<Map<number, Person['id']>> {
  authorize(scope, 'import');
  const { db } = scope;
  const result = new Map<number, Person['id']>();
  for (const row of rows) {
    if (!row.chairmanName) continue;
    const surname = row.chairmanName.split(/\s+/)[0] ?? '';
    const candidates = (await db.people.where('surname').equalsIgnoreCase(surname).toArray()).filter(
      (person) => !person.deletedAt && foldForSearch(fullName(person)) === foldForSearch(row.chairmanName ?? ''),
    );
    if (candidates.length === 1 && candidates[0]) result.set(row.rowNumber, candidates[0].id);
  }
  return result;
}

const mappingSchema = z.array(z.string().nullable());

/** The column mapping the user confirmed for a sheet layout, offered again next time. */
export async function rememberedMapping(
  scope: Scope,
  register: RegisterId,
  layout: string,
): Promise<ColumnMapping | undefined> {
  authorize(scope, 'import');
  const { db } = scope;
  const row = await db.settings.get(`importLayout:${register}:${layout}`);
  const parsed = mappingSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function rememberMapping(
  scope: Scope,
  register: RegisterId,
  layout: string,
  mapping: ColumnMapping,
): Promise<void> {
  authorize(scope, 'import');
  const { db } = scope;
  await db.settings.put({ id: `importLayout:${register}:${layout}`, value: mapping, updatedAt: nowTimestamp() });
}

/** Which rows of an imported plan are already in the calendar (same title on the same day). */
export async function planEvents(scope: Scope, rows: readonly EventRow[]): Promise<EventPlanItem[]> {
  authorize(scope, 'import');
  const { db } = scope;
  if (rows.length === 0) return [];
  const days = rows.map((row) => row.event.start.slice(0, 10)).sort();
  const first = days[0] ?? '';
  const last = days.at(-1) ?? '';
  const existing = await db.events.where('start').between(first, `${last}\uffff`, true, true).toArray();
  return planEventImport(rows, new Set(existing.filter((event) => !event.deletedAt).map(eventKey)));
}

/** Live people whose folded full name is one of `names`, found through the search index by surname. */
export async function peopleByName(scope: Scope, names: readonly string[]): Promise<Map<string, Person[]>> {
  const { db } = scope;
  const wanted = new Set(names);
  const firstWords = [
    ...new Set(
      names.flatMap((name) =>
        nameWords(name)
          .slice(0, 1)
          .flatMap((word) => nameSkeletons(word)),
      ),
    ),
  ];
  const found = firstWords.length > 0 ? await db.people.where('searchTokens').anyOf(firstWords).toArray() : [];
  const byName = new Map<string, Person[]>();
  const unique = new Map(found.map((person) => [person.id, person]));
  for (const person of unique.values()) {
    if (person.deletedAt || person.mergedInto) continue;
    const key = nameKey(person);
    if (wanted.has(key)) byName.set(key, [...(byName.get(key) ?? []), person]);
  }
  return byName;
}

/**
 * The dry run for a reception journal: finds the citizens the rows name (by IIN, then by full
 * name), the officials who received them, and the receptions already stored on those days.
 * Rows that cannot be told apart from several people, or name an unknown IIN only, come back
 * as rejected.
 */
export async function planReceptions(
  scope: Scope,
  rows: readonly ReceptionRow[],
): Promise<{ items: ReceptionPlanItem[]; rejected: RejectedRow[] }> {
  authorize(scope, 'import');
  const { db } = scope;
  if (rows.length === 0) return { items: [], rejected: [] };
  const iins = [...new Set(rows.flatMap((row) => (row.citizen.iin ? [row.citizen.iin] : [])))];
  const names = [
    ...rows.flatMap((row) => (row.citizen.person ? [nameKey(row.citizen.person)] : [])),
    ...rows.flatMap((row) => (row.officialName ? [foldForSearch(row.officialName)] : [])),
  ];
  const days = rows.map((row) => row.reception.date).sort();
  const [withIin, byName, stored] = await Promise.all([
    peopleWithIins(scope, iins),
    peopleByName(scope, [...new Set(names)]),
    db.receptions
      .where('date')
      .between(days[0] ?? '', days.at(-1) ?? '', true, true)
      .toArray(),
  ]);
  const byIin = new Map(
    withIin.filter((person) => !person.deletedAt && !person.mergedInto).map((person) => [person.iin as string, person]),
  );
  const receptionKeys = new Set(
    stored.flatMap((reception) =>
      !reception.deletedAt && reception.citizenId
        ? [receptionKey({ date: reception.date, citizenId: reception.citizenId, topicCode: reception.topicCode })]
        : [],
    ),
  );
  return planReceptionImport(rows, { byIin, byName, receptionKeys });
}

/** The stored, not deleted population records of these settlements, by settlement and year. */
export async function storedPopulation(
  scope: Scope,
  placeIds: readonly string[],
): Promise<Map<string, PopulationRecord>> {
  authorize(scope, 'import');
  const { db } = scope;
  const records =
    placeIds.length > 0
      ? await db.population
          .where('placeId')
          .anyOf([...new Set(placeIds)])
          .toArray()
      : [];
  const byKey = new Map<string, PopulationRecord>();
  for (const record of records) {
    if (record.deletedAt) continue;
    const key = populationKey(record.placeId, record.year);
    const known = byKey.get(key);
    if (!known || record.updatedAt > known.updatedAt) byKey.set(key, record);
  }
  return byKey;
}

/** The dry run for a population table: each row against what is stored for its settlement and year. */
export async function planPopulation(scope: Scope, rows: readonly PopulationRow[]): Promise<PopulationPlanItem[]> {
  authorize(scope, 'import');
  return planPopulationImport(
    rows,
    await storedPopulation(
      scope,
      rows.map((row) => row.placeId),
    ),
  );
}
