import type { BaseRecord } from '@shared/model/records';
import { nowTimestamp } from '@/lib/clock';
import { currentAuthor } from './session';

/** Fields a new record starts with. */
export function newRecordFields<Id extends string>(): BaseRecord<Id> {
  const now = nowTimestamp();
  return { id: crypto.randomUUID() as Id, createdAt: now, updatedAt: now, author: currentAuthor() };
}

/** The same record marked as changed now by the current operator. */
export function touched<T extends BaseRecord<string>>(record: T): T {
  return { ...record, updatedAt: nowTimestamp(), author: currentAuthor() };
}
