import type { PlaceLevel } from '../model/records';
import { placeLevels } from '../model/records';
import { parseCsvRecords } from '../text/csv';

export interface KatoEntry {
  kato: string;
  katoVersion: string;
  level: PlaceLevel;
  typeCode: number;
  nameRu: string;
  nameKk: string;
  parentKato?: string;
}

export function parseKatoCsv(text: string): KatoEntry[] {
  return parseCsvRecords(text).flatMap((record) => {
    const level = placeLevels.find((candidate) => candidate === record.level);
    const kato = record.kato ?? '';
    if (!level || !/^\d{9}$/.test(kato)) return [];
    return [
      {
        kato,
        katoVersion: record.kato_version ?? '',
        level,
        typeCode: Number(record.type_code ?? 0),
        nameRu: (record.name_ru ?? '').trim(),
        nameKk: (record.name_kk ?? '').trim().replace(/\s+/g, ' '),
      },
    ];
  });
}

export function oblastCodeOf(kato: string): string {
  return `${kato.slice(0, 2)}0000000`;
}

export function districtCodeOf(kato: string): string {
  return `${kato.slice(0, 4)}00000`;
}

/**
 * The nearest existing higher unit, as the classifier's code structure AB CD EF HIJ defines it:
 * a settlement may hang under another settlement ABCDEFH00, else under its okrug ABCDEF000,
 * else under its district ABCD00000, else under its oblast.
 */
export function katoParent(kato: string, exists: (code: string) => boolean): string | undefined {
  const candidates = [`${kato.slice(0, 7)}00`, `${kato.slice(0, 6)}000`, districtCodeOf(kato), oblastCodeOf(kato)];
  return candidates.find((code) => code !== kato && code > '' && exists(code) && isAncestorCode(code, kato));
}

function isAncestorCode(ancestor: string, kato: string): boolean {
  const significant = ancestor.replace(/0+$/, '');
  return kato.startsWith(significant) && ancestor !== kato;
}

/** Every entry of one oblast with its parent filled in. */
export function katoOfOblast(entries: readonly KatoEntry[], oblastKato: string): KatoEntry[] {
  const prefix = oblastKato.slice(0, 2);
  const ofOblast = entries.filter((entry) => entry.kato.startsWith(prefix));
  const codes = new Set(ofOblast.map((entry) => entry.kato));
  return ofOblast.map((entry) => {
    const parentKato = katoParent(entry.kato, (code) => codes.has(code));
    return parentKato ? { ...entry, parentKato } : { ...entry };
  });
}
