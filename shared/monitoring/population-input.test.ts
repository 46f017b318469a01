import { describe, expect, it } from 'vitest';
import { problemsOf } from '../validation/issues';
import { populationInputSchema } from './population-input';

const problems = (input: unknown) => {
  const parsed = populationInputSchema('2026-11-30').safeParse(input);
  return parsed.success ? [] : problemsOf(parsed.error).map((problem) => [problem.field, problem.code]);
};

describe('population typed in by hand', () => {
  it('takes a settlement, a year and a count per ethnos', () => {
    expect(problems({ placeId: '314832600', year: 2026, byEthnicGroup: { kurds: 1200, kazakhs: 700 } })).toEqual([]);
  });

  it('needs at least one count, a year not to come, and a total not below the counts', () => {
    expect(problems({ placeId: '314832600', year: 2026, byEthnicGroup: {} })).toEqual([['byEthnicGroup', 'required']]);
    expect(problems({ placeId: '314832600', year: 2027, byEthnicGroup: { kurds: 1 } })).toEqual([
      ['year', 'year_invalid'],
    ]);
    expect(problems({ placeId: '314832600', year: 2026, byEthnicGroup: { kurds: 10 }, total: 5 })).toEqual([
      ['total', 'total_below_sum'],
    ]);
    expect(problems({ placeId: '', year: 2026, byEthnicGroup: { kurds: 1 } })).toEqual([['placeId', 'required']]);
  });
});
