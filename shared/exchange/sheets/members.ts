import type { Membership, Person } from '../../model/records';
import { fullName, ROLE_ORDER } from '../../people/search';
import { compareText } from '../../text/collator';
import { formatPhone } from '../../text/phone';
import { packageText } from '../checksum';
import { registerFields, type MemberRow } from '../format';
import { day, iinCell, katoCode, localCell } from './cells';
import type { SheetContext } from './context';

export const memberColumns = registerFields.members;

export interface MemberEntry {
  membership: Membership;
  person: Person;
}

/** +7 701 123 45 67 → +7 701 ••• •• 67; a number in any other form is hidden whole. */
function maskedPhone(phone: string | undefined): string | null {
  const formatted = formatPhone(phone);
  if (!formatted) return null;
  const match = /^(\+7 \d{3}) \d{3} \d{2} (\d{2})$/.exec(formatted);
  return match ? `${match[1]} ••• •• ${match[2]}` : '••••••';
}

/**
 * The members sheet: the current members of the package's associations (`context.associations`),
 * grouped by association in registry name order, the chairman first, then by name. Members who
 * left, deleted memberships and deleted people are not in it.
 */
export function memberRows(members: readonly MemberEntry[], context: SheetContext): MemberRow[] {
  const { associations, language, lookups, maskPersonalData: mask } = context;
  const associationName = (entry: MemberEntry) => associations.get(entry.membership.associationId)?.nameRu ?? '';
  return members
    .filter(
      ({ membership, person }) =>
        !membership.deletedAt && !membership.leftOn && !person.deletedAt && associations.has(membership.associationId),
    )
    .sort(
      (a, b) =>
        compareText(associationName(a), associationName(b)) ||
        a.membership.associationId.localeCompare(b.membership.associationId) ||
        ROLE_ORDER.indexOf(a.membership.role) - ROLE_ORDER.indexOf(b.membership.role) ||
        compareText(fullName(a.person), fullName(b.person)) ||
        a.membership.id.localeCompare(b.membership.id),
    )
    .map(({ membership, person }): MemberRow => ({
      id: membership.id,
      person_id: person.id,
      association_id: membership.associationId,
      association: localCell(associations.get(membership.associationId), language),
      role: membership.role,
      role_name: context.enums.membershipRole[membership.role],
      surname: packageText(person.surname) ?? '—',
      given_name: packageText(person.givenName),
      patronymic: packageText(person.patronymic),
      iin: iinCell(person.iin, mask),
      birth_date: mask ? null : day(person.birthDate),
      // Kept when masked, for the oblast's age statistics.
      birth_year: person.birthDate ? Number(person.birthDate.slice(0, 4)) || null : null,
      sex: person.sex ?? null,
      ethnos_code: person.ethnicGroupId ?? null,
      ethnos: localCell(lookups.ethnicGroups.get(person.ethnicGroupId ?? ''), language),
      phone: mask ? maskedPhone(person.phone) : packageText(formatPhone(person.phone)),
      address: mask ? null : packageText(person.address),
      place_code: katoCode(person.placeId),
      place: localCell(lookups.places.get(person.placeId ?? ''), language),
      occupation: packageText(person.occupation),
      education: packageText(person.education),
      joined_on: day(membership.joinedOn),
    }));
}
