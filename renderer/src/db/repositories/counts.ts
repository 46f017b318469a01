import type { Table } from 'dexie';
import { authorize, type Scope } from '../access';

type SoftDeletable = { deletedAt?: string };

/**
 * Records not deleted. Deleted ones are the few with `deletedAt` set, which that index holds
 * alone, so this is two index counts and never a scan of the table.
 */
export async function countLive<T extends SoftDeletable, K, I>(table: Table<T, K, I>): Promise<number> {
  const [all, deleted] = await Promise.all([table.count(), table.where('deletedAt').above('').count()]);
  return all - deleted;
}

/** Live records whose indexed field matches: an index count less the (few) deleted matches. */
async function countLiveWhere<T extends SoftDeletable, K, I>(
  table: Table<T, K, I>,
  matches: (table: Table<T, K, I>) => Promise<number>,
  isMatch: (record: T) => boolean,
): Promise<number> {
  const [all, deleted] = await Promise.all([matches(table), table.where('deletedAt').above('').toArray()]);
  return all - deleted.filter(isMatch).length;
}

export interface RegisterCounts {
  people: number;
  associations: number;
  memberships: number;
  events: number;
  eventsHeld: number;
  receptions: number;
  underControl: number;
  workingGroups: number;
  visits: number;
}

export async function registerCounts(scope: Scope): Promise<RegisterCounts> {
  authorize(scope, 'view');
  const { db } = scope;
  const [people, associations, memberships, events, eventsHeld, receptions, underControl, workingGroups, visits] =
    await Promise.all([
      countLive(db.people),
      countLive(db.associations),
      countLive(db.memberships),
      countLive(db.events),
      countLiveWhere(
        db.events,
        (table) => table.where('status').equals('held').count(),
        (event) => event.status === 'held',
      ),
      countLive(db.receptions),
      countLiveWhere(
        db.receptions,
        (table) => table.where('openControlDue').above('').count(),
        (reception) => Boolean(reception.openControlDue),
      ),
      countLive(db.workingGroups),
      countLive(db.visits),
    ]);
  return { people, associations, memberships, events, eventsHeld, receptions, underControl, workingGroups, visits };
}
