import type { Language } from '../i18n/languages';
import { foldForSearch } from './search-normalize';

/**
 * Anything named in either language. Directory records (places, ethnoses, associations) keep both
 * as `nameRu`/`nameKk`; what users type for events, working groups and councils keeps the name
 * as given (`title` or `name`, read as the Russian one) and an optional Kazakh one beside it.
 */
export interface BilingualNamed {
  nameRu?: string;
  nameKk?: string;
  name?: string;
  title?: string;
  titleKk?: string;
}

/** The record's Russian (or given) name and its Kazakh one, '' where there is none. */
export function namesOf(record: BilingualNamed): { ru: string; kk: string } {
  return {
    ru: (record.nameRu ?? record.name ?? record.title ?? '').trim(),
    kk: (record.nameKk ?? record.titleKk ?? '').trim(),
  };
}

/**
 * The name to show or write in a language: in Kazakh the Kazakh name when there is one, else the
 * one given; in Russian the Russian name, else the Kazakh one. Undefined records name nothing.
 */
export function nameIn(language: Language, record: BilingualNamed | undefined): string {
  if (!record) return '';
  const { ru, kk } = namesOf(record);
  return language === 'kk' ? kk || ru : ru || kk;
}

/**
 * Whether a search typed in either language finds the record: the query, folded as the people
 * search folds it (ә as а, қ as к…), is part of either name.
 */
export function matchesName(query: string, record: BilingualNamed): boolean {
  const wanted = foldForSearch(query);
  if (!wanted) return true;
  const { ru, kk } = namesOf(record);
  return foldForSearch(ru).includes(wanted) || foldForSearch(kk).includes(wanted);
}
