import type { IsoDate } from '../model/records';
import type { Language } from '../i18n/languages';
import { resources } from '../i18n/resources';

/**
 * The date line of a document with the month written out: «1 октября 2026 г.» in Russian and
 * «2026 жылғы 1 қазан» in Kazakh, where the year comes first.
 */
export function documentDate(value: IsoDate, language: Language): string {
  const day = Number(value.slice(8, 10));
  const month = resources[language].dates.monthsGenitive[Number(value.slice(5, 7)) - 1] ?? '';
  const year = value.slice(0, 4);
  return language === 'kk' ? `${year} жылғы ${day} ${month}` : `${day} ${month} ${year} г.`;
}
