import { describe, expect, it } from 'vitest';
import type { Reception } from '../model/records';
import { groupJournal } from './journal';

type Row = Pick<Reception, 'date' | 'officialId' | 'visitId' | 'topicCode' | 'outcome' | 'createdAt'>;
const row = (date: string, topicCode: string, outcome: Reception['outcome'], officialId?: string): Row =>
  ({ date, topicCode, outcome, createdAt: `${date}T10:00:00Z`, ...(officialId ? { officialId } : {}) }) as Row;

const rows = [
  row('2026-11-02', 'land', 'control', 'p1'),
  row('2026-11-05', 'housing', 'explained', 'p1'),
  row('2026-11-05', 'land', 'declined'),
  row('2026-11-03', 'land', 'explained', 'p2'),
];

describe('the reception journal', () => {
  it('by date: the newest day first', () => {
    expect(groupJournal(rows, 'date').map((g) => [g.key, g.items.length])).toEqual([
      ['2026-11-05', 2],
      ['2026-11-03', 1],
      ['2026-11-02', 1],
    ]);
  });

  it('by topic: the busiest first, newest receptions first within', () => {
    const groups = groupJournal(rows, 'topic');
    expect(groups.map((g) => g.key)).toEqual(['land', 'housing']);
    expect(groups[0]?.items.map((r) => r.date)).toEqual(['2026-11-05', '2026-11-03', '2026-11-02']);
  });

  it('by outcome in the order reports use, by official with the unnamed last', () => {
    expect(groupJournal(rows, 'outcome').map((g) => g.key)).toEqual(['explained', 'control', 'declined']);
    expect(groupJournal(rows, 'official').map((g) => g.key)).toEqual(['p1', 'p2', '']);
  });
});
