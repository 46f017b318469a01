import type { Transaction } from 'dexie';
import type { Membership, Person } from '@shared/model/records';
import { fullName } from '@shared/people/search';

/**
 * Version 4, from what the first benchmark at 100,000 people showed:
 * - people lose the indexes no screen queries (place, last change): every index is paid for on
 *   each write, and a 50,000-row member list writes 50,000 people;
 * - memberships carry the member's name, so a card of thousands of members sorts and opens
 *   without reading every person, and are indexed by the date a member left, so member counts
 *   are index counts.
 */
export const v4Stores = {
  people: 'id, iin, surname, deletedAt, *searchTokens',
  memberships: 'id, personId, associationId, deletedAt, leftOn',
} as const;

export async function upgradeToV4(tx: Transaction): Promise<void> {
  const memberships = tx.table<Membership, string>('memberships');
  const all = await memberships.toArray();
  const people = await tx.table<Person, string>('people').bulkGet([...new Set(all.map((m) => m.personId))]);
  const names = new Map(people.filter((p) => p !== undefined).map((person) => [person.id, fullName(person)]));
  await memberships.bulkPut(
    all.map((membership) => ({ ...membership, personName: names.get(membership.personId) ?? '' })),
  );
}
