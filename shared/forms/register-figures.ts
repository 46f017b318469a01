import { placeMatcher } from '../dashboard/places';
import { visitsInPeriod } from '../dashboard/visits';
import type { Period } from '../events/period';
import type { MediationCase, TensionRisk, Visit } from '../model/records';
import { placesWithoutEvents } from '../monitoring/population';
import { mediationInPeriod, riskCountsByLevel } from '../monitoring/situation';
import type { RegisterFigure } from './catalogue';
import type { FigureSource } from './compute-figures';

/** The registers beyond the dashboard's a form may count, loaded only when a form is filled. */
export interface RegisterData {
  visits?: readonly Pick<Visit, 'start' | 'placeId' | 'deletedAt'>[];
  mediationCases?: readonly Pick<MediationCase, 'date' | 'placeId' | 'deletedAt'>[];
  risks?: readonly Pick<
    TensionRisk,
    'level' | 'levelHistory' | 'identifiedOn' | 'resolvedOn' | 'placeId' | 'deletedAt'
  >[];
  /** The settlements (place ids) whose information work a form counts: the office's district's. */
  settlements?: readonly string[];
}

const CONFIDENTIAL: ReadonlySet<RegisterFigure> = new Set([
  'mediationCases',
  'risks',
  'risksHigh',
  'risksMedium',
  'risksLow',
]);

/**
 * A figure of a register the dashboard does not count, for the source's place and a period, by the
 * code the register's own screens and reports count it with. Null when the register was not loaded,
 * or when it is a confidential register (mediation, risks) and the person filling has no right to
 * confidential records: a count of them would leave out what they cannot see.
 */
export function registerFigure(source: FigureSource, name: RegisterFigure, period: Period): number | null {
  if (CONFIDENTIAL.has(name) && source.includeConfidential === false) return null;
  const matches = placeMatcher(source.place, source.districtOf, source.parentOf);
  const here = <T extends { placeId?: string | undefined }>(records: readonly T[] | undefined) =>
    records?.filter((record) => matches(record.placeId));
  switch (name) {
    case 'visits': {
      const visits = here(source.visits);
      return visits ? visitsInPeriod(visits, period).length : null;
    }
    case 'mediationCases': {
      const cases = here(source.mediationCases);
      return cases ? mediationInPeriod(cases, period).length : null;
    }
    case 'risks':
    case 'risksHigh':
    case 'risksMedium':
    case 'risksLow': {
      const risks = here(source.risks);
      if (!risks) return null;
      const counts = riskCountsByLevel(risks, period);
      if (name === 'risksHigh') return counts.high;
      if (name === 'risksMedium') return counts.medium;
      return name === 'risksLow' ? counts.low : counts.high + counts.medium + counts.low;
    }
    case 'settlementsWithoutWork': {
      const settlements = source.settlements?.filter((placeId) => matches(placeId));
      if (!settlements) return null;
      return placesWithoutEvents(settlements, { events: source.data.events }, source.today, period, source.parentOf)
        .length;
    }
  }
}
