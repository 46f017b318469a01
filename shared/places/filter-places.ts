import type { Place } from '../model/records';
import { foldForSearch } from '../text/search-normalize';

/** Places whose name (either language, Kazakh letters folded) or KATO code contains the query. */
export function filterPlaces(places: readonly Place[], query: string): Place[] {
  const folded = foldForSearch(query);
  if (!folded) return [...places];
  return places.filter(
    (place) =>
      place.id.startsWith(folded) ||
      foldForSearch(place.nameRu).includes(folded) ||
      foldForSearch(place.nameKk).includes(folded),
  );
}
