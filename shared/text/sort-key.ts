/**
 * A string whose plain code-unit order (the order IndexedDB keeps an index in) is the Kazakh
 * alphabetical order of `compareText`. Unicode puts І before А and Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ after Я,
 * so an index on the names themselves lists «Ілияс» first and «Әбілов» last.
 */
const ALPHABET = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';
const LATIN = 'abcdefghijklmnopqrstuvwxyz';
// Cyrillic first, then Latin, as the Russian and Kazakh collations order the scripts; both
// ranges sit above digits and punctuation, which keep their own codes.
const CYRILLIC_BASE = 0x0100;
const LATIN_BASE = CYRILLIC_BASE + ALPHABET.length;
const RANK = new Map<string, string>([
  ...[...ALPHABET].map((letter, index) => [letter, String.fromCharCode(CYRILLIC_BASE + index)] as const),
  ...[...LATIN].map((letter, index) => [letter, String.fromCharCode(LATIN_BASE + index)] as const),
]);
/** Below every character a name holds, so «Ким» + given name sorts before «Ким-Ли». */
const PART_SEPARATOR = '\u0001';

export function collationKey(text: string): string {
  let key = '';
  for (const char of text.trim().toLocaleLowerCase('kk')) {
    const code = char.codePointAt(0) ?? 0;
    // Letters outside both alphabets (ї, ў, accented Latin) go after them, in code order.
    key += RANK.get(char) ?? (code < 0x80 ? char : String.fromCodePoint(code + 0x1000));
  }
  return key;
}

/** The order of a list of people: surname, then given name, then patronymic. */
export function personSortKey(person: { surname: string; givenName: string; patronymic?: string }): string {
  return [person.surname, person.givenName, person.patronymic ?? ''].map(collationKey).join(PART_SEPARATOR);
}
