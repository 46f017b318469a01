/** A patronymic written as one word (Болатовна, Серикович, Болатұлы) or the last word of a Kazakh one (Болат қызы). */
const PATRONYMIC = /(вич|вна|чна|ична|[уұ]лы|[кқ]ызы)$/iu;

/**
 * A name as it stands under a signature in Kazakhstan's documents: the first name's initial, then
 * the surname («А. Сейткали»). The operator's name is written "first name and surname" (as the
 * form asks); a full name with a patronymic at the end ("Сейткали Айгерим Болатовна") is read
 * surname first, as lists and passports write it.
 */
export function signatureName(fullName: string): string {
  const words = fullName.trim().split(/\s+/u).filter(Boolean);
  if (words.length < 2) return words[0] ?? '';
  const last = words.length - 1;
  const patronymicAt = words.findIndex((word, index) => index > 0 && PATRONYMIC.test(word));
  const surnameFirst = patronymicAt >= 2 || (patronymicAt === last && words.length > 2);
  const given = surnameFirst ? words[1] : words[0];
  const surname = surnameFirst ? words[0] : words[last];
  return `${initial(given ?? '')} ${surname ?? ''}`;
}

/** The first letter, upper case, with a full stop: «А.»; "Анна-Мария" gives «А.-М.». */
function initial(name: string): string {
  return name
    .split('-')
    .filter(Boolean)
    .map((part) => `${[...part][0]?.toLocaleUpperCase() ?? ''}.`)
    .join('-');
}
