import { collationKey } from './sort-key';

/**
 * Alphabetical order for names and titles: the Kazakh alphabet, which holds the Russian one in the
 * same order and adds its own letters where they belong (Ә after А, Ғ after Г, … І after Ы), so a
 * list reads the same in either interface language. Intl.Collator('kk') would do it in Node, but
 * Chromium (and so Electron) ships ICU without Kazakh collation and falls back to an order that
 * puts І among the И's; comparing collation keys gives the same order everywhere, and the same as
 * the people index. Keys are cached because a sort compares each name many times.
 */
const keys = new Map<string, string>();
const CACHE_LIMIT = 50_000;

function keyOf(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    if (keys.size >= CACHE_LIMIT) keys.clear();
    key = collationKey(text);
    keys.set(text, key);
  }
  return key;
}

export function compareText(a: string, b: string): number {
  const left = keyOf(a);
  const right = keyOf(b);
  if (left !== right) return left < right ? -1 : 1;
  // Same letters in another case: a fixed order still, so a list does not reshuffle on each sort.
  return a < b ? -1 : a > b ? 1 : 0;
}
