import { describe, expect, it } from 'vitest';
import type { MediationCase } from '../model/records';
import { problemsOf } from '../validation/issues';
import { exportableRecords } from './confidential';
import {
  councilInputSchema,
  mediationByTypeAndResult,
  mediationCaseFields,
  mediationCaseInputSchema,
} from './mediation';

const TODAY = '2026-11-30';

describe('a mediation case entered in its form', () => {
  it('keeps the named parties, is confidential by default and may still be open', () => {
    const parsed = mediationCaseInputSchema(TODAY).parse({
      date: '2026-11-20',
      parties: ['  семья Ахметовых ', '', 'семья   Ли'],
      disputeType: 'household',
      councilId: 'council-1',
      result: '',
    });
    expect(mediationCaseFields(parsed)).toEqual({
      date: '2026-11-20',
      parties: ['семья Ахметовых', 'семья Ли'],
      disputeType: 'household',
      councilId: 'council-1',
      confidential: true,
    });
  });

  it('needs a date not in the future, a party, a type, and a mediator or a council', () => {
    const result = mediationCaseInputSchema(TODAY).safeParse({ date: '2026-12-01', parties: [' '], disputeType: 'x' });
    expect(result.success ? [] : problemsOf(result.error).map((problem) => `${problem.field}:${problem.code}`)).toEqual(
      ['date:date_future', 'parties:required', 'disputeType:required'],
    );
    const noMediator = mediationCaseInputSchema(TODAY).safeParse({
      date: '2026-11-20',
      parties: ['жители ул. Абая'],
      disputeType: 'land',
    });
    expect(noMediator.success ? [] : problemsOf(noMediator.error)).toEqual([
      { field: 'mediatorId', code: 'mediator_required' },
    ]);
  });
});

describe('a council', () => {
  it('is one of the five kinds, with each member once', () => {
    expect(
      councilInputSchema.parse({ name: 'Совет биев Кордайского района', kind: 'biys', memberIds: ['p1', 'p2', 'p1'] }),
    ).toEqual({ name: 'Совет биев Кордайского района', kind: 'biys', memberIds: ['p1', 'p2'] });
    expect(councilInputSchema.safeParse({ name: 'Совет', kind: 'elders' }).success).toBe(false);
  });
});

describe('mediation by type and result', () => {
  const item = (date: string, disputeType: MediationCase['disputeType'], result?: MediationCase['result']) => ({
    date,
    disputeType,
    ...(result ? { result } : {}),
  });

  it('counts the cases of the period per type, every type shown, open cases apart', () => {
    const bars = mediationByTypeAndResult(
      [
        item('2026-01-01', 'household', 'reconciled'),
        item('2026-03-31', 'household', 'reconciled'),
        item('2026-02-10', 'household', 'not_reconciled'),
        item('2026-02-11', 'land', 'referred'),
        item('2026-03-01', 'interethnic'),
        item('2025-12-31', 'family', 'reconciled'),
        item('2026-04-01', 'family', 'reconciled'),
        { ...item('2026-02-01', 'other', 'reconciled'), deletedAt: '2026-02-02T00:00:00Z' },
      ],
      { from: '2026-01-01', to: '2026-03-31' },
    );
    expect(bars).toEqual([
      { disputeType: 'household', reconciled: 2, not_reconciled: 1, referred: 0, open: 0, total: 3 },
      { disputeType: 'land', reconciled: 0, not_reconciled: 0, referred: 1, open: 0, total: 1 },
      { disputeType: 'interethnic', reconciled: 0, not_reconciled: 0, referred: 0, open: 1, total: 1 },
      { disputeType: 'family', reconciled: 0, not_reconciled: 0, referred: 0, open: 0, total: 0 },
      { disputeType: 'other', reconciled: 0, not_reconciled: 0, referred: 0, open: 0, total: 0 },
    ]);
  });
});

describe('confidential monitoring records in an export', () => {
  const records = [
    { id: 'open', confidential: false },
    { id: 'secret', confidential: true },
    { id: 'gone', confidential: false, deletedAt: '2026-01-01T00:00:00Z' },
  ];

  it('are left out and counted unless the user includes them', () => {
    expect(exportableRecords(records, false)).toEqual({ rows: [records[0]], leftOut: 1 });
    expect(exportableRecords(records, true)).toEqual({ rows: [records[0], records[1]], leftOut: 0 });
  });
});
