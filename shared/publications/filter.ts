import type { OutletType, Publication, PublicationLanguage } from '../model/records';

export interface PublicationFilter {
  outletType?: OutletType;
  language?: PublicationLanguage;
  /** Part of the outlet's name or the title, any case. */
  text?: string;
}

/** The publications the list's filters keep, in the order given. */
export function filterPublications<P extends Pick<Publication, 'outletType' | 'language' | 'outletName' | 'title'>>(
  publications: readonly P[],
  filter: PublicationFilter,
): P[] {
  const needle = filter.text?.trim().toLocaleLowerCase('ru') ?? '';
  return publications.filter(
    (publication) =>
      (!filter.outletType || publication.outletType === filter.outletType) &&
      (!filter.language || publication.language === filter.language) &&
      (!needle ||
        publication.outletName.toLocaleLowerCase('ru').includes(needle) ||
        (publication.title ?? '').toLocaleLowerCase('ru').includes(needle)),
  );
}
