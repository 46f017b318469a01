/**
 * One key for a name however it is spelt: Cyrillic (Russian or Kazakh), passport Latin (ICAO 9303
 * as Kazakh passports print it), the 2021 Kazakh Latin alphabet, or everyday Russian translit.
 * Жанбырбаев, Zhanbyrbayev, Janbyrbaev and Jañbyrbaev all come out as `janbirbaiev`.
 *
 * Both scripts are read into one small Latin alphabet where each sound the spellings disagree on
 * is one symbol: ж/zh/j → j, х/һ/kh/h → h, ц/ts/c → c, ч/ch/ç → ç, ш/sh/ş → ş, щ/shch/sch → şç,
 * и/і/ы/й/i/y/ı → i, ә/ä/a → a, ө/ö → o, у/ұ/ү/u/ū/ü/w → u, қ/q → k, ғ/ğ/gh → g, ң/ñ → n.
 * Then the glide the spellings write or leave out before «e» is settled the same way for both:
 * after a vowel it is always there (Сергеев, Sergeev, Sergeyev → sergeiev), at the start of a
 * word never (Ержан, Yerzhan, Erzhan → erjan), and a run of i is one i (Валиев, Valiyev → valiev).
 *
 * Where a spelling can be read two ways, every reading is kept (at most a few): Latin «j» is ж
 * in Kazakh Latin and й in Russian translit; ё is written «e» or «yo»; ь before «е» is left out
 * in passports and written «y» in translit; щ is ş in Kazakh Latin.
 *
 * The rules only look back, except the two-letter spellings (zh, kh, ts, sh, ch, shch), so a
 * prefix of a spelling is a prefix of the key: search as you type works. For a prefix that ends
 * half-way through such a spelling («Z», «Sh», «Shc»), `prefix` mode adds the key it would have
 * once completed.
 */

const CYRILLIC: Readonly<Record<string, readonly string[]>> = {
  а: ['a'],
  ә: ['a'],
  б: ['b'],
  в: ['v'],
  г: ['g'],
  ғ: ['g'],
  д: ['d'],
  е: ['e'],
  э: ['e'],
  ё: ['e', 'io'],
  ж: ['j'],
  з: ['z'],
  и: ['i'],
  і: ['i'],
  ы: ['i'],
  й: ['i'],
  к: ['k'],
  қ: ['k'],
  л: ['l'],
  м: ['m'],
  н: ['n'],
  ң: ['n'],
  о: ['o'],
  ө: ['o'],
  п: ['p'],
  р: ['r'],
  с: ['s'],
  т: ['t'],
  у: ['u'],
  ұ: ['u'],
  ү: ['u'],
  ф: ['f'],
  х: ['h'],
  һ: ['h'],
  ц: ['c'],
  ч: ['ç'],
  ш: ['ş'],
  щ: ['şç', 'ş'],
  // The signs are no sound of their own; before «е» they are the glide some spellings write.
  ъ: ["'"],
  ь: ["'"],
  ю: ['iu'],
  я: ['ia'],
};

const LATIN: Readonly<Record<string, string>> = {
  q: 'k',
  w: 'u',
  x: 'ks',
  y: 'i',
};

const isAccentedLatin = (letter: string) => /[\u00c0-\u024f\u1e00-\u1eff]/.test(letter);

/** Two- and more-letter Latin spellings of one sound, longest first. */
const DIGRAPHS: readonly (readonly [string, string])[] = [
  ['shch', 'şç'],
  ['tch', 'ç'],
  ['sh', 'ş'],
  ['ch', 'ç'],
  ['zh', 'j'],
  ['kh', 'h'],
  ['ts', 'c'],
  ['gh', 'g'],
];

const VOWEL_LETTERS = new Set([...'aeiouyäöüū', ...'аәеёиіоөуұүыэюя']);

/** At most this many readings of one word are kept: enough for the real ambiguities, few index entries. */
export const MAX_READINGS = 4;

/**
 * Lower case, apostrophes out, Latin diacritics off except the two that are sounds of their own
 * (ş, ç). Other scripts stay whole: ё and й would lose what tells them apart.
 */
function prepare(word: string): string {
  const lower = word.toLowerCase().replace(/['’ʼ`ʹ‘]/g, '');
  // Plain Latin and Cyrillic, by far the most names, need nothing more.
  if (/^[a-z0-9\u0400-\u04ff-]*$/.test(lower)) return lower;
  let out = '';
  for (const letter of lower.normalize('NFC')) {
    if (letter === 'ı') out += 'i';
    else if (isAccentedLatin(letter) && letter !== 'ş' && letter !== 'ç')
      out += letter.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    else out += letter;
  }
  // Marks left over: the dot of a lower-cased İ (i + U+0307), which Cyrillic letters, composed above, never carry.
  return out.replace(/[\u0300-\u036f]/g, '');
}

function dedupe(values: readonly string[], limit: number): string[] {
  return [...new Set(values)].slice(0, limit);
}

/** Every combination of one alternative per segment, the first alternatives first, at most `limit`. */
function expand(segments: readonly (readonly string[])[], limit: number): string[] {
  if (segments.every((segment) => segment.length === 1)) return [segments.map((segment) => segment[0]).join('')];
  let out = [''];
  for (const segment of segments) {
    const next: string[] = [];
    for (const head of out) for (const sound of segment) if (next.length < limit * 4) next.push(head + sound);
    out = next;
  }
  return dedupe(out, limit);
}

const isVowelAt = (text: string, index: number) => {
  const letter = text[index];
  return letter !== undefined && VOWEL_LETTERS.has(letter);
};

/** The word as a row of sounds, each with its readings, before the glide rules. */
function segmentsOf(text: string, prefix: boolean): string[][] {
  const segments: string[][] = [];
  let index = 0;
  while (index < text.length) {
    const letter = text[index] as string;
    const cyrillic = CYRILLIC[letter];
    if (cyrillic) {
      segments.push(cyrillic as string[]);
      index++;
      continue;
    }
    if (letter < 'a' || letter > 'z') {
      segments.push([letter]);
      index++;
      continue;
    }
    const rest = text.slice(index, index + 4);
    if (prefix && index >= text.length - 3) {
      // What was typed stops inside a two-letter spelling: either reading.
      const partial = DIGRAPHS.filter(([spelling]) => spelling.length > rest.length && spelling.startsWith(rest)).map(
        ([, sound]) => sound,
      );
      if (rest === 'sc') partial.push('ş', 'şç');
      if (partial.length > 0) {
        segments.push(dedupe([...expand(segmentsOf(rest, false), MAX_READINGS), ...partial], MAX_READINGS * 2));
        break;
      }
    }
    if (rest.startsWith('sch') && !rest.startsWith('shch')) {
      // «sch» before a vowel is щ (Scherbakov); before a consonant, German ш (Schmidt).
      const ended = index + 3 >= text.length;
      segments.push(ended ? (prefix ? ['şç', 'ş'] : ['ş']) : isVowelAt(text, index + 3) ? ['şç'] : ['ş']);
      index += 3;
      continue;
    }
    const digraph = DIGRAPHS.find(([spelling]) => rest.startsWith(spelling));
    if (digraph) {
      segments.push([digraph[1]]);
      index += digraph[0].length;
      continue;
    }
    if (letter === 'j') {
      // Kazakh Latin writes ж as j (Janbyrbaev), Russian translit й (Jurij, Sergej): before a vowel
      // either may be meant; after a vowel, with no vowel following, only й.
      const afterVowel = isVowelAt(text, index - 1);
      if (isVowelAt(text, index + 1)) segments.push(['j', 'i']);
      else if (index === text.length - 1 && prefix) segments.push(afterVowel ? ['i', 'j'] : ['j', 'i']);
      else segments.push([afterVowel ? 'i' : 'j']);
    } else segments.push([LATIN[letter] ?? letter]);
    index++;
  }
  return segments;
}

/** The glide before «e»: a sign before it may be read as one or not; after a vowel it is always there. */
function settleGlides(reading: string, prefix: boolean): string[] {
  const signed = reading.includes("'")
    ? dedupe([reading.replace(/'(?=e)/g, 'i').replace(/'/g, ''), reading.replace(/'/g, '')], MAX_READINGS)
    : [reading];
  return signed.flatMap((value) => {
    let out = value.replace(/(?<=[aeou])e/g, 'ie').replace(/i{2,}/g, 'i');
    if (out.startsWith('ie')) out = out.slice(1);
    // «Y», «И» typed alone may still become Ye…/Ие…, which start with e.
    return prefix && out === 'i' ? [out, 'e'] : [out];
  });
}

/** Cyrillic letters read one way only: most Cyrillic names, read without building alternatives. */
const CYRILLIC_PLAIN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CYRILLIC).flatMap(([letter, sounds]) =>
    sounds.length === 1 && sounds[0] !== "'" ? [[letter, sounds[0] as string]] : [],
  ),
);

/** The one key of a word written in plain Cyrillic letters, or null when it needs the full reading. */
function plainCyrillicSkeleton(text: string): string | null {
  let out = '';
  for (const letter of text) {
    const sound = CYRILLIC_PLAIN[letter];
    if (sound === undefined) return null;
    out += sound;
  }
  if (out.includes('e')) out = out.replace(/(?<=[aeou])e/g, 'ie');
  if (out.includes('ii')) out = out.replace(/i{2,}/g, 'i');
  return out.startsWith('ie') ? out.slice(1) : out;
}

function wordSkeletons(word: string, prefix: boolean, limit: number): string[] {
  const text = prepare(word);
  if (!text) return [];
  const plain = plainCyrillicSkeleton(text);
  if (plain !== null) return prefix && plain === 'i' ? [plain, 'e'] : [plain];
  const readings = expand(segmentsOf(text, prefix), limit);
  if (readings.length === 1 && !prefix) {
    const settled = settleGlides(readings[0] as string, false);
    if (settled.length === 1) return settled;
  }
  return dedupe(
    readings.flatMap((reading) => settleGlides(reading, prefix)),
    limit,
  );
}

/**
 * The keys of one word (letters, digits, hyphens). A hyphenated name's parts are read each on
 * its own, as each is a word. `prefix` is for what is being typed: see the module's note.
 */
export function nameSkeletons(word: string, options: { prefix?: boolean } = {}): string[] {
  const prefix = options.prefix ?? false;
  const limit = prefix ? MAX_READINGS * 2 : MAX_READINGS;
  if (!word.includes('-')) return wordSkeletons(word, prefix, limit);
  const parts = word.split('-');
  let keys = [''];
  parts.forEach((part, index) => {
    const readings = wordSkeletons(part, prefix && index === parts.length - 1, limit);
    const heads = keys.map((key) => (index > 0 ? `${key}-` : key));
    keys = expand([heads, readings.length > 0 ? readings : ['']], limit);
  });
  return keys.filter(Boolean);
}
