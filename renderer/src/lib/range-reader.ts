/** How long a flung list must rest before the rows it stopped on are read. */
export const SETTLE_MS = 80;

/**
 * Decides when the rows a virtual list shows are read from the database. While the list moves a
 * little at a time (wheel, arrow keys, page down) the new rows are read at once. When it jumps
 * past a whole screen in one frame (a fling, a drag of the scroll bar) the rows flying past are
 * not read at all: their reads would arrive after they left the screen and take the frames the
 * scrolling needs. The rows it comes to rest on are read as soon as it stops.
 */
export function createRangeReader(read: (start: number, end: number) => void, settleMs = SETTLE_MS) {
  let previous: { start: number; end: number } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    rangeChanged(start: number, end: number): void {
      const jumped = previous !== null && (end < previous.start || start > previous.end);
      previous = { start, end };
      clearTimeout(timer);
      if (jumped) timer = setTimeout(() => read(start, end), settleMs);
      else read(start, end);
    },
    dispose(): void {
      clearTimeout(timer);
    },
  };
}
