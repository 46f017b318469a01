import { describe, expect, it } from 'vitest';
import { signInDelayMs } from './throttle';

describe('waiting after wrong passwords', () => {
  it('lets three typos pass, then doubles the wait up to a minute', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 8, 20].map(signInDelayMs)).toEqual([
      0, 0, 0, 1_000, 2_000, 4_000, 8_000, 32_000, 60_000,
    ]);
  });
});
