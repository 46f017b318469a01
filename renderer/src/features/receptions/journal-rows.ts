import type { Reception } from '@shared/model/records';
import { groupJournal, type JournalGrouping } from '@shared/receptions/journal';

export type JournalRow = { kind: 'group'; key: string; count: number } | { kind: 'row'; reception: Reception };

/** The grouped journal as the lines of one scrolling list: each group's heading, then its receptions. */
export function journalRows(receptions: readonly Reception[], grouping: JournalGrouping): JournalRow[] {
  const rows: JournalRow[] = [];
  for (const group of groupJournal(receptions, grouping)) {
    rows.push({ kind: 'group', key: group.key, count: group.items.length });
    for (const reception of group.items) rows.push({ kind: 'row', reception });
  }
  return rows;
}

export interface GroupNames {
  noGroup: string;
  date: (date: string) => string;
  person: (id: string) => string;
  visit: ReadonlyMap<string, string>;
  topic: (code: string) => string;
  outcome: (outcome: Reception['outcome']) => string;
}

/** A group's heading: its date, official, visit, topic or outcome; '…' while a name is still being read. */
export function journalGroupLabel(key: string, grouping: JournalGrouping, names: GroupNames): string {
  if (!key) return names.noGroup;
  if (grouping === 'date') return names.date(key);
  if (grouping === 'official') return names.person(key) || '…';
  if (grouping === 'visit') return names.visit.get(key) ?? '…';
  if (grouping === 'topic') return names.topic(key);
  return names.outcome(key as Reception['outcome']);
}
