import type { Association } from '../../model/records';
import { compareText } from '../../text/collator';
import { formatPhone } from '../../text/phone';
import { packageText } from '../checksum';
import { registerFields, type AssociationRow, type MemberRow } from '../format';
import { day, flag, fullNameCell, idList, katoCode, localCell, nameList } from './cells';
import { hasTwelveDigits } from '../../identity/check-digit';
import type { SheetContext } from './context';

export const associationColumns = registerFields.associations;

/** The registry as of the package day, in the order the sheet lists it: by Russian name, then id. */
export function registryAssociations(associations: readonly Association[]): Association[] {
  return associations
    .filter((association) => !association.deletedAt)
    .sort((a, b) => compareText(a.nameRu, b.nameRu) || a.id.localeCompare(b.id));
}

/**
 * The associations sheet: the registry (from registryAssociations) with each association's count
 * of rows on the members sheet, so that the two sheets agree.
 */
export function associationRows(
  associations: readonly Association[],
  members: readonly MemberRow[],
  context: SheetContext,
): AssociationRow[] {
  const { language, lookups } = context;
  const memberCounts = new Map<string, number>();
  for (const member of members)
    memberCounts.set(member.association_id, (memberCounts.get(member.association_id) ?? 0) + 1);
  return associations.map((association): AssociationRow => ({
    id: association.id,
    // The column is required: a registry entry named only in Kazakh, or not at all, is still listed.
    name_ru: packageText(association.nameRu) ?? packageText(association.nameKk) ?? association.id,
    name_kk: packageText(association.nameKk),
    ethnos_codes: idList(association.ethnicGroupIds),
    ethnos: nameList(association.ethnicGroupIds, lookups.ethnicGroups, language, ', '),
    legal_form_code: association.legalFormCode ?? null,
    legal_form: localCell(lookups.legalForms.get(association.legalFormCode ?? ''), language),
    bin: association.bin && hasTwelveDigits(association.bin) ? association.bin : null,
    registered_on: day(association.registeredOn),
    founded_on: day(association.foundedOn),
    chairman: fullNameCell(context, association.chairmanId),
    phone: packageText(formatPhone(association.phone)),
    email: packageText(association.email),
    address: packageText(association.address),
    place_code: katoCode(association.placeId),
    place: localCell(lookups.places.get(association.placeId ?? ''), language),
    assembly_member: flag(association.assemblyMember),
    status: association.status,
    status_name: context.enums.associationStatus[association.status],
    members: memberCounts.get(association.id) ?? 0,
  }));
}
