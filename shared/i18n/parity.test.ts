import { describe, expect, it } from 'vitest';
import { resources } from './resources';

type Tree = { readonly [key: string]: unknown };

function leaves(tree: unknown, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  if (typeof tree === 'string') result.set(prefix, tree);
  else if (Array.isArray(tree))
    tree.forEach((item, index) => leaves(item, `${prefix}[${index}]`).forEach((v, k) => result.set(k, v)));
  else if (tree && typeof tree === 'object')
    for (const [key, value] of Object.entries(tree as Tree))
      leaves(value, prefix ? `${prefix}.${key}` : key).forEach((v, k) => result.set(k, v));
  return result;
}

const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

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

  it('really are in Kazakh: the Kazakh texts use Kazakh letters', () => {
    const kazakhLetters = /[әғқңөұүһі]/i;
    const kazakhTexts = [...kk.values()].filter((text) => kazakhLetters.test(text));
    expect(kazakhTexts.length / kk.size).toBeGreaterThan(0.5);
  });

  it('name twelve months and seven weekdays starting with Monday', () => {
    expect(resources.ru.dates.months).toHaveLength(12);
    expect(resources.kk.dates.months).toHaveLength(12);
    expect(resources.kk.dates.weekdaysShort).toHaveLength(7);
    expect(resources.ru.dates.weekdaysShort[0]).toBe('Пн');
    expect(resources.kk.dates.weekdaysShort[0]).toBe('Дс');
  });
});
