import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, MIN_SIZE, parseWindowState, placeWindow } from './window-state';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const secondMonitor = { x: 1920, y: 0, width: 1920, height: 1040 };

describe('window state', () => {
  it('opens centred at the default size the first time', () => {
    expect(placeWindow(null, [laptop])).toEqual({
      bounds: { x: 277, y: 90, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height },
      maximized: false,
    });
  });

  it('reopens where it was left, maximised or not', () => {
    const saved = { bounds: { x: 2000, y: 50, width: 1400, height: 900 }, maximized: true };
    expect(placeWindow(saved, [laptop, secondMonitor])).toEqual(saved);
  });

  it('comes back to the main screen when the monitor it was on is gone', () => {
    const saved = { bounds: { x: 2000, y: 50, width: 1400, height: 900 }, maximized: false };
    const placed = placeWindow(saved, [laptop]);
    expect(placed.bounds).toEqual({ x: 260, y: 70, width: 1400, height: 900 });
  });

  it('never opens smaller than the minimum size', () => {
    const saved = { bounds: { x: 10, y: 10, width: 300, height: 200 }, maximized: false };
    expect(placeWindow(saved, [laptop]).bounds).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
  });

  it('ignores a damaged state file', () => {
    expect(parseWindowState('{"bounds":')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":"a"},"maximized":false}')).toBeNull();
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":1100,"height":700},"maximized":false}')).toEqual({
      bounds: { x: 1, y: 2, width: 1100, height: 700 },
      maximized: false,
    });
  });
});
