import type { Place } from '../model/records';

/**
 * The district a place lies in: by the parent chain (places the office added itself hang under
 * classifier places), else by the KATO code's structure. '' for no place.
 */
export function makeDistrictOf(
  places: readonly Pick<Place, 'id' | 'level' | 'parentId'>[],
): (placeId: string | undefined) => string {
  const byId = new Map(places.map((place) => [place.id as string, place]));
  return (placeId) => {
    let place = placeId ? byId.get(placeId) : undefined;
    for (let depth = 0; place && depth < 6; depth++) {
      if (place.level === 'district') return place.id;
      place = place.parentId ? byId.get(place.parentId) : undefined;
    }
    return placeId && /^\d{9}$/.test(placeId) ? `${placeId.slice(0, 4)}00000` : '';
  };
}
