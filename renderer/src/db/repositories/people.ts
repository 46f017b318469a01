import type { PersonId } from '@shared/model/ids';
import type { Association, Membership, Person } from '@shared/model/records';
import { fullName, matchesAllWords, parsePeopleQuery } from '@shared/people/search';
import type { KelisimDb } from '../db';

export const SEARCH_LIMIT = 50;

/**
 * People whose words start with what was typed, found through the search-token index so it stays
 * fast at 100,000 people; the first word narrows through the index, the rest filter in memory.
 */
export async function searchPeople(db: KelisimDb, text: string, limit = SEARCH_LIMIT): Promise<Person[]> {
  const query = parsePeopleQuery(text);
  if (!query) return [];
  const found = await db.people
    .where('searchTokens')
    .startsWithAnyOf(query.indexPrefixes)
    .distinct()
    .filter((person) => !person.deletedAt && matchesAllWords(person.searchTokens, query.words))
    .limit(limit)
    .toArray();
  return found.sort((a, b) => fullName(a).localeCompare(fullName(b), 'ru'));
}

export function getPerson(db: KelisimDb, id: PersonId): Promise<Person | undefined> {
  return db.people.get(id);
}

export interface PersonMembership {
  membership: Membership;
  association: Association | undefined;
}

export async function membershipsOfPerson(db: KelisimDb, id: PersonId): Promise<PersonMembership[]> {
  const memberships = (await db.memberships.where('personId').equals(id).toArray()).filter((m) => !m.deletedAt);
  const associations = await db.associations.bulkGet(memberships.map((m) => m.associationId));
  return memberships.map((membership, index) => ({ membership, association: associations[index] }));
}
