const FIRST_PASS_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_PASS_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  return weights.reduce((sum, weight, index) => sum + weight * (digits[index] ?? 0), 0) % 11;
}

/**
 * The check digit shared by IIN and BIN (Постановление Правительства РК № 406):
 * weights 1..11, and when that gives 10 a second pass with weights 3..11,1,2.
 * Returns null where both passes give 10: no number is issued with such a prefix.
 */
export function checkDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) return null;
  const digits = [...first11].map(Number);
  const first = weightedSum(digits, FIRST_PASS_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedSum(digits, SECOND_PASS_WEIGHTS);
  return second === 10 ? null : second;
}

/** The shape of an IIN and a BIN alike: twelve digits, nothing else (not yet a valid number). */
export function hasTwelveDigits(value: string): boolean {
  return /^\d{12}$/.test(value);
}

export function hasValidCheckDigit(number12: string): boolean {
  if (!hasTwelveDigits(number12)) return false;
  const expected = checkDigit(number12.slice(0, 11));
  return expected !== null && expected === Number(number12[11]);
}
