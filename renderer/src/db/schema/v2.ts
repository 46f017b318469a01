import type { Transaction } from 'dexie';
import type { Person } from '@shared/model/records';
import { personSearchTokens } from '@shared/people/search';

/**
 * Version 2: search as you type over people. A multi-entry index of normalised words (names with
 * Kazakh letters folded to Russian ones, the IIN, the phone) answers a prefix query in milliseconds
 * where scanning 100,000 people takes seconds.
 */
export const v2Stores = {
  people: 'id, iin, surname, placeId, updatedAt, deletedAt, *searchTokens',
} as const;

export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<Person, string>('people')
    .toCollection()
    .modify((person) => {
      person.searchTokens = personSearchTokens(person);
    });
}
