import { useMemo } from 'react';
import type { Place } from '@shared/model/records';
import { usePlaces } from '@/db/hooks';

/**
 * The district a place lies in: by the KATO code's structure for classifier places, by the parent
 * chain for places the office added itself. '' for no place.
 */
export function useDistrictOf(): { districtOf: (placeId: string | undefined) => string; places: readonly Place[] } {
  const places = usePlaces();
  return useMemo(() => {
    const byId = new Map<string, Place>((places ?? []).map((place) => [place.id, place]));
    const districtOf = (placeId: string | undefined): string => {
      let place = placeId ? byId.get(placeId) : undefined;
      for (let depth = 0; place && depth < 6; depth++) {
        if (place.level === 'district') return place.id;
        place = place.parentId ? byId.get(place.parentId) : undefined;
      }
      return placeId && /^\d{9}$/.test(placeId) ? `${placeId.slice(0, 4)}00000` : '';
    };
    return { districtOf, places: places ?? [] };
  }, [places]);
}
