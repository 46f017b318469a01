import { foldForSearch } from '../text/search-normalize';

export interface NamedOption {
  id: string;
  names: readonly string[];
}

export type MatchResult =
  { ok: true; id: string; exact: boolean } | { ok: false; reason: 'unknown_value' | 'ambiguous_value' };

/** Forms of ethnonyms that do not share a stem with the plural names in the directory. */
const ETHNONYM_FORMS: Record<string, string> = {
  казашка: 'kazakhs',
  казах: 'kazakhs',
  казак: 'kazakhs',
  русская: 'russians',
  русский: 'russians',
  орыс: 'russians',
  немец: 'germans',
  немка: 'germans',
  немис: 'germans',
  кореец: 'koreans',
  кореянка: 'koreans',
  карис: 'koreans',
  узбечка: 'uzbeks',
  озбек: 'uzbeks',
  уйгурка: 'uyghurs',
  уйгур: 'uyghurs',
  татарка: 'tatars',
  дунганка: 'dungans',
  дунган: 'dungans',
  дунген: 'dungans',
  турчанка: 'turks',
  турок: 'turks',
  турик: 'turks',
  украинка: 'ukrainians',
  украинец: 'ukrainians',
  азербайджанка: 'azerbaijanis',
  курдянка: 'kurds',
  чеченка: 'chechens',
  чеченец: 'chechens',
  белоруска: 'belarusians',
  белорус: 'belarusians',
  кыргыз: 'kyrgyz',
  киргиз: 'kyrgyz',
  таджичка: 'tajiks',
  таджик: 'tajiks',
  другие: 'other',
  'другие национальности': 'other',
  'другие этносы': 'other',
  прочие: 'other',
  баскалар: 'other',
  'баска улттар': 'other',
  'баска этностар': 'other',
};

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

interface FoldedOptions {
  exact: Map<string, string[]>;
  names: { id: string; folded: string[] }[];
}

const foldedCache = new WeakMap<readonly NamedOption[], FoldedOptions>();

/** Folded names of a directory, computed once per import rather than once per cell. */
function folded(options: readonly NamedOption[]): FoldedOptions {
  let entry = foldedCache.get(options);
  if (!entry) {
    const exact = new Map<string, string[]>();
    const names = options.map((option) => {
      const foldedNames = option.names.map(foldForSearch);
      for (const name of new Set(foldedNames)) exact.set(name, [...(exact.get(name) ?? []), option.id]);
      return { id: option.id, folded: foldedNames };
    });
    entry = { exact, names };
    foldedCache.set(options, entry);
  }
  return entry;
}

/**
 * Finds the option a cell names: an exact name (either language, Kazakh letters folded), a known
 * singular form, or the one option sharing the longest stem of at least four letters.
 */
export function matchOption(
  text: string,
  options: readonly NamedOption[],
  knownForms: Record<string, string> = {},
): MatchResult {
  const value = foldForSearch(text);
  if (!value) return { ok: false, reason: 'unknown_value' };
  const { exact, names } = folded(options);
  const exactIds = [...new Set(exact.get(value) ?? [])];
  if (exactIds.length === 1 && exactIds[0]) return { ok: true, id: exactIds[0], exact: true };
  if (exactIds.length > 1) return { ok: false, reason: 'ambiguous_value' };
  const form = knownForms[value];
  if (form && options.some((option) => option.id === form)) return { ok: true, id: form, exact: false };
  let best: { id: string; length: number } | null = null;
  let tie = false;
  for (const option of names) {
    const length = Math.max(...option.folded.map((name) => commonPrefix(name, value)));
    if (length < 4 || length < Math.min(value.length, 6) - 1) continue;
    if (!best || length > best.length) {
      best = { id: option.id, length };
      tie = false;
    } else if (length === best.length && option.id !== best.id) tie = true;
  }
  if (best && !tie) return { ok: true, id: best.id, exact: false };
  return { ok: false, reason: tie ? 'ambiguous_value' : 'unknown_value' };
}

export function matchEthnos(text: string, options: readonly NamedOption[]): MatchResult {
  return matchOption(text, options, ETHNONYM_FORMS);
}

/** Settlement names come with "с.", "а.", "село", "ауылы" and the like; the name is what matters. */
export function placeNameCore(text: string): string {
  return foldForSearch(text)
    .replace(/^(с|а|п|г|к|ст|пос|село|ауыл|поселок|город|кала)\.?\s*/u, '')
    .replace(/\s*(а|к|ауылы|с|аулы)\.?$/u, '')
    .trim();
}

type PlaceOption = { id: string; nameRu: string; nameKk: string; level: string };

const placeIndexCache = new WeakMap<readonly PlaceOption[], { ids: Set<string>; byCore: Map<string, PlaceOption[]> }>();

function placeIndex(places: readonly PlaceOption[]) {
  let index = placeIndexCache.get(places);
  if (!index) {
    const byCore = new Map<string, PlaceOption[]>();
    for (const place of places)
      for (const core of new Set([placeNameCore(place.nameRu), placeNameCore(place.nameKk)]))
        if (core) byCore.set(core, [...(byCore.get(core) ?? []), place]);
    index = { ids: new Set(places.map((place) => place.id)), byCore };
    placeIndexCache.set(places, index);
  }
  return index;
}

export function matchPlace(text: string, places: readonly PlaceOption[], preferredPrefix?: string): MatchResult {
  const trimmed = text.trim();
  const index = placeIndex(places);
  if (/^\d{9}$/.test(trimmed))
    return index.ids.has(trimmed) ? { ok: true, id: trimmed, exact: true } : { ok: false, reason: 'unknown_value' };
  const core = placeNameCore(trimmed);
  if (!core) return { ok: false, reason: 'unknown_value' };
  const matches = index.byCore.get(core) ?? [];
  const settlements = matches.filter((place) => place.level === 'settlement');
  const pool = settlements.length > 0 ? settlements : matches;
  if (pool.length === 1 && pool[0]) return { ok: true, id: pool[0].id, exact: true };
  const own = preferredPrefix ? pool.filter((place) => place.id.startsWith(preferredPrefix)) : [];
  if (own.length === 1 && own[0]) return { ok: true, id: own[0].id, exact: false };
  return { ok: false, reason: pool.length > 1 ? 'ambiguous_value' : 'unknown_value' };
}
