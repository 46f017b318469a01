import { Box, ScrollArea } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

/**
 * Renders only the rows on screen, so a list of 5,000 members or 100,000 people scrolls as
 * smoothly as a list of ten. Rows have a fixed height.
 */
export function VirtualRows({
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
    overscan: 12,
    onChange: (instance) => {
      const items = instance.getVirtualItems();
      const first = items[0];
      const last = items[items.length - 1];
      if (first && last) onRangeChange?.(first.index, last.index);
    },
  });
  return (
    <Box data-testid={testId} style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
      {header}
      <ScrollArea h={height} viewportRef={viewport} type="auto">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => (
            <div
              key={item.key}
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
      </ScrollArea>
    </Box>
  );
}
