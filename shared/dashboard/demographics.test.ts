import { describe, expect, it } from 'vitest';
import { composeIin } from '../identity/iin';
import type { Sex } from '../model/records';
import { ageBand, ageBandLimits, ageBands, birthDateOf, personFacts, sexOf } from './demographics';

const TODAY = '2026-11-21';

function iinFor(birthDate: string, sex: Sex): string {
  for (let serial = 1; serial < 100; serial++) {
    const iin = composeIin(birthDate, sex, serial);
    if (iin) return iin;
  }
  throw new Error('no IIN');
}

describe('age bands', () => {
  it.each([
    ['2026-11-21', 'child'],
    ['2012-11-22', 'child'], // 13, turns 14 tomorrow
    ['2012-11-21', 'youth'], // 14 today
    ['1991-11-22', 'youth'], // 34, the day before the 35th birthday
    ['1991-11-21', 'adult'], // 35 today
    ['1966-11-22', 'adult'], // 59
    ['1966-11-21', 'senior'], // 60 today
    ['1926-01-01', 'senior'],
  ] as const)('born %s is %s on 21.11.2026', (birthDate, band) => {
    expect(ageBand(birthDate, TODAY)).toBe(band);
  });

  it('counts a 29 February birthday from 1 March in other years', () => {
    expect(ageBand('2012-02-29', '2026-02-28')).toBe('child');
    expect(ageBand('2012-02-29', '2026-03-01')).toBe('youth');
    expect(ageBand('2012-02-29', '2028-02-29')).toBe('youth');
  });

  it('says unknown for no birth date or one after the day', () => {
    expect(ageBand(undefined, TODAY)).toBe('unknown');
    expect(ageBand('2026-11-22', TODAY)).toBe('unknown');
  });

  it('has bands that follow each other with no gap, in chart order', () => {
    ageBandLimits.forEach((limit, at) => {
      const next = ageBandLimits[at + 1];
      if (next) expect(next.from).toBe((limit.to ?? NaN) + 1);
      expect(ageBands[at]).toBe(limit.band);
    });
    expect(ageBandLimits[0]?.from).toBe(0);
    expect(ageBands.at(-1)).toBe('unknown');
  });
});

describe('sex and birth date from the IIN', () => {
  it.each([
    ['1985-05-12', 'male'],
    ['1985-05-12', 'female'],
    ['2004-02-29', 'male'],
    ['2004-02-29', 'female'],
    ['1899-12-31', 'female'],
  ] as const)('reads born %s, %s from the seventh digit of a valid IIN', (birthDate, sex) => {
    const iin = iinFor(birthDate, sex);
    expect(sexOf({ iin }, TODAY)).toBe(sex);
    expect(birthDateOf({ iin }, TODAY)).toBe(birthDate);
  });

  it('trusts a valid IIN over what was typed on the card', () => {
    const iin = iinFor('1990-01-01', 'female');
    expect(personFacts({ iin, sex: 'male', birthDate: '1991-02-02' }, TODAY)).toEqual({
      birthDate: '1990-01-01',
      sex: 'female',
    });
  });

  it('falls back to the card when the IIN is invalid or missing', () => {
    const valid = iinFor('1990-01-01', 'female');
    const badChecksum = valid.slice(0, 11) + String((Number(valid[11]) + 1) % 10);
    expect(personFacts({ iin: badChecksum, sex: 'male', birthDate: '1991-02-02' }, TODAY)).toEqual({
      birthDate: '1991-02-02',
      sex: 'male',
    });
    expect(personFacts({ iin: '12345', sex: 'female' }, TODAY)).toEqual({ sex: 'female' });
    expect(personFacts({ birthDate: '1970-07-07' }, TODAY)).toEqual({ birthDate: '1970-07-07', sex: 'unknown' });
    expect(personFacts({}, TODAY)).toEqual({ sex: 'unknown' });
  });

  it('does not take an IIN that would be born after today', () => {
    const iin = iinFor('2026-12-01', 'male');
    expect(personFacts({ iin, sex: 'female' }, TODAY)).toEqual({ sex: 'female' });
    expect(sexOf({ iin }, '2026-12-01')).toBe('male');
  });
});
