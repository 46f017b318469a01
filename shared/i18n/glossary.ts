import type { Language } from './languages';

/** One notion of docs/glossary.md: the words chosen for it in each language, those rejected, and where it is used. */
export interface GlossaryTerm {
  notion: string;
  chosen: Record<Language, string[]>;
  rejected: Record<Language, string[]>;
  keys: string[];
}

/** A word no text of a language may contain. */
export interface GlossaryBan {
  language: Language;
  word: string;
}

export interface Glossary {
  terms: GlossaryTerm[];
  bans: GlossaryBan[];
}

/** A text that does not follow the glossary, with what is wrong in words a translator can act on. */
export interface GlossaryBreach {
  language: Language;
  key: string;
  problem: string;
}

type Texts = Readonly<Record<string, unknown>>;

const backticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');

function tableRows(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) return [];
  const rest = markdown.slice(start + heading.length + 5);
  const end = rest.indexOf('\n## ');
  return (end < 0 ? rest : rest.slice(0, end))
    .split('\n')
    .filter((line) => line.trim().startsWith('|'))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim()),
    )
    .slice(2);
}

/** Reads the two tables of docs/glossary.md: "Terms" and "Nowhere". */
export function parseGlossary(markdown: string): Glossary {
  const terms = tableRows(markdown, 'Terms').map(
    ([notion = '', ru = '', kk = '', notRu = '', notKk = '', keys = '']) => ({
      notion,
      chosen: { ru: backticked(ru), kk: backticked(kk) },
      rejected: { ru: backticked(notRu), kk: backticked(notKk) },
      keys: backticked(keys),
    }),
  );
  const bans = tableRows(markdown, 'Nowhere').flatMap(([language = '', word = '']) =>
    language === 'ru' || language === 'kk'
      ? backticked(word).map((item) => ({ language, word: item }) as GlossaryBan)
      : [],
  );
  return { terms, bans };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `реттел-` is a stem and matches «Реттелген»; `Қарау` stands whole and does not match «Қараушы». */
export function glossaryPattern(word: string): RegExp {
  const stem = word.endsWith('-');
  const body = escape(stem ? word.slice(0, -1) : word).replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${stem ? '' : '(?![\\p{L}\\p{N}])'}`, 'iu');
}

/** Every text of a resource object by its dotted key. */
export function flattenTexts(texts: Texts, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [name, value] of Object.entries(texts)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') flat.set(key, value);
    else if (value && typeof value === 'object' && !Array.isArray(value))
      for (const [inner, text] of flattenTexts(value as Texts, key)) flat.set(inner, text);
  }
  return flat;
}

/** Where the texts of both languages leave the glossary: a missing chosen word, a rejected or banned one. */
export function glossaryBreaches(glossary: Glossary, resources: Readonly<Record<Language, Texts>>): GlossaryBreach[] {
  const breaches: GlossaryBreach[] = [];
  for (const language of ['ru', 'kk'] as const) {
    const texts = flattenTexts(resources[language]);
    for (const term of glossary.terms)
      for (const key of term.keys) {
        const text = texts.get(key);
        if (text === undefined) {
          breaches.push({ language, key, problem: `no such text (${term.notion})` });
          continue;
        }
        const chosen = term.chosen[language];
        if (chosen.length > 0 && !chosen.some((word) => glossaryPattern(word).test(text)))
          breaches.push({ language, key, problem: `«${text}» uses none of ${chosen.join(', ')} (${term.notion})` });
        for (const word of term.rejected[language])
          if (glossaryPattern(word).test(text))
            breaches.push({ language, key, problem: `«${text}» uses the rejected ${word} (${term.notion})` });
      }
    for (const ban of glossary.bans.filter((item) => item.language === language))
      for (const [key, text] of texts)
        if (glossaryPattern(ban.word).test(text))
          breaches.push({ language, key, problem: `«${text}» uses ${ban.word}, which the glossary rules out` });
  }
  return breaches;
}
