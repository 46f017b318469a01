import type { Language } from '../i18n/languages';
import { resources } from '../i18n/resources';
import type { ExportColumn, HeaderLanguage } from './table';

/** A column header of the exports, as named in the `exports.columns` texts. */
export type ColumnKey = keyof (typeof resources)['ru']['exports']['columns'];

/** Anything with a Russian and a Kazakh name: a place, an ethnos, a directory item. */
export interface Named {
  nameRu: string;
  nameKk: string;
}

/** A name in the chosen language, the other one when it is empty. */
export const localName = (named: Named | undefined, language: Language): string =>
  named ? (language === 'kk' ? named.nameKk || named.nameRu : named.nameRu || named.nameKk) : '';

/** A header in Russian, in Kazakh, or both ("Район / Аудан") when the file goes to readers of either. */
export function bilingual(ru: string, kk: string, headers: HeaderLanguage): string {
  if (headers === 'both') return ru === kk ? ru : `${ru} / ${kk}`;
  return headers === 'kk' ? kk : ru;
}

export function header(key: ColumnKey, headers: HeaderLanguage): string {
  return bilingual(resources.ru.exports.columns[key], resources.kk.exports.columns[key], headers);
}

/** Columns from [header key, width in characters, kind] triples. */
export const columns = (spec: readonly [ColumnKey, number, ExportColumn['kind']][], headers: HeaderLanguage) =>
  spec.map(([key, width, kind]) => ({ header: header(key, headers), width, kind }));
