import { inPeriod, type Period } from '../../events/period';
import type { Council, MediationCase } from '../../model/records';
import { packageText } from '../checksum';
import { monitoringFields, type MediationRow } from '../format';
import { firstLetter, katoCode, localCell, maskableNameCell, personOf } from './cells';
import type { SheetContext } from './context';

export const mediationColumns = monitoringFields.mediation;

/** A mediation case of the period, by its date (both ends included); deleted cases are not. */
export function mediationOfPeriod(item: Pick<MediationCase, 'date' | 'deletedAt'>, period: Period): boolean {
  return !item.deletedAt && inPeriod(item.date, period);
}

/** «семья Ахметовых» → «с. А.»: a mediation party in a masked package, each word to its first letter. */
function partyInitials(party: string): string {
  return party
    .split(/\s+/)
    .map(firstLetter)
    .filter((part) => part.length > 1)
    .join(' ');
}

/**
 * The mediation sheet: the cases of the period, confidential or not, by date and entry, with the
 * council each names (from `councils`). The summary of a dispute never leaves the office.
 */
export function mediationRows(
  cases: readonly MediationCase[],
  councils: readonly Council[],
  context: SheetContext,
): MediationRow[] {
  const { language, lookups } = context;
  const councilById = new Map(councils.map((council) => [council.id as string, council]));
  return cases
    .filter((item) => mediationOfPeriod(item, context.period))
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((item): MediationRow => ({
      id: item.id,
      date: item.date.slice(0, 10),
      place_code: katoCode(item.placeId),
      place: localCell(lookups.places.get(item.placeId ?? ''), language),
      parties: packageText(
        item.parties
          .map((party) => (context.maskPersonalData ? partyInitials(party) : party.trim()))
          .filter(Boolean)
          .join('; '),
      ),
      dispute_type: item.disputeType,
      council: packageText(councilById.get(item.councilId ?? '')?.name),
      council_kk: packageText(councilById.get(item.councilId ?? '')?.nameKk),
      mediator: maskableNameCell(context, personOf(context, item.mediatorId)),
      result: item.result ?? null,
      follow_up: packageText(item.followUp),
    }));
}
