import { describe, expect, it } from 'vitest';
import { addToGroup } from './group';

describe('addToGroup', () => {
  it('keeps each key’s values in the order they came, under the key they came with', () => {
    const groups = new Map<string, number[]>();
    for (const [key, value] of [
      ['a', 1],
      ['b', 2],
      ['a', 3],
    ] as const)
      addToGroup(groups, key, value);
    expect([...groups]).toEqual([
      ['a', [1, 3]],
      ['b', [2]],
    ]);
  });
});
