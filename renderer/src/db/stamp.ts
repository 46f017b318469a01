import type { BaseRecord } from '@shared/model/records';
import { nowTimestamp } from '@/lib/clock';
import { authorOf, type Actor } from './access';

/** A fresh key for a new record of any table: the one place a random UUID becomes an id. */
export function newId<Id extends string>(): Id {
  return crypto.randomUUID() as Id;
}

/** Fields a new record starts with. */
export function newRecordFields<Id extends string>(actor: Actor): BaseRecord<Id> {
  const now = nowTimestamp();
  return { id: newId<Id>(), createdAt: now, updatedAt: now, author: authorOf(actor) };
}

/** The same record marked as changed now by whoever is acting. */
export function touched<T extends BaseRecord<string>>(record: T, actor: Actor): T {
  return { ...record, updatedAt: nowTimestamp(), author: authorOf(actor) };
}
