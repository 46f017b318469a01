import type { PersonId } from '@shared/model/ids';
import { compareText } from '@shared/text/collator';
import { personSortKey } from '@shared/text/sort-key';
import type { Association, IsoDate, Membership, Person } from '@shared/model/records';
import { completePerson, personInputSchema } from '@shared/people/person-input';
import { personKey, skeletonBirthKeys } from '@shared/people/person-key';
import { nameSkeletons } from '@shared/text/name-skeleton';
import { nameWords } from '@shared/text/search-normalize';
import { fullName, matchesAllWords, parsePeopleQuery, personSearchTokens } from '@shared/people/search';
import type { FieldProblem } from '@shared/validation/problems';
import { nowTimestamp } from '@/lib/clock';
import { Dexie } from 'dexie';
import { authorize, type Scope } from '../access';
import { isClosed, openPerson, sealPerson } from '../sealing';
import { newRecordFields, touched } from '../stamp';
import { renameInMemberships } from './memberships';
import { appendAudit } from './audit';

export const SEARCH_LIMIT = 50;

/**
 * People whose words start with what was typed, found through the search-token index so it stays
 * fast at 100,000 people; the first word narrows through the index, the rest filter in memory.
 */
export async function searchPeople(scope: Scope, text: string, limit = SEARCH_LIMIT): Promise<Person[]> {
  authorize(scope, 'view');
  const { db } = scope;
  const query = parsePeopleQuery(text);
  if (!query) return [];
  const found = await db.people
    .where('searchTokens')
    .startsWithAnyOf(query.indexPrefixes)
    .distinct()
    .filter((person) => !person.deletedAt && matchesAllWords(person.searchTokens, query.words))
    .limit(limit)
    .toArray();
  return found.sort((a, b) => compareText(fullName(a), fullName(b)));
}

/** A person, with the notes about them when the session holds the key (else without them). */
export async function getPerson(scope: Scope, id: PersonId): Promise<Person | undefined> {
  authorize(scope, 'view');
  const person = await scope.db.people.get(id);
  return person && openPerson(scope.keys, person);
}

export interface PersonMembership {
  membership: Membership;
  association: Association | undefined;
}

export async function membershipsOfPerson(scope: Scope, id: PersonId): Promise<PersonMembership[]> {
  authorize(scope, 'view');
  const { db } = scope;
  const memberships = (await db.memberships.where('personId').equals(id).toArray()).filter((m) => !m.deletedAt);
  const associations = await db.associations.bulkGet(memberships.map((m) => m.associationId));
  return memberships.map((membership, index) => ({ membership, association: associations[index] }));
}

export interface SavedPerson {
  person: Person;
  warnings: FieldProblem[];
}

/** Validates with the schema the importer uses, fills birth date and sex from the IIN, stores. */
export async function savePerson(scope: Scope, input: unknown, today: IsoDate, id?: PersonId): Promise<SavedPerson> {
  authorize(scope, 'edit');
  const { db } = scope;
  const parsed = personInputSchema(today).parse(input);
  const { fields, warnings } = completePerson(parsed, today);
  return db.transaction('rw', db.people, db.memberships, db.auditLog, async () => {
    const existing = id ? await db.people.get(id) : undefined;
    if (id && !existing) throw new Error('person not found');
    // The form holds the whole person: a field left empty there is cleared, not kept from before.
    const {
      createdAt,
      id: personId,
      author,
      updatedAt,
    } = existing ? touched(existing, scope.actor) : newRecordFields<PersonId>(scope.actor);
    const person: Person = {
      id: personId,
      createdAt,
      updatedAt,
      author,
      ...fields,
      searchTokens: personSearchTokens(fields),
      sortKey: personSortKey(fields),
    };
    // Notes sealed under a key this session lacks were not in its form: they stay as they were.
    const stored =
      existing?.sealed && isClosed(scope.keys, existing)
        ? { ...person, sealed: existing.sealed }
        : await Dexie.waitFor(sealPerson(scope.keys, person));
    await db.people.put(stored);
    if (existing && fullName(existing) !== fullName(person)) await renameInMemberships(scope, person);
    await appendAudit(scope, existing ? 'update' : 'create', { table: 'people', recordId: person.id });
    return { person, warnings };
  });
}

/**
 * People already stored that a new entry probably repeats: the same IIN, or the same name (in
 * either script: Zhanbyrbayev Yerzhan is Жанбырбаев Ержан) and birth date. The form offers them
 * instead of typing the person twice.
 */
export async function findExistingPeople(
  scope: Scope,
  fields: { iin?: string; surname?: string; givenName?: string; latinName?: string; birthDate?: string },
  exceptId?: PersonId,
): Promise<Person[]> {
  authorize(scope, 'view');
  const { db } = scope;
  const found = new Map<string, Person>();
  if (fields.iin)
    for (const person of await db.people.where('iin').equals(fields.iin).toArray()) found.set(person.id, person);
  if (fields.surname && fields.givenName && fields.birthDate) {
    const wanted = { surname: fields.surname, givenName: fields.givenName, birthDate: fields.birthDate };
    const key = personKey(wanted);
    const spellings = new Set(skeletonBirthKeys({ ...wanted, latinName: fields.latinName }));
    const surnames = nameSkeletons(nameWords(fields.surname)[0] ?? '');
    const sameSurname = surnames.length > 0 ? await db.people.where('searchTokens').anyOf(surnames).toArray() : [];
    for (const person of sameSurname)
      if (personKey(person) === key || skeletonBirthKeys(person).some((each) => spellings.has(each)))
        found.set(person.id, person);
  }
  return [...found.values()].filter((person) => !person.deletedAt && person.id !== exceptId);
}

export async function setPersonDeleted(scope: Scope, id: PersonId, deleted: boolean): Promise<void> {
  authorize(scope, 'edit');
  const { db } = scope;
  await db.transaction('rw', db.people, db.auditLog, async () => {
    const person = await db.people.get(id);
    if (!person) return;
    const next = touched(person, scope.actor);
    if (deleted) next.deletedAt = nowTimestamp();
    else delete next.deletedAt;
    await db.people.put(next);
    await appendAudit(scope, deleted ? 'delete' : 'restore-record', { table: 'people', recordId: id });
  });
}

/**
 * The ids of all live people in alphabetical order (surname, given name, patronymic), read from
 * the index without loading the records:
 * the virtualised list fetches only the rows on screen.
 */
export async function peopleIdsAlphabetical(scope: Scope): Promise<PersonId[]> {
  authorize(scope, 'view');
  const { db } = scope;
  const [ids, deleted] = await Promise.all([
    db.people.orderBy('sortKey').primaryKeys(),
    db.people.where('deletedAt').above('').primaryKeys(),
  ]);
  if (deleted.length === 0) return ids;
  const gone = new Set(deleted);
  return ids.filter((id) => !gone.has(id));
}

/**
 * The ids of live people without an IIN (an import or the form left it to complete), in
 * alphabetical order: the people with one are read from the IIN index, which has no entry for a
 * person without it, so no record is loaded.
 */
export async function peopleIdsWithoutIin(scope: Scope): Promise<PersonId[]> {
  authorize(scope, 'view');
  const { db } = scope;
  const [ids, withIin, deleted] = await Promise.all([
    db.people.orderBy('sortKey').primaryKeys(),
    db.people.where('iin').above('').primaryKeys(),
    db.people.where('deletedAt').above('').primaryKeys(),
  ]);
  const left = new Set([...withIin, ...deleted]);
  return ids.filter((id) => !left.has(id));
}

export async function peopleByIds(scope: Scope, ids: readonly PersonId[]): Promise<Person[]> {
  authorize(scope, 'view');
  const { db } = scope;
  const found = (await db.people.bulkGet([...ids])).filter((person): person is Person => person !== undefined);
  return openedForList(scope, found);
}

function openedForList(scope: Scope, people: Person[]): Promise<Person[]> | Person[] {
  return people.some((person) => person.sealed)
    ? Promise.all(people.map((person) => openPerson(scope.keys, person)))
    : people;
}

/** Every live person, for the duplicate search that has to compare them all. */
export async function allLivePeople(scope: Scope): Promise<Person[]> {
  authorize(scope, 'view');
  const { db } = scope;
  return (await db.people.toArray()).filter((person) => !person.deletedAt);
}

/**
 * What the people list shows the moment it opens: the first live people in alphabetical order.
 * One index read of a page and a margin (deleted people are few) instead of a filtered cursor,
 * whose hundred steps would each wait behind whatever else is reading the database; the count
 * comes apart, as an index count over 100,000 records takes a few hundred milliseconds.
 */
export async function peopleFirstPage(scope: Scope, size = 100): Promise<Person[]> {
  authorize(scope, 'view');
  const { db } = scope;
  const read = await db.people
    .orderBy('sortKey')
    .limit(size * 2)
    .toArray();
  const live = read.filter((person) => !person.deletedAt);
  if (live.length >= size || read.length < size * 2) return openedForList(scope, live.slice(0, size));
  const first = await db.people
    .orderBy('sortKey')
    .filter((person) => !person.deletedAt)
    .limit(size)
    .toArray();
  return openedForList(scope, first);
}

/** How many live people the office has: two index counts, no record read. */
export async function livePeopleCount(scope: Scope): Promise<number> {
  authorize(scope, 'view');
  const { db } = scope;
  const [all, deleted] = await Promise.all([db.people.count(), db.people.where('deletedAt').above('').count()]);
  return all - deleted;
}
