import { resources } from '../../i18n/resources';
import type { Publication } from '../../model/records';
import { packageText } from '../checksum';
import { publicationFields, type PublicationRow } from '../format';
import type { SheetContext } from './context';

export const publicationColumns = publicationFields;

/**
 * The publications sheet: the live publications of the period, by date. Rows rather than counts,
 * since a publication names no person and the oblast may count them by any heading it needs.
 */
export function publicationRows(publications: readonly Publication[], context: SheetContext): PublicationRow[] {
  const names = resources[context.language].publications.outletTypes;
  return publications
    .filter(
      (publication) =>
        !publication.deletedAt && publication.date >= context.period.from && publication.date <= context.period.to,
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((publication): PublicationRow => ({
      id: publication.id,
      date: publication.date,
      outlet_type: publication.outletType,
      outlet_type_name: names[publication.outletType],
      outlet_name: packageText(publication.outletName) ?? publication.outletType,
      language: publication.language,
      title: packageText(publication.title),
      url: packageText(publication.url),
      reach: publication.reach ?? null,
      event_id: publication.eventId ?? null,
    }));
}
