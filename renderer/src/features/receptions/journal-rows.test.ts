import { describe, expect, it } from 'vitest';
import type { ReceptionId } from '@shared/model/ids';
import type { Reception } from '@shared/model/records';
import { journalGroupLabel, journalRows, type GroupNames } from './journal-rows';

const reception = (id: string, date: string, fields: Partial<Reception> = {}): Reception => ({
  id: id as ReceptionId,
  createdAt: `${date}T05:00:00.000Z`,
  updatedAt: `${date}T05:00:00.000Z`,
  author: 'operator',
  date,
  topicCode: 'land',
  outcome: 'explained',
  confidential: false,
  ...fields,
});

const names: GroupNames = {
  noGroup: 'Не указано',
  date: (date) => `day ${date}`,
  person: (id) => (id === 'p1' ? 'Ахметова Гульнар' : ''),
  visit: new Map([['v1', 'Группа №1 · Музбел · 02.11.2026']]),
  topic: (code) => (code === 'land' ? 'Земельный вопрос' : code),
  outcome: (outcome) => `outcome ${outcome}`,
};

describe('the journal as one list of lines', () => {
  it('puts each group heading, with its count, before its receptions', () => {
    const rows = journalRows(
      [reception('a', '2026-12-01'), reception('b', '2026-12-02'), reception('c', '2026-12-01')],
      'date',
    );
    expect(rows.map((row) => (row.kind === 'group' ? `${row.key}:${row.count}` : row.reception.id))).toEqual([
      '2026-12-02:1',
      'b',
      '2026-12-01:2',
      expect.stringMatching(/^[ac]$/),
      expect.stringMatching(/^[ac]$/),
    ]);
  });

  it('is empty for no receptions', () => {
    expect(journalRows([], 'topic')).toEqual([]);
  });

  it('heads each group with what its receptions share', () => {
    expect(journalGroupLabel('', 'official', names)).toBe('Не указано');
    expect(journalGroupLabel('2026-12-01', 'date', names)).toBe('day 2026-12-01');
    expect(journalGroupLabel('p1', 'official', names)).toBe('Ахметова Гульнар');
    // A name still being read.
    expect(journalGroupLabel('p2', 'official', names)).toBe('…');
    expect(journalGroupLabel('v1', 'visit', names)).toBe('Группа №1 · Музбел · 02.11.2026');
    expect(journalGroupLabel('v2', 'visit', names)).toBe('…');
    expect(journalGroupLabel('land', 'topic', names)).toBe('Земельный вопрос');
    expect(journalGroupLabel('gone', 'topic', names)).toBe('gone');
    expect(journalGroupLabel('helped', 'outcome', names)).toBe('outcome helped');
  });
});
