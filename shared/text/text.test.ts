import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from './csv';
import { formatNumber, formatPercent } from './number-format';
import { formatPhone, normalizePhone } from './phone';
import { foldForSearch, searchWords } from './search-normalize';

describe('search folding', () => {
  it.each([
    ['Әбдірахманов', 'абдирахманов'],
    ['ҚАСЫМОВ', 'касымов'],
    ['Жаңабай', 'жанабай'],
    ['Ғалым', 'галым'],
    ['Үміт', 'умит'],
    ['Ұлан', 'улан'],
    ['Өтеген', 'отеген'],
    ['Һасен', 'хасен'],
    ['Фёдоров', 'федоров'],
  ])('folds %s to %s so it matches Russian typing', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });

  it('keeps hyphenated names whole and also as parts', () => {
    expect(searchWords('Мамедов-Алиев Эльчин')).toEqual(['мамедов-алиев', 'мамедов', 'алиев', 'эльчин']);
  });
});

describe('phone normalisation', () => {
  it.each([
    ['+7 701 123 45 67', '77011234567'],
    ['8 (701) 123-45-67', '77011234567'],
    ['87011234567', '77011234567'],
    ['701 1234567', '77011234567'],
    ['+7(7262)43-21-00', '77262432100'],
  ])('reads %s as %s', (raw, normalised) => {
    expect(normalizePhone(raw)).toBe(normalised);
  });

  it.each(['12345', '+1 212 555 0100', '+7 901 123 45 67', ''])('refuses %s', (raw) => {
    expect(normalizePhone(raw)).toBeNull();
  });

  it('writes the normalised form as +7 7XX XXX XX XX', () => {
    expect(formatPhone('77011234567')).toBe('+7 701 123 45 67');
  });
});

describe('number format', () => {
  it('groups thousands with a no-break space and uses a decimal comma', () => {
    expect(formatNumber(100_000)).toBe('100\u00a0000');
    expect(formatNumber(1234.56, 1)).toBe('1\u00a0234,6');
    expect(formatNumber(-5_000)).toBe('-5\u00a0000');
    expect(formatNumber(0)).toBe('0');
  });

  it('shows a share of a whole, and a dash for a share of nothing', () => {
    expect(formatPercent(113, 600)).toBe('18,8\u00a0%');
    expect(formatPercent(1, 0)).toBe('—');
  });
});

describe('csv', () => {
  it('reads quoted fields with commas, doubled quotes and CRLF', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
    ]);
  });

  it('skips blank lines and a byte-order mark when reading records', () => {
    expect(parseCsvRecords('\ufeffkato,name\n100000000,Абай\n\n')).toEqual([{ kato: '100000000', name: 'Абай' }]);
  });
});
