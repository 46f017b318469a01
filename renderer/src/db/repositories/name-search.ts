import type { Council, KelisimEvent, WorkingGroup } from '@shared/model/records';
import { foldForSearch } from '@shared/text/search-normalize';
import { matchesName } from '@shared/text/name-in';
import { authorize, type Scope } from '../access';

/** How many of each kind the search lists: enough to pick from, few enough to read. */
export const NAMED_RESULTS = 8;

export interface NamedRecords {
  events: KelisimEvent[];
  workingGroups: WorkingGroup[];
  councils: Council[];
}

/**
 * Events, working groups and councils whose name in either language holds the text (see
 * matchesName): the latest events first. Names carry no index (the fields are optional and were
 * added without a schema version), so the tables are read in memory; events through the start
 * index, newest first, stopping at the first few found.
 */
export async function searchNamedRecords(scope: Scope, text: string): Promise<NamedRecords> {
  authorize(scope, 'view');
  const empty: NamedRecords = { events: [], workingGroups: [], councils: [] };
  if (foldForSearch(text).length < 2) return empty;
  const { db } = scope;
  const found = <T extends { deletedAt?: string }>(record: T & Parameters<typeof matchesName>[1]) =>
    !record.deletedAt && matchesName(text, record);
  const [events, workingGroups, councils] = await Promise.all([
    db.events.orderBy('start').reverse().filter(found).limit(NAMED_RESULTS).toArray(),
    db.workingGroups.filter(found).limit(NAMED_RESULTS).toArray(),
    db.councils.filter(found).limit(NAMED_RESULTS).toArray(),
  ]);
  return { events, workingGroups, councils };
}
