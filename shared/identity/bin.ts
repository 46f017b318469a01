import { hasTwelveDigits, hasValidCheckDigit } from './check-digit';

export type BinProblem = 'format' | 'month' | 'type' | 'checksum';
export type BinCheck = { ok: true; bin: string } | { ok: false; problem: BinProblem };

/** BIN (БСН): YYMM of registration, entity type 4/5/6, unit 0–3, serial, check digit. */
export function checkBin(raw: string): BinCheck {
  const bin = raw.trim();
  if (!hasTwelveDigits(bin)) return { ok: false, problem: 'format' };
  const month = Number(bin.slice(2, 4));
  if (month < 1 || month > 12) return { ok: false, problem: 'month' };
  if (!['4', '5', '6'].includes(bin[4] ?? '') || !['0', '1', '2', '3'].includes(bin[5] ?? '')) {
    return { ok: false, problem: 'type' };
  }
  if (!hasValidCheckDigit(bin)) return { ok: false, problem: 'checksum' };
  return { ok: true, bin };
}
