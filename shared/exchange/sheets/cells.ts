import { localName, type Named } from '../../export/columns';
import { maskIin } from '../../export/table';
import type { Language } from '../../i18n/languages';
import type { Person } from '../../model/records';
import { fullName } from '../../people/search';
import { namesOf } from '../../text/name-in';
import { packageText } from '../checksum';
import { hasTwelveDigits } from '../../identity/check-digit';
import type { SheetContext } from './context';

/**
 * Cell values by the rules of docs/exchange-format.md, shared by every sheet's mapper: one kind of
 * value is written alike on every sheet, and a value the oblast's reader would refuse (a bad code,
 * date or number) is written as an empty cell instead of making the whole package unreadable.
 */

/** A name in the package's language (the other one when that is empty); empty when not known. */
export const localCell = (named: Named | undefined, language: Language): string | null =>
  packageText(localName(named, language));

/** The names of a list of ids, those not known left out. */
export const nameList = (
  ids: readonly string[],
  names: ReadonlyMap<string, Named>,
  language: Language,
  separator: string,
): string | null =>
  packageText(
    ids
      .map((id) => localCell(names.get(id), language))
      .filter(Boolean)
      .join(separator),
  );

export const idList = (ids: readonly string[]): string | null => ids.join(';') || null;

/** Places the office added itself have an id that is not a KATO code: they are written by name only. */
export const katoCode = (placeId: string | undefined): string | null =>
  placeId && /^\d{9}$/.test(placeId) ? placeId : null;

export const flag = (value: boolean): number => (value ? 1 : 0);

export const count = (value: number | undefined): number | null =>
  value !== undefined && Number.isInteger(value) && value >= 0 ? value : null;

export const day = (value: string | undefined): string | null =>
  value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;

/** The HH:mm of a local date-time; a bare date has none. */
export const clockTime = (value: string | undefined): string | null => {
  const match = value ? /^\d{4}-\d{2}-\d{2}T(\d{2}:\d{2})/.exec(value) : null;
  return match?.[1] ?? null;
};

export const firstLetter = (text: string | undefined): string => (text ? `${[...text.trim()][0] ?? ''}.` : '');

/** Сейітов Нұрлан Асқарұлы → С. Н. А.: a citizen's name in a masked package. */
export function initials(person: Pick<Person, 'surname' | 'givenName' | 'patronymic'>): string {
  return [firstLetter(person.surname), firstLetter(person.givenName), firstLetter(person.patronymic)]
    .filter((part) => part.length > 1)
    .join(' ');
}

/** A malformed IIN is left out, or masked whole, because the reader accepts only 12 digits or a mask. */
export const iinCell = (iin: string | undefined, mask: boolean): string | null =>
  iin ? (mask ? maskIin(iin) : hasTwelveDigits(iin) ? iin : null) : null;

export const personOf = (context: SheetContext, id: string | undefined) =>
  id ? context.lookups.people.get(id) : undefined;

/** The full name of a person the record names, whether the package is masked or not. */
export function fullNameCell(context: SheetContext, id: string | undefined): string | null {
  const person = personOf(context, id);
  return person ? packageText(fullName(person)) : null;
}

/** The name of a person the record names, reduced to initials in a masked package. */
export function maskableNameCell(
  context: SheetContext,
  person: Pick<Person, 'surname' | 'givenName' | 'patronymic'> | undefined,
): string | null {
  return person ? packageText(context.maskPersonalData ? initials(person) : fullName(person)) : null;
}

/** A working group's name as given and its Kazakh name, each a cell (null when empty). */
export function groupNameCells(group: string | { name: string; nameKk?: string } | undefined): {
  ru: string | null;
  kk: string | null;
} {
  if (group === undefined) return { ru: null, kk: null };
  const { ru, kk } = namesOf(typeof group === 'string' ? { name: group } : group);
  return { ru: packageText(ru), kk: packageText(kk) };
}
