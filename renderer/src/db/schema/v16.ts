import type { Transaction } from 'dexie';
import type { Membership } from '@shared/model/records';
import { membershipListKey } from '@shared/people/search';

/**
 * Version 16: an association's members found in list order. Each membership keeps its place in
 * the list (`listKey`: the role's rank, then the name's collation key), and the index on the
 * association and that key lets a card of 7,000 members show its first rows from one short read.
 */
export const v16Stores = {
  memberships: 'id, personId, associationId, deletedAt, leftOn, [associationId+listKey]',
} as const;

export async function upgradeToV16(tx: Transaction): Promise<void> {
  await tx
    .table<Membership, string>('memberships')
    .toCollection()
    .modify((membership) => {
      membership.listKey = membershipListKey(membership);
    });
}
