import { describe, expect, it } from 'vitest';
import { needsTextFormat } from './table';

/**
 * Every character OWASP's CSV Injection page says no cell may begin with (=, +, -, @, tab, carriage
 * return, line feed), and the NUL that ASVS 5.0 (1.2.10) adds to it.
 */
const FORMULA_PREFIXES = ['=', '+', '-', '@', '\t', '\r', '\n', '\0'];

describe('text a spreadsheet could take for a formula', () => {
  it.each(FORMULA_PREFIXES)('is written as text when it begins with %j', (prefix) => {
    expect(needsTextFormat(prefix)).toBe(true);
    expect(needsTextFormat(`${prefix}HYPERLINK("http://evil.example","x")`)).toBe(true);
    expect(needsTextFormat(`${prefix}cmd|'/c calc'!A1`)).toBe(true);
  });

  it('leaves ordinary text alone, and those characters anywhere but first', () => {
    for (const value of [
      'Ким Марина Викторовна',
      '8 701 123 45 67',
      '',
      ' =1+2',
      "'=1+2",
      'a=b',
      'x\n=1',
      'Жаңа-Тараз',
    ])
      expect(needsTextFormat(value), JSON.stringify(value)).toBe(false);
  });
});
