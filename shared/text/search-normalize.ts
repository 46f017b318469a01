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
  const folded = foldForSearch(text);
  const words = new Set<string>();
  for (const word of folded.split(/[^\p{L}\p{N}-]+/u)) {
    if (!word) continue;
    words.add(word);
    if (word.includes('-')) for (const part of word.split('-')) if (part) words.add(part);
  }
  return [...words];
}
