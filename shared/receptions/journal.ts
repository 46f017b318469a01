import { receptionOutcomes, type Reception } from '../model/records';

export const journalGroupings = ['date', 'official', 'visit', 'topic', 'outcome'] as const;
export type JournalGrouping = (typeof journalGroupings)[number];

export interface JournalGroup<T> {
  /** The date, official id, visit id, topic code or outcome; '' when the reception does not say. */
  key: string;
  items: T[];
}

type Groupable = Pick<Reception, 'date' | 'officialId' | 'visitId' | 'topicCode' | 'outcome' | 'createdAt'>;

const keyOf: Record<JournalGrouping, (reception: Groupable) => string> = {
  date: (reception) => reception.date,
  official: (reception) => reception.officialId ?? '',
  visit: (reception) => reception.visitId ?? '',
  topic: (reception) => reception.topicCode,
  outcome: (reception) => reception.outcome,
};

/**
 * The journal seen by date (newest day first), by official, visit or topic (the busiest first), or
 * by outcome (in the order reports list them). Receptions with nothing to group by come last, and
 * within a group the newest come first.
 */
export function groupJournal<T extends Groupable>(receptions: readonly T[], by: JournalGrouping): JournalGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const reception of receptions) {
    const key = keyOf[by](reception);
    const items = groups.get(key);
    if (items) items.push(reception);
    else groups.set(key, [reception]);
  }
  const result = [...groups.entries()].map(([key, items]) => ({
    key,
    items: items.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)),
  }));
  const order =
    by === 'date'
      ? (a: JournalGroup<T>, b: JournalGroup<T>) => b.key.localeCompare(a.key)
      : by === 'outcome'
        ? (a: JournalGroup<T>, b: JournalGroup<T>) =>
            receptionOutcomes.indexOf(a.key as never) - receptionOutcomes.indexOf(b.key as never)
        : (a: JournalGroup<T>, b: JournalGroup<T>) => b.items.length - a.items.length || a.key.localeCompare(b.key);
  return result.sort((a, b) => Number(a.key === '') - Number(b.key === '') || order(a, b));
}
