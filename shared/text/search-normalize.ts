/**
 * People type Kazakh names on Russian keyboards, so ә and а must match, қ and к, and so on.
 * Everything is folded to the Russian letter; ё to е.
 */
const FOLDS: Record<string, string> = {
  ә: 'а',
  қ: 'к',
  ң: 'н',
  ғ: 'г',
  ү: 'у',
  ұ: 'у',
  ө: 'о',
  һ: 'х',
  і: 'и',
  ё: 'е',
};

const FOLD_PATTERN = /[әқңғүұөһіё]/g;

export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(FOLD_PATTERN, (letter) => FOLDS[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits folded text into words of letters and digits; hyphenated names stay whole and also split. */
export function searchWords(text: string): string[] {
  return splitWords(foldForSearch(text));
}

/**
 * The words of a name as written, for keys that read every letter (see name-skeleton): not
 * folded, and an apostrophe inside a word (D'Artagnan, Il'in) does not split it.
 */
export function nameWords(text: string): string[] {
  return splitWords(
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/['’ʼ`ʹ‘]/g, ''),
  );
}

function splitWords(text: string): string[] {
  const words = new Set<string>();
  for (const word of text.split(/[^\p{L}\p{M}\p{N}-]+/u)) {
    if (!word) continue;
    words.add(word);
    if (word.includes('-')) for (const part of word.split('-')) if (part) words.add(part);
  }
  return [...words];
}
