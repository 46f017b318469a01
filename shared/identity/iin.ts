import type { IsoDate, Sex } from '../model/records';
import { checkDigit, hasTwelveDigits, hasValidCheckDigit } from './check-digit';
import { isRealDate } from '../dates/iso';

export type IinProblem = 'format' | 'century' | 'date' | 'future' | 'checksum';

export interface IinFacts {
  birthDate: IsoDate;
  sex: Sex;
}

export type IinCheck = { ok: true; iin: string; facts: IinFacts } | { ok: false; problem: IinProblem };

const CENTURY_BY_DIGIT: Record<string, number> = { '1': 1800, '2': 1800, '3': 1900, '4': 1900, '5': 2000, '6': 2000 };

/**
 * Validates an IIN (ЖСН): 12 digits YYMMDD + century/sex digit + serial + check digit.
 * `today` bounds the birth date so that a typo cannot make someone born next year.
 */
export function checkIin(raw: string, today: IsoDate): IinCheck {
  const iin = raw.trim();
  if (!hasTwelveDigits(iin)) return { ok: false, problem: 'format' };
  const centuryDigit = iin[6] ?? '';
  const century = CENTURY_BY_DIGIT[centuryDigit];
  if (century === undefined) return { ok: false, problem: 'century' };
  const birthDate = `${century + Number(iin.slice(0, 2))}-${iin.slice(2, 4)}-${iin.slice(4, 6)}`;
  if (!isRealDate(birthDate)) return { ok: false, problem: 'date' };
  if (birthDate > today) return { ok: false, problem: 'future' };
  if (!hasValidCheckDigit(iin)) return { ok: false, problem: 'checksum' };
  return { ok: true, iin, facts: { birthDate, sex: Number(centuryDigit) % 2 === 1 ? 'male' : 'female' } };
}

/**
 * Builds a valid IIN for a birth date, sex and serial, or null when no check digit
 * exists for that prefix (then the caller tries the next serial).
 */
export function composeIin(birthDate: IsoDate, sex: Sex, serial: number): string | null {
  const year = Number(birthDate.slice(0, 4));
  const centuryBase = year < 1900 ? 1 : year < 2000 ? 3 : 5;
  const centuryDigit = centuryBase + (sex === 'female' ? 1 : 0);
  const prefix =
    birthDate.slice(2, 4) +
    birthDate.slice(5, 7) +
    birthDate.slice(8, 10) +
    String(centuryDigit) +
    String(serial).padStart(4, '0');
  const digit = checkDigit(prefix);
  return digit === null ? null : prefix + String(digit);
}
