import type { Period } from '../events/period';
import {
  outletTypes,
  publicationLanguages,
  type OutletType,
  type Publication,
  type PublicationLanguage,
} from '../model/records';

export type CountedPublication = Pick<Publication, 'date' | 'outletType' | 'language' | 'reach' | 'deletedAt'>;

/** Publications and their reach under one heading (an outlet type, a language). */
export interface PublicationTally {
  count: number;
  reach: number;
}

export interface PublicationCounts extends PublicationTally {
  /** Every outlet type in the list's order, empty ones included, so reports keep one layout. */
  byOutletType: Record<OutletType, PublicationTally>;
  byLanguage: Record<PublicationLanguage, PublicationTally>;
}

const tallies = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, { count: 0, reach: 0 }])) as Record<K, PublicationTally>;

/**
 * The publications of a period, counted and their reach summed in all, by outlet type and by
 * language. A publication with no reach stated counts with 0 views: the outlet did not report any.
 */
export function countPublications(publications: readonly CountedPublication[], period: Period): PublicationCounts {
  const counts: PublicationCounts = {
    count: 0,
    reach: 0,
    byOutletType: tallies(outletTypes),
    byLanguage: tallies(publicationLanguages),
  };
  for (const publication of publications) {
    if (publication.deletedAt || publication.date < period.from || publication.date > period.to) continue;
    const reach = publication.reach ?? 0;
    for (const tally of [
      counts,
      counts.byOutletType[publication.outletType],
      counts.byLanguage[publication.language],
    ]) {
      tally.count++;
      tally.reach += reach;
    }
  }
  return counts;
}
