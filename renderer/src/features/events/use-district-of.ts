import { useMemo } from 'react';
import type { Place } from '@shared/model/records';
import { makeDistrictOf } from '@shared/places/district-of';
import { usePlaces } from '@/db/hooks';

/** The district a place lies in, for screens: see makeDistrictOf. */
export function useDistrictOf(): { districtOf: (placeId: string | undefined) => string; places: readonly Place[] } {
  const places = usePlaces();
  return useMemo(() => ({ districtOf: makeDistrictOf(places ?? []), places: places ?? [] }), [places]);
}
