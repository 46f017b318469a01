import { foldForSearch } from '../text/search-normalize';

/** A directory entry a form's row may name: a district, a village, an ethnic group, an event type… */
export interface LabelEntry {
  id: string;
  nameRu: string;
  nameKk: string;
}

export interface LabelMatch {
  label: string;
  /** The entry the row is; null when none is found, or for a totals row. */
  match: string | null;
  /** 'exact': the same name once place words are set aside; 'likely': the same stem, to be reviewed. */
  confidence: 'exact' | 'likely' | 'none';
  /** Other entries the label may name, best first, for the review. */
  alternatives: string[];
  /** "Итого", "Барлығы"…: the authority's own sum, never matched and never written. */
  total: boolean;
}

/** What kind of place a word names; a label and a name of different kinds are not the same place. */
type PlaceKind = 'district' | 'okrug' | 'settlement' | 'town';

/** Words (folded, without dots) that say what a place is, not which one. */
const placeWords: Readonly<Record<string, PlaceKind>> = {
  район: 'district',
  района: 'district',
  рн: 'district',
  аудан: 'district',
  ауданы: 'district',
  округ: 'okrug',
  округа: 'okrug',
  округи: 'okrug',
  сельский: 'okrug',
  ауылдык: 'okrug',
  со: 'okrug',
  ао: 'okrug',
  село: 'settlement',
  с: 'settlement',
  ауыл: 'settlement',
  ауылы: 'settlement',
  а: 'settlement',
  поселок: 'settlement',
  пос: 'settlement',
  п: 'settlement',
  г: 'town',
  город: 'town',
  каласы: 'town',
  к: 'town',
  га: 'town',
  ка: 'town',
};

const totalWords = new Set(['итого', 'всего', 'барлыгы', 'жиыны', 'жиынтыгы', 'барлык']);

/** Russian adjective endings ("Кордайский", "Сортобинского") and plurals in both languages ("казахи", "қазақтар"). */
const ENDINGS = /(?:ского|ской|ском|ский|ская|ское|ские|цкого|цкий|цкая|цкое|лар|лер|дар|дер|тар|тер)$/;

function stem(word: string): string {
  if (word.length > 5 && ENDINGS.test(word)) return word.replace(ENDINGS, '');
  if (word.length > 4 && /[ыи]$/.test(word)) return word.slice(0, -1);
  return word;
}

interface Key {
  /** The name's own words, folded. */
  words: string;
  stems: string;
  kind?: PlaceKind;
}

/**
 * A label reduced to what names the entry: case, ё/е and the Kazakh letters folded, punctuation
 * gone, and the words that only say what kind of place it is ("р-н", "ауылы", "с.о.") set aside.
 * "с.о." and "Қ.Ә." become the one words "со" and "ка", so they are told from a village's "с.".
 */
function keyOf(text: string): Key {
  const folded = foldForSearch(text)
    .replace(/(^|[^\p{L}])(\p{L})\.(\p{L})\./gu, '$1 $2$3 ')
    .replace(/(^|[^\p{L}])(\p{L})-(\p{L})(?![\p{L}])/gu, '$1$2$3')
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  let kind: PlaceKind | undefined;
  const words: string[] = [];
  for (const word of folded.split(' ')) {
    if (!word) continue;
    const placeKind = placeWords[word];
    if (placeKind) kind = kind === 'okrug' ? kind : placeKind;
    // A single letter left is an initial: "Т. Рыскуловский район".
    else if (word.length > 1) words.push(word);
  }
  return { words: words.join(' '), stems: words.map(stem).join(' '), kind };
}

/** True for a totals row: "Итого", "Всего по району:", "Барлығы", "Жиыны". */
export function isTotalLabel(label: string): boolean {
  const first = foldForSearch(label).split(/[^\p{L}]+/u)[0] ?? '';
  return totalWords.has(first);
}

const commonPrefix = (a: string, b: string) => {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return at;
};

/** Every stem of one is a stem of the other: "Рыскулов" and "Тұрар Рысқұлов". */
function sameStemsInPart(a: string, b: string): boolean {
  const [fewer, more] = a.length < b.length ? [a, b] : [b, a];
  const stems = new Set(more.split(' '));
  return fewer.length >= 4 && fewer.split(' ').every((word) => stems.has(word));
}

/**
 * 3 the same words, 2 the same stems, 1 stems differing only in their last letters or one name's
 * stems all in the other, 0 not the same.
 */
function score(label: Key, name: Key): number {
  if (!label.words || !name.words) return 0;
  let points = 0;
  if (label.words === name.words) points = 3;
  else if (label.stems === name.stems) points = 2;
  else {
    const shorter = Math.min(label.stems.length, name.stems.length);
    const shared = commonPrefix(label.stems, name.stems);
    if ((shared >= 5 && shared >= shorter - 1) || sameStemsInPart(label.stems, name.stems)) points = 1;
  }
  // "Кордайский сельский округ" is not the village "с. Кордай", nor the district.
  if (points > 0 && label.kind && name.kind && label.kind !== name.kind) points -= 1.5;
  return points;
}

/**
 * Each of a form's row labels matched to a directory entry by its Russian or Kazakh name:
 * "Кордайский район", "Қордай ауданы", "Кордай" and "р-н Кордай" land on the same district,
 * "казахи", "қазақтар" and "Казах" on the same ethnos. A match is 'exact' when one entry has the
 * same words; else 'likely' when one entry scores best, to be reviewed; the rest are alternatives.
 */
export function matchLabels(labels: readonly string[], entries: readonly LabelEntry[]): LabelMatch[] {
  const keys = entries.map((entry) => [keyOf(entry.nameRu), keyOf(entry.nameKk)] as const);
  return labels.map((label) => {
    if (isTotalLabel(label)) return { label, match: null, confidence: 'none', alternatives: [], total: true };
    const key = keyOf(label);
    const scored = entries
      .map((entry, at) => ({
        id: entry.id,
        points: Math.max(...(keys[at] ?? []).map((name) => score(key, name))),
      }))
      .filter((candidate) => candidate.points > 0)
      .sort((a, b) => b.points - a.points);
    const [best, second] = scored;
    if (!best) return { label, match: null, confidence: 'none', alternatives: [], total: false };
    const alone = !second || second.points < best.points;
    const confidence = best.points === 3 && alone ? 'exact' : 'likely';
    return {
      label,
      match: best.id,
      confidence,
      alternatives: scored.slice(1).map((candidate) => candidate.id),
      total: false,
    };
  });
}
