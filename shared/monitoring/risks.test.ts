import { describe, expect, it } from 'vitest';
import type { PlaceId, ReceptionId } from '../model/ids';
import type { Reception, TensionRisk } from '../model/records';
import { problemsOf } from '../validation/issues';
import {
  changeLevel,
  levelOn,
  reviewOverdue,
  riskFields,
  riskFromReception,
  riskInputSchema,
  riskRegister,
  risksByLevelAndDistrict,
  type RiskInput,
} from './risks';

const TODAY = '2026-11-30';
const districtOf = (placeId: string | undefined) => (placeId ? `${placeId.slice(0, 4)}00000` : '');

const input = (overrides: Partial<RiskInput> = {}): RiskInput =>
  riskInputSchema(TODAY).parse({
    placeId: '314847100',
    description: 'Спор за пастбище между жителями двух улиц',
    groupIds: ['dungans', 'kazakhs'],
    source: 'focus_group',
    level: 'low',
    identifiedOn: '2026-01-10',
    nextReviewOn: '2026-12-01',
    ...overrides,
  });

/** A stored risk made the way the form makes it. */
function risk(name: string, overrides: Partial<RiskInput> = {}): TensionRisk & { name: string } {
  return {
    id: name as TensionRisk['id'],
    name,
    createdAt: '2026-01-10T05:00:00.000Z',
    updatedAt: '2026-01-10T05:00:00.000Z',
    author: 'Айгерим',
    ...riskFields(input(overrides), undefined, { on: '2026-01-10', author: 'Айгерим' }),
  };
}

describe('a risk entered in its form', () => {
  it('is confidential and watched unless said otherwise, with its first level in the history', () => {
    const stored = risk('a');
    expect(stored).toMatchObject({ confidential: true, status: 'watched', level: 'low', measureEventIds: [] });
    expect(stored.levelHistory).toEqual([{ on: '2026-01-10', to: 'low', author: 'Айгерим' }]);
  });

  it('needs a place, a description, a source, a level, and a review day while watched', () => {
    const result = riskInputSchema(TODAY).safeParse({ placeId: '', description: ' ', identifiedOn: '2026-01-10' });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(problemsOf(result.error).map((problem) => `${problem.field}:${problem.code}`)).toEqual([
        'placeId:required',
        'description:required',
        'source:required',
        'level:required',
      ]);
    const noReview = riskInputSchema(TODAY).safeParse({ ...input(), nextReviewOn: undefined });
    expect(noReview.success ? [] : problemsOf(noReview.error)).toEqual([{ field: 'nextReviewOn', code: 'required' }]);
    const resolved = riskInputSchema(TODAY).safeParse({ ...input(), status: 'resolved', nextReviewOn: '' });
    expect(resolved.success).toBe(true);
  });

  it('cannot be reviewed before it was identified, nor identified in the future', () => {
    const early = riskInputSchema(TODAY).safeParse({ ...input(), nextReviewOn: '2026-01-09' });
    expect(early.success ? [] : problemsOf(early.error)).toEqual([{ field: 'nextReviewOn', code: 'review_order' }]);
    const future = riskInputSchema(TODAY).safeParse({ ...input(), identifiedOn: '2026-12-01' });
    expect(future.success ? [] : problemsOf(future.error)).toEqual([{ field: 'identifiedOn', code: 'date_future' }]);
  });
});

describe('the level history', () => {
  it('gets an entry for each change, with who, when and why', () => {
    const raised = changeLevel(risk('a'), 'high', { on: '2026-03-31', author: 'Ерлан', note: 'Драка на свадьбе' });
    expect(raised.level).toBe('high');
    expect(raised.levelHistory.at(-1)).toEqual({
      on: '2026-03-31',
      from: 'low',
      to: 'high',
      author: 'Ерлан',
      note: 'Драка на свадьбе',
    });
    expect(changeLevel(raised, 'high', { on: '2026-04-01', author: 'Ерлан' })).toBe(raised);
  });

  it('is never dated before its last entry', () => {
    const raised = changeLevel(risk('a'), 'high', { on: '2026-03-31', author: 'Ерлан' });
    const lowered = changeLevel(raised, 'medium', { on: '2026-03-01', author: 'Ерлан' });
    expect(lowered.levelHistory.map((entry) => entry.on)).toEqual(['2026-01-10', '2026-03-31', '2026-03-31']);
  });

  it('grows when the form saves another level, and resolving dates the resolution', () => {
    const stored = risk('a');
    const edited = riskFields(input({ level: 'medium' }), stored, { on: '2026-02-01', author: 'Ерлан' });
    expect(edited.levelHistory.map((entry) => [entry.from, entry.to])).toEqual([
      [undefined, 'low'],
      ['low', 'medium'],
    ]);
    const resolved = riskFields(
      input({ level: 'medium', status: 'resolved' }),
      { ...stored, ...edited },
      {
        on: '2026-06-15',
        author: 'Ерлан',
      },
    );
    expect(resolved).toMatchObject({ status: 'resolved', resolvedOn: '2026-06-15' });
    expect(resolved.levelHistory).toHaveLength(2);
    const watchedAgain = riskFields(
      input({ level: 'medium' }),
      { ...stored, ...resolved },
      {
        on: '2026-07-01',
        author: 'Ерлан',
      },
    );
    expect(watchedAgain.resolvedOn).toBeUndefined();
  });
});

describe('a review that is due', () => {
  it('is overdue from the day after the review day, not on it', () => {
    const due = risk('a', { nextReviewOn: TODAY });
    expect(reviewOverdue(due, TODAY)).toBe(false);
    expect(reviewOverdue(due, '2026-12-01')).toBe(true);
    expect(reviewOverdue(risk('b', { nextReviewOn: '2026-11-29' }), TODAY)).toBe(true);
  });

  it('is never overdue for a resolved risk', () => {
    expect(reviewOverdue(risk('a', { status: 'resolved', nextReviewOn: '2026-01-31' }), TODAY)).toBe(false);
  });
});

describe('the register of risks', () => {
  it('puts high first, then overdue reviews, then the nearest review; resolved risks only on request', () => {
    const risks = [
      risk('low-overdue', { level: 'low', nextReviewOn: '2026-11-01' }),
      risk('high-later', { level: 'high', nextReviewOn: '2026-12-20' }),
      risk('medium-soon', { level: 'medium', nextReviewOn: '2026-12-02' }),
      risk('high-today', { level: 'high', nextReviewOn: TODAY }),
      risk('high-overdue', { level: 'high', nextReviewOn: '2026-11-20' }),
      risk('medium-overdue', { level: 'medium', nextReviewOn: '2026-11-29' }),
      risk('high-resolved', { level: 'high', status: 'resolved' }),
      { ...risk('high-deleted', { level: 'high', nextReviewOn: '2026-01-11' }), deletedAt: '2026-02-01T00:00:00Z' },
    ];
    expect(riskRegister(risks, TODAY).map((entry) => entry.name)).toEqual([
      'high-overdue',
      'high-today',
      'high-later',
      'medium-overdue',
      'medium-soon',
      'low-overdue',
    ]);
    expect(riskRegister(risks, TODAY, { includeResolved: true }).at(-1)?.name).toBe('high-resolved');
  });
});

describe('risks over time', () => {
  // Identified low on 10 January, high from 31 March, medium from 10 April, resolved on 15 May.
  const masanchi = (() => {
    let stored: TensionRisk = risk('masanchi');
    stored = changeLevel(stored, 'high', { on: '2026-03-31', author: 'Ерлан' });
    stored = changeLevel(stored, 'medium', { on: '2026-04-10', author: 'Ерлан' });
    return { ...stored, status: 'resolved' as const, resolvedOn: '2026-05-15' };
  })();
  const shu = risk('shu', { placeId: '316621100' as PlaceId, level: 'high', identifiedOn: '2026-02-15' });

  it('take the level a risk had at the end of a day', () => {
    expect(levelOn(masanchi, '2026-01-09')).toBeNull();
    expect(levelOn(masanchi, '2026-01-10')).toBe('low');
    expect(levelOn(masanchi, '2026-03-30')).toBe('low');
    expect(levelOn(masanchi, '2026-03-31')).toBe('high');
    expect(levelOn(masanchi, '2026-05-14')).toBe('medium');
    expect(levelOn(masanchi, '2026-05-15')).toBeNull();
  });

  it('are counted at each month end by district and level', () => {
    const bars = risksByLevelAndDistrict([masanchi, shu], districtOf, [
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
    ]);
    expect(bars.map((bar) => [bar.month, bar.districtId, bar.low, bar.medium, bar.high])).toEqual([
      ['2026-01', '314800000', 1, 0, 0],
      ['2026-01', '316600000', 0, 0, 0],
      ['2026-02', '314800000', 1, 0, 0],
      ['2026-02', '316600000', 0, 0, 1],
      ['2026-03', '314800000', 0, 0, 1],
      ['2026-03', '316600000', 0, 0, 1],
      ['2026-04', '314800000', 0, 1, 0],
      ['2026-04', '316600000', 0, 0, 1],
      ['2026-05', '314800000', 0, 0, 0],
      ['2026-05', '316600000', 0, 0, 1],
    ]);
  });
});

describe('a risk from a reception', () => {
  const reception: Pick<Reception, 'id' | 'date' | 'placeId' | 'topicCode' | 'summary'> = {
    id: 'r-1' as ReceptionId,
    date: '2026-11-25',
    placeId: '314854100' as Reception['placeId'],
    topicCode: 'interethnic',
    summary: 'Жители жалуются на конфликт подростков у школы',
  };

  it('is prefilled from a reception on inter-ethnic relations', () => {
    const draft = riskFromReception(reception, TODAY);
    expect(draft).toEqual({
      placeId: '314854100',
      description: 'Жители жалуются на конфликт подростков у школы',
      groupIds: [],
      source: 'reception',
      level: 'medium',
      identifiedOn: '2026-11-25',
      status: 'watched',
      nextReviewOn: '2026-12-30',
      measureEventIds: [],
      confidential: true,
      originReceptionId: 'r-1',
    });
    expect(riskInputSchema(TODAY).safeParse(draft).success).toBe(true);
  });

  it('is not offered for any other topic', () => {
    expect(riskFromReception({ ...reception, topicCode: 'land' }, TODAY)).toBeNull();
  });
});
