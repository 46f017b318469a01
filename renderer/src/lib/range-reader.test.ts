import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRangeReader, SETTLE_MS } from './range-reader';

describe('reading the rows of a scrolled list', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads at once while the list moves a little at a time', () => {
    const read = vi.fn();
    const reader = createRangeReader(read);
    reader.rangeChanged(0, 30);
    reader.rangeChanged(3, 33);
    reader.rangeChanged(25, 55);
    expect(read.mock.calls).toEqual([
      [0, 30],
      [3, 33],
      [25, 55],
    ]);
  });

  it('skips the rows a fling passes and reads where it comes to rest', () => {
    const read = vi.fn();
    const reader = createRangeReader(read);
    reader.rangeChanged(0, 30);
    for (let start = 66; start < 9_000; start += 66) {
      reader.rangeChanged(start, start + 30);
      vi.advanceTimersByTime(16);
    }
    expect(read.mock.calls).toEqual([[0, 30]]);
    reader.rangeChanged(9_960, 9_990);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(read.mock.calls).toEqual([
      [0, 30],
      [9_960, 9_990],
    ]);
  });

  it('reads nothing after the list is gone', () => {
    const read = vi.fn();
    const reader = createRangeReader(read);
    reader.rangeChanged(0, 30);
    reader.rangeChanged(5_000, 5_030);
    reader.dispose();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(read.mock.calls).toEqual([[0, 30]]);
  });
});
