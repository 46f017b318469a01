import type { Transaction } from 'dexie';
import type { Person } from '@shared/model/records';
import { personSearchTokens } from '@shared/people/search';

/**
 * Version 13: names found in either script. The search index holds each name word as a name
 * skeleton (text/name-skeleton) instead of the folded Cyrillic word, so that a Latin query finds
 * a Cyrillic name and the other way round; the index is the same, the keys of every stored person
 * are computed anew.
 */
export const v13Stores = {} as const;

export async function upgradeToV13(tx: Transaction): Promise<void> {
  await tx
    .table<Person, string>('people')
    .toCollection()
    .modify((person) => {
      person.searchTokens = personSearchTokens(person);
    });
}
