import type { Person } from '../model/records';
import type { MemberRow } from './member-rows';
import type { CitizenPlan } from './reception-rows';

/**
 * Rows of a member list whose person will have no IIN once imported: the row gives none and the
 * stored person it matches (if any) has none either. They are imported all the same, and named in
 * the preview so that the office completes them.
 */
export function memberRowsWithoutIin(
  items: readonly { row: Pick<MemberRow, 'rowNumber' | 'person'>; existing?: Pick<Person, 'iin'> }[],
): number[] {
  return items.filter((item) => !item.row.person.iin && !item.existing?.iin).map((item) => item.row.rowNumber);
}

/** Rows of a reception journal that add a citizen to the base without an IIN. */
export function receptionRowsWithoutIin(
  items: readonly { row: { rowNumber: number }; citizen: CitizenPlan }[],
): number[] {
  return items
    .filter((item) => item.citizen.kind === 'new' && !item.citizen.person.iin)
    .map((item) => item.row.rowNumber);
}
