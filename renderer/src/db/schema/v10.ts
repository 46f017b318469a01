import type { Transaction } from 'dexie';
import type { Person } from '@shared/model/records';
import { personSortKey } from '@shared/text/sort-key';

/**
 * Version 10: people listed in alphabetical order. The surname index keeps Unicode order, which
 * puts «Ілияс» before «Ахметов» and «Әбілов» after «Яковлев»; `sortKey` is the name as a collation
 * key whose Unicode order is the Kazakh (and Russian) alphabet's, and the list reads that index.
 */
export const v10Stores = {
  people: 'id, iin, surname, sortKey, deletedAt, *searchTokens, unsealed',
} as const;

export async function upgradeToV10(tx: Transaction): Promise<void> {
  await tx
    .table<Person, string>('people')
    .toCollection()
    .modify((person) => {
      person.sortKey = personSortKey(person);
    });
}
