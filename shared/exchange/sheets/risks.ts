import type { Period } from '../../events/period';
import type { TensionRisk } from '../../model/records';
import { packageText } from '../checksum';
import { monitoringFields, type RiskRow } from '../format';
import { day, idList, katoCode, localCell, maskableNameCell, nameList, personOf } from './cells';
import type { SheetContext } from './context';

export const riskColumns = monitoringFields.risks;

/**
 * A risk watched during the period: identified on or before its last day and not resolved before
 * its first (a risk resolved during the period was still watched in it). Deleted risks are not.
 */
export function riskWatchedDuring(
  risk: Pick<TensionRisk, 'identifiedOn' | 'resolvedOn' | 'deletedAt'>,
  period: Period,
): boolean {
  return (
    !risk.deletedAt &&
    risk.identifiedOn.slice(0, 10) <= period.to &&
    !(risk.resolvedOn && risk.resolvedOn.slice(0, 10) < period.from)
  );
}

/** The risks sheet: the risks watched during the period, confidential or not, by the day identified. */
export function riskRows(risks: readonly TensionRisk[], context: SheetContext): RiskRow[] {
  const { language, lookups } = context;
  return risks
    .filter((risk) => riskWatchedDuring(risk, context.period))
    .sort((a, b) => a.identifiedOn.localeCompare(b.identifiedOn) || a.id.localeCompare(b.id))
    .map((risk): RiskRow => ({
      id: risk.id,
      place_code: katoCode(risk.placeId),
      place: localCell(lookups.places.get(risk.placeId ?? ''), language),
      description: packageText(risk.description) ?? '—',
      group_codes: idList(risk.groupIds),
      groups: nameList(risk.groupIds, lookups.ethnicGroups, language, ', '),
      source: risk.source,
      level: risk.level,
      status: risk.status,
      identified_on: risk.identifiedOn.slice(0, 10),
      resolved_on: day(risk.resolvedOn),
      next_review_on: day(risk.nextReviewOn),
      responsible: maskableNameCell(context, personOf(context, risk.responsiblePersonId)),
      measure_event_ids: idList(risk.measureEventIds),
      origin_reception_id: risk.originReceptionId ?? null,
    }));
}
