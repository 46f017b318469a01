import { Paper, Text } from '@mantine/core';
import { formatNumber } from '@shared/text/number-format';

export function StatCard({
  label,
  value,
  testId,
}: Readonly<{ label: string; value: number | undefined; testId?: string }>) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={600} data-testid={testId ? `${testId}-value` : undefined}>
        {value === undefined ? '…' : formatNumber(value)}
      </Text>
    </Paper>
  );
}
