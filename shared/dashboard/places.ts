import type { Place } from '../model/records';
import { makeDistrictOf } from '../places/district-of';

/** The place a dashboard is narrowed to: a district (its KATO code), a place in it, or both. */
export interface DashboardPlace {
  districtId?: string;
  /** A district, rural okrug or settlement: records in it or in any place under it. */
  placeId?: string;
}

export interface PlaceLookup {
  /** The district a place lies in, '' for no place (the rule of the calendar's and reports' filters). */
  districtOf: (placeId: string | undefined) => string;
  /** The unit a place hangs under; undefined at the top or for an unknown place. */
  parentOf: (placeId: string) => string | undefined;
}

/**
 * District and parent of places as the directory holds them: classifier places by their parent
 * chain, else by the КАТО code's structure; places the office added by their parent.
 */
export function placeLookup(places: readonly Pick<Place, 'id' | 'parentId' | 'level'>[]): PlaceLookup {
  const byId = new Map(places.map((place) => [place.id as string, place]));
  const districtOf = makeDistrictOf(places);
  return { districtOf, parentOf: (placeId) => byId.get(placeId)?.parentId };
}

/**
 * The leading digits every КАТО code under a unit shares (AB CD EF H IJ): a district keeps four,
 * a rural okrug six, a settlement with settlements under it seven. Trailing zeros alone would
 * mislead: okrug 314830000 is not above settlement 314839100.
 */
function katoStem(code: string): string {
  if (code.endsWith('0000000')) return code.slice(0, 2);
  if (code.endsWith('00000')) return code.slice(0, 4);
  if (code.endsWith('000')) return code.slice(0, 6);
  if (code.endsWith('00')) return code.slice(0, 7);
  return code;
}

const KATO = /^\d{9}$/;

/** True when `placeId` is `ancestorId` or lies under it, by the parent chain or by the КАТО code. */
export function isWithin(
  placeId: string,
  ancestorId: string,
  parentOf?: (placeId: string) => string | undefined,
): boolean {
  if (placeId === ancestorId) return true;
  if (parentOf) {
    let current = parentOf(placeId);
    for (let depth = 0; current && depth < 8; depth++) {
      if (current === ancestorId) return true;
      current = parentOf(current);
    }
  }
  return KATO.test(placeId) && KATO.test(ancestorId) && placeId.startsWith(katoStem(ancestorId));
}

/** Whether a record's place is inside the dashboard's place; every record counts when none is chosen. */
export function placeMatcher(
  place: DashboardPlace,
  districtOf: (placeId: string | undefined) => string,
  parentOf?: (placeId: string) => string | undefined,
): (placeId: string | undefined) => boolean {
  const { districtId, placeId } = place;
  if (!districtId && !placeId) return () => true;
  return (recordPlace) =>
    recordPlace !== undefined &&
    recordPlace !== '' &&
    (!districtId || districtOf(recordPlace) === districtId) &&
    (!placeId || isWithin(recordPlace, placeId, parentOf));
}
