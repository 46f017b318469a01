import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus, IconUserCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import type { Period } from '@shared/events/period';
import type { ReceptionSession } from '@shared/model/records';
import { DateField } from '@/components/DateField';
import type { SessionRow } from '@/db';
import { useCan, useReceptionSessions } from '@/db/hooks';
import type { JournalLookups } from './use-journal-lookups';

/** One mass reception: when and where, what it counts, and how many of its citizens were entered by name. */
function SessionLine({
  row,
  names,
  onOpen,
  onTakeUnderControl,
}: Readonly<{
  row: SessionRow;
  names: JournalLookups;
  onOpen: (session: ReceptionSession) => void;
  onTakeUnderControl: (session: ReceptionSession) => void;
}>) {
  const { t } = useTranslation();
  const canEdit = useCan('edit');
  const { session, figures, entered } = row;
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      py={8}
      px="xs"
      data-testid="session-row"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Stack
        gap={0}
        style={{ minWidth: 0, cursor: 'pointer' }}
        onClick={() => onOpen(session)}
        role="button"
        tabIndex={0}
        onKeyDown={(event) => event.key === 'Enter' && onOpen(session)}
      >
        <Text size="sm" fw={500} truncate="end">
          {formatDate(session.date)}
          {session.placeId ? ` · ${names.placeName(session.placeId)}` : ''}
          {session.visitId && names.visitName.get(session.visitId) ? ` · ${names.visitName.get(session.visitId)}` : ''}
        </Text>
        <Text size="xs" c="dimmed" truncate="end" data-testid="session-figures">
          {t('receptionSessions.receivedLine', {
            received: figures.received,
            helped: figures.byOutcome.helped,
            control: figures.byOutcome.control,
          })}
          {' · '}
          {t('receptionSessions.entered', { count: entered })}
        </Text>
      </Stack>
      {canEdit && (
        <Button
          size="xs"
          variant="light"
          leftSection={<IconUserCheck size={14} />}
          onClick={() => onTakeUnderControl(session)}
          data-testid="session-take-under-control"
          style={{ flexShrink: 0 }}
        >
          {t('receptionSessions.takeUnderControl')}
        </Button>
      )}
    </Group>
  );
}

/**
 * Mass receptions of the period, recorded as totals. Citizens taken under control at one are
 * entered through the reception form, prefilled with the session, each with a deadline.
 */
export function SessionsTab({
  period,
  onPeriodChange,
  names,
  onNew,
  onOpen,
  onTakeUnderControl,
}: Readonly<{
  period: Period;
  onPeriodChange: (change: (current: Period) => Period) => void;
  names: JournalLookups;
  onNew: () => void;
  onOpen: (session: ReceptionSession) => void;
  onTakeUnderControl: (session: ReceptionSession) => void;
}>) {
  const { t } = useTranslation();
  const canEdit = useCan('edit');
  const rows = useReceptionSessions(period);
  const received = (rows ?? []).reduce((sum, row) => sum + row.figures.received, 0);
  return (
    <Paper withBorder p="md" data-testid="sessions-list">
      <Stack gap="sm">
        <Group align="flex-end" justify="space-between">
          <Group align="flex-end">
            <DateField
              label={t('receptions.from')}
              value={period.from}
              onChange={(from) => from && onPeriodChange((current) => ({ ...current, from }))}
              data-testid="sessions-from"
              w={150}
            />
            <DateField
              label={t('receptions.to')}
              value={period.to}
              onChange={(to) => to && onPeriodChange((current) => ({ ...current, to }))}
              data-testid="sessions-to"
              w={150}
            />
            {canEdit && (
              <Button leftSection={<IconPlus size={16} />} onClick={onNew} data-testid="session-new">
                {t('receptionSessions.add')}
              </Button>
            )}
          </Group>
          <Text size="sm" data-testid="sessions-count">
            {t('receptionSessions.count', { count: rows?.length ?? 0, received })}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {t('receptionSessions.hint')}
        </Text>
        {rows && rows.length === 0 ? (
          <Text c="dimmed">{t('receptionSessions.empty')}</Text>
        ) : (
          <Stack gap={0}>
            {(rows ?? []).map((row) => (
              <SessionLine
                key={row.session.id}
                row={row}
                names={names}
                onOpen={onOpen}
                onTakeUnderControl={onTakeUnderControl}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
