import { computeCoverage, type Coverage } from '@shared/dashboard/coverage';
import { isWithin, placeLookup } from '@shared/dashboard/places';
import type { Period } from '@shared/events/period';
import { authorize, type Scope } from '../access';
import { allPlaces } from './directories';
import { eventsInPeriod } from './events';
import { listPopulation } from './monitoring';
import { getOfficeProfile } from './settings';

/**
 * The coverage of the population in a period (computeCoverage) over the settlements of an area:
 * the place chosen, else the office's district (its oblast for an oblast office). With no place
 * chosen, events without a place count in the office's total, as the dashboard counts them.
 */
export async function coverageOfPeriod(scope: Scope, period: Period, placeId?: string): Promise<Coverage> {
  authorize(scope, 'view');
  const [profile, places, population, events] = await Promise.all([
    getOfficeProfile(scope),
    allPlaces(scope),
    listPopulation(scope),
    eventsInPeriod(scope, period),
  ]);
  const { parentOf } = placeLookup(places);
  const areaId = placeId || profile?.districtId || profile?.oblastId;
  const within = (id: string) => !areaId || isWithin(id, areaId, parentOf);
  const settlements = places
    .filter((place) => place.level === 'settlement' && !place.deletedAt && within(place.id))
    .sort((a, b) => a.id.localeCompare(b.id));
  return computeCoverage(
    {
      events,
      settlements,
      population,
      parentOf,
      inArea: (id) => (id ? within(id) : !placeId),
    },
    period,
  );
}
