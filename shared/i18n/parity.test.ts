import { describe, expect, it } from 'vitest';
import type { Language } from './languages';
import { resources } from './resources';

type Texts = ReadonlyMap<string, string>;

/** Every text of a resource tree under the key i18next finds it by (array items as key[index]). */
function leaves(tree: unknown, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  if (typeof tree === 'string') result.set(prefix, tree);
  else if (Array.isArray(tree))
    tree.forEach((item, index) => leaves(item, `${prefix}[${index}]`).forEach((v, k) => result.set(k, v)));
  else if (tree && typeof tree === 'object')
    for (const [key, value] of Object.entries(tree))
      leaves(value, prefix ? `${prefix}.${key}` : key).forEach((v, k) => result.set(k, v));
  else throw new Error(`${prefix} is ${String(tree)}, not a text`);
  return result;
}

/** Interpolation names, each once: {{count}} and {{count, number}} both name count. */
const variables = (text: string) =>
  [...new Set([...text.matchAll(/{{\s*([^\s,{}]+)[^{}]*}}/g)].map((match) => match[1]))].sort();

/** Braces left after the placeholders are taken out: a mistyped {{count} prints as it is. */
const strayBraces = (text: string) => /[{}]/.test(text.replace(/{{[^{}]*}}/g, ''));

/**
 * Kazakh texts that are rightly the same as the Russian ones. A text without a Cyrillic letter
 * (—, №, 35–59, Ctrl+K, E-mail) has nothing to translate and needs no entry.
 */
const SAME_IN_BOTH: Readonly<Record<string, string>> = {
  Келісім: 'the product name',
  Русский: 'the language switch names each language in that language',
  Қазақша: 'the language switch names each language in that language',
  Ср: 'Сәрсенбі is shortened to Ср, as среда is',
  Сб: 'Сенбі is shortened to Сб, as суббота is',
  Аудитория: 'a loanword Kazakh writes the same (kk.ts also has Аудиториялар)',
  Журнал: 'a loanword Kazakh writes the same (kk.ts also has Әрекеттер журналы)',
  Компьютер: 'a loanword Kazakh writes the same (the PC that wrote an audit entry)',
  Логин: 'a loanword Kazakh writes the same',
  мм: 'the abbreviation of millimetre is the same in Kazakh',
  Медиатор: 'a loanword Kazakh writes the same',
  Медиация: 'a loanword Kazakh writes the same (kk.ts also has Медиация істері)',
  Мониторинг: 'a loanword Kazakh writes the same (kk.ts also has Мониторингті қосу)',
  Полиция: 'the name of the service in Kazakh too',
  Радио: 'a loanword Kazakh writes the same (an outlet type of a publication)',
  Редактор: 'a loanword Kazakh writes the same',
  Сайт: 'a loanword Kazakh writes the same (an outlet type of a publication)',
  Телефон: 'a loanword Kazakh writes the same',
  Файл: 'a loanword Kazakh writes the same',
  Этнос: 'a loanword Kazakh writes the same (kk.ts also has Этностар)',
};

/**
 * Keys whose Kazakh text is still the Russian one although it may need its own wording; the
 * wording is the translator's call, and the entry goes when the text changes.
 */
const UNDECIDED: Readonly<Record<string, string>> = {};

const listed = (list: Readonly<Record<string, string>>, entry: string) => Object.hasOwn(list, entry);
const cyrillic = /[а-яёәғқңөұүһі]/i;
const words = (text: string) =>
  text
    .replace(/{{[^{}]*}}/g, ' ')
    .toLowerCase()
    .match(/[а-яёәғқңөұүһі]+/g) ?? [];

/*
 * Signs of a Russian text left in the Kazakh file, each checked against every text of kk.ts: none
 * of them occurs there outside the texts listed above. Kazakh has ы, э, ь, ц, ч in its own words
 * and loanwords, so those letters say nothing; ё, щ and ъ only come with Russian words.
 */
const RUSSIAN_LETTERS = /[ёщъ]/g;
/** Russian short words that are not Kazakh words too (не and да are, so they are left out). */
const RUSSIAN_WORDS = new Set(
  'и в во для или на по с со от из при к без что это как если только уже нет все чтобы его их'.split(' '),
);
/** Russian inflections no Kazakh word of four or more letters ends in. */
const RUSSIAN_ENDINGS = ['ый', 'ий', 'ая', 'ого', 'ие', 'ые', 'ых', 'ться', 'тся'];

function russianSigns(text: string): string[] {
  const letters = new Set(text.toLowerCase().match(RUSSIAN_LETTERS));
  const signs = [...letters].map((letter) => `letter ${letter}`);
  for (const word of words(text)) {
    if (RUSSIAN_WORDS.has(word)) signs.push(`word «${word}»`);
    const ending = RUSSIAN_ENDINGS.find((each) => word.length >= each.length + 2 && word.endsWith(each));
    if (ending) signs.push(`«${word}» ends in -${ending}`);
  }
  return signs;
}

/*
 * i18next picks `key_<category>` by Intl.PluralRules of the language (`key_ordinal_<category>`
 * with ordinal: true), so each language needs every category of its own rules: Russian one, few,
 * many and other; Kazakh one and other. _zero is an optional extra i18next tries for 0.
 */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function missingPluralForms(texts: Texts, language: Language): string[] {
  const stems = new Set(
    [...texts.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, '')),
  );
  return [...stems].flatMap((stem) => {
    const type = stem.endsWith('_ordinal') ? 'ordinal' : 'cardinal';
    return new Intl.PluralRules(language, { type })
      .resolvedOptions()
      .pluralCategories.map((category) => `${stem}_${category}`)
      .filter((key) => !texts.has(key));
  });
}

describe('ru and kk resources', () => {
  const ru = leaves(resources.ru);
  const kk = leaves(resources.kk);

  it('have exactly the same keys', () => {
    expect([...kk.keys()].filter((key) => !ru.has(key))).toEqual([]);
    expect([...ru.keys()].filter((key) => !kk.has(key))).toEqual([]);
  });

  it('have no empty text', () => {
    expect([...ru, ...kk].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('use the same interpolation variables in both languages', () => {
    const mismatched = [...ru].filter(([key, text]) => variables(text).join() !== variables(kk.get(key) ?? '').join());
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('write every placeholder with both pairs of braces', () => {
    expect([...ru, ...kk].filter(([, text]) => strayBraces(text)).map(([key]) => key)).toEqual([]);
  });

  it('leave no Kazakh text a copy of the Russian one, but for the texts the same in both', () => {
    const copies = [...kk].filter(
      ([key, text]) =>
        text === ru.get(key) && cyrillic.test(text) && !listed(SAME_IN_BOTH, text) && !listed(UNDECIDED, key),
    );
    expect(copies.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });

  it('leave no Kazakh text in Latin letters (an English stub, a TODO) where the Russian is in Cyrillic', () => {
    const latin = [...kk].filter(([key, text]) => cyrillic.test(ru.get(key) ?? '') && !cyrillic.test(text));
    expect(latin.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });

  it('list as the same in both only texts that still are', () => {
    const identical = new Set([...kk].filter(([key, text]) => text === ru.get(key)).map(([, text]) => text));
    expect(Object.keys(SAME_IN_BOTH).filter((text) => !identical.has(text))).toEqual([]);
    expect(Object.keys(UNDECIDED).filter((key) => kk.get(key) !== ru.get(key))).toEqual([]);
  });

  it('have no Russian word or letter in a Kazakh text', () => {
    const russian = [...kk]
      .filter(([key, text]) => !listed(SAME_IN_BOTH, text) && !listed(UNDECIDED, key))
      .map(([key, text]) => [key, russianSigns(text)] as const)
      .filter(([, signs]) => signs.length > 0);
    expect(russian.map(([key, signs]) => `${key}: ${signs.join(', ')}`)).toEqual([]);
  });

  it('have every plural form each language needs', () => {
    expect(missingPluralForms(ru, 'ru')).toEqual([]);
    expect(missingPluralForms(kk, 'kk')).toEqual([]);
  });

  it('name twelve months and seven weekdays starting with Monday', () => {
    expect(resources.ru.dates.months).toHaveLength(12);
    expect(resources.kk.dates.months).toHaveLength(12);
    expect(resources.kk.dates.weekdaysShort).toHaveLength(7);
    expect(resources.ru.dates.weekdaysShort[0]).toBe('Пн');
    expect(resources.kk.dates.weekdaysShort[0]).toBe('Дс');
  });
});

// On today's files the checks above find nothing, as they would if they checked nothing: these
// show that they catch the mistakes they are for.
describe('the checks of the Kazakh texts', () => {
  it('see Russian texts that are not copies of the Russian key', () => {
    expect(russianSigns('Ещё строк: {{count}}')).toEqual(['letter щ', 'letter ё']);
    expect(russianSigns('Скрыть ИИН и телефоны')).toEqual(['word «и»']);
    expect(russianSigns('Новый пакет')).toEqual(['«новый» ends in -ый']);
    expect(russianSigns('Жаңа пакет')).toEqual([]);
  });

  it('ask each language for the plural forms of its own rules', () => {
    const englishStyle = new Map([
      ['rows_one', '{{count}}'],
      ['rows_other', '{{count}}'],
      ['place_ordinal_other', '{{count}}'],
    ]);
    expect(missingPluralForms(englishStyle, 'ru')).toEqual(['rows_few', 'rows_many']);
    expect(missingPluralForms(englishStyle, 'kk')).toEqual(['place_ordinal_many']);
  });
});
