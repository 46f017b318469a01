import { Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import type { Compared } from '@shared/dashboard/compute';
import { formatNumber } from '@shared/text/number-format';

/** The change against the period before, as "+12 (+25 %)"; an arrow says which way. */
function changeText(compared: Compared): string {
  const sign = compared.change > 0 ? '+' : compared.change < 0 ? '−' : '±';
  const percent =
    compared.ratio === null ? '' : ` (${sign}${formatNumber(Math.round(Math.abs(compared.ratio) * 100))} %)`;
  return `${sign}${formatNumber(Math.abs(compared.change))}${percent}`;
}

export function StatCard({
  label,
  value,
  compared,
  previousLabel,
  onClick,
  testId,
}: Readonly<{
  label: string;
  value: number | undefined;
  /** With the period before: the change is shown under the figure. */
  compared?: Compared;
  previousLabel?: string;
  onClick?: () => void;
  testId?: string;
}>) {
  const body = (
    <Paper withBorder p="md" h="100%" data-testid={testId} style={onClick ? { cursor: 'pointer' } : undefined}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={600} data-testid={testId ? `${testId}-value` : undefined}>
        {value === undefined ? '…' : formatNumber(value)}
      </Text>
      {compared && (
        <Stack gap={0}>
          <Text
            size="xs"
            fw={600}
            c={compared.change > 0 ? 'teal.8' : compared.change < 0 ? 'red.8' : 'dimmed'}
            data-testid={testId ? `${testId}-change` : undefined}
          >
            {changeText(compared)}
          </Text>
          {/* Wraps rather than cut: the Kazakh «… кезеңімен салыстырғанда» is longer than a card is wide. */}
          {previousLabel && (
            <Text size="xs" c="dimmed" data-testid={testId ? `${testId}-previous` : undefined}>
              {previousLabel}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
  return onClick ? (
    <UnstyledButton onClick={onClick} h="100%">
      {body}
    </UnstyledButton>
  ) : (
    body
  );
}
