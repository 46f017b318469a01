import { parseCsvRecords } from '../text/csv';

export interface EthnicGroupSeed {
  id: string;
  nameRu: string;
  nameKk: string;
  nameEn: string;
  order: number;
}

/** Stable slug from the English name, the same in every office: "Kazakhs" → "kazakhs". */
export function ethnicGroupSlug(nameEn: string): string {
  return nameEn
    .toLowerCase()
    .replace(/[^a-z]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** Census answers that are not an ethnos but must still be recordable. */
const EXTRA: readonly Omit<EthnicGroupSeed, 'order'>[] = [
  { id: 'other', nameRu: 'другая национальность', nameKk: 'басқа ұлт', nameEn: 'Other' },
  { id: 'not_stated', nameRu: 'не указана', nameKk: 'көрсетілмеген', nameEn: 'Not stated' },
];

export function parseEthnicGroupsCsv(text: string): EthnicGroupSeed[] {
  const groups = parseCsvRecords(text).map((record, index) => ({
    id: ethnicGroupSlug(record.name_en ?? ''),
    nameRu: record.name_ru ?? '',
    nameKk: record.name_kk ?? '',
    nameEn: record.name_en ?? '',
    order: Number(record.rank_hint) || index + 1,
  }));
  return [...groups, ...EXTRA.map((extra, index) => ({ ...extra, order: 1000 + index }))];
}
