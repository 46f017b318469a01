import { describe, expect, it } from 'vitest';
import { checkIin, composeIin } from './iin';
import { checkBin } from './bin';
import { checkDigit } from './check-digit';

const TODAY = '2026-11-21';

describe('IIN', () => {
  it.each([
    ['900101300126', '1990-01-01', 'male'],
    ['850731400453', '1985-07-31', 'female'],
    ['051212500780', '2005-12-12', 'male'],
    ['880515400902', '1988-05-15', 'female'],
    ['061211600012', '2006-12-11', 'female'],
  ])('accepts %s and reads birth date %s and sex %s from it', (iin, birthDate, sex) => {
    expect(checkIin(iin, TODAY)).toEqual({ ok: true, iin, facts: { birthDate, sex } });
  });

  it('uses the second pass of weights when the first gives 10', () => {
    expect(checkDigit('88051540090')).toBe(2);
  });

  it('has no check digit where both passes give 10', () => {
    expect(checkDigit('88051540094')).toBeNull();
  });

  it.each([
    ['900101300127', 'checksum'],
    ['90010130012', 'format'],
    ['9001013001261', 'format'],
    ['90010130012a', 'format'],
    ['900231300126', 'date'],
    ['901301300126', 'date'],
    ['900101700126', 'century'],
    ['900101000126', 'century'],
  ] as const)('refuses %s as %s', (iin, problem) => {
    expect(checkIin(iin, TODAY)).toEqual({ ok: false, problem });
  });

  it('refuses a birth date after today', () => {
    const tomorrow = composeIin('2026-11-22', 'male', 1);
    expect(tomorrow).not.toBeNull();
    expect(checkIin(tomorrow ?? '', TODAY)).toEqual({ ok: false, problem: 'future' });
  });

  it('trims spaces around the number', () => {
    expect(checkIin(' 900101300126 ', TODAY).ok).toBe(true);
  });

  it('composes valid IINs that read back to the same date and sex in each century', () => {
    for (const [date, sex] of [
      ['1899-03-04', 'female'],
      ['1956-02-29', 'male'],
      ['2008-10-31', 'female'],
    ] as const) {
      let iin: string | null = null;
      for (let serial = 1; iin === null; serial++) iin = composeIin(date, sex, serial);
      expect(checkIin(iin, TODAY)).toEqual({ ok: true, iin, facts: { birthDate: date, sex } });
    }
  });
});

describe('BIN', () => {
  it.each(['940140000385', '990140004654', '150440001236', '210341000257', '231150000077'])('accepts %s', (bin) => {
    expect(checkBin(bin)).toEqual({ ok: true, bin });
  });

  it.each([
    ['940140000386', 'checksum'],
    ['941340000385', 'month'],
    ['940170000385', 'type'],
    ['940144000385', 'type'],
    ['94014000038', 'format'],
  ] as const)('refuses %s as %s', (bin, problem) => {
    expect(checkBin(bin)).toEqual({ ok: false, problem });
  });
});
