import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef, type ReactNode } from 'react';

const SLOTS = 128;

/**
 * Renders only the rows on screen, so a list of 5,000 members or 100,000 people scrolls as
 * smoothly as a list of ten. Rows have a fixed height; the browser's own scrolling is used
 * because it costs nothing per frame.
 */
export const VirtualRows = memo(function VirtualRows({
  count,
  rowHeight,
  height,
  header,
  renderRow,
  testId,
  onRangeChange,
}: Readonly<{
  count: number;
  rowHeight: number;
  height: number | string;
  header?: ReactNode;
  renderRow: (index: number) => ReactNode;
  testId?: string;
  onRangeChange?: (start: number, end: number) => void;
}>) {
  const viewport = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => viewport.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    // Rendering on the next frame rather than synchronously inside the scroll event keeps fast
    // scrolling smooth; rows are plain and cheap to fill in.
    useFlushSync: false,
    onChange: (instance) => {
      const items = instance.getVirtualItems();
      const first = items[0];
      const last = items[items.length - 1];
      if (first && last) onRangeChange?.(first.index, last.index);
    },
  });
  return (
    <div data-testid={testId} style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
      {header}
      <div ref={viewport} data-scroll-viewport style={{ height, overflowY: 'auto', contain: 'strict' }}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => (
            <div
              // Keyed by slot, not by row: scrolling reuses the same few dozen elements.
              key={item.index % SLOTS}
              data-index={item.index}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: rowHeight,
                transform: `translateY(${item.start}px)`,
              }}
            >
              {renderRow(item.index)}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
});
