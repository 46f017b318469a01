import { Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconCalendarQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { daysBetween } from '@shared/dates/iso';
import type { IsoDate, Reception } from '@shared/model/records';
import { controlState } from '@shared/receptions/control';
import { isDueSoon } from '@shared/receptions/due-soon';
import { LabelBadge } from '@/components/LabelBadge';
import { useWorkingCalendar } from '@/db/hooks';
import { ControlStateBadge } from './ControlStateBadge';
import { openableRow } from './shortcuts';
import type { JournalLookups, ReceptionLineProps } from './use-journal-lookups';

/** One item under control: who asked about what, who answers for it, and the days left or gone past. */
function ControlLine({
  reception,
  day,
  names,
  onOpen,
  knownUntil,
  dueSoon,
}: ReceptionLineProps & { knownUntil: IsoDate | undefined; dueSoon: boolean }) {
  const { t } = useTranslation();
  const state = controlState(reception, day);
  const deadline = reception.control?.deadline ?? day;
  const left = daysBetween(day, deadline);
  const beyondCalendar = knownUntil !== undefined && deadline > knownUntil;
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      py={8}
      px="xs"
      {...openableRow(() => onOpen(reception))}
      data-testid="control-row"
      data-state={state}
      data-due-soon={dueSoon || undefined}
      style={{ cursor: 'pointer', borderBottom: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} truncate="end">
          {names.personName(reception.citizenId)} · {names.topicName(reception.topicCode)}
        </Text>
        <Text size="xs" c="dimmed" truncate="end">
          {formatDate(reception.date)} · {reception.control?.responsibleBody}
          {reception.summary ? ` · ${reception.summary}` : ''}
        </Text>
      </Stack>
      <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
        <Stack gap={0} align="flex-end" style={{ whiteSpace: 'nowrap' }}>
          <Group gap={4} wrap="nowrap">
            {beyondCalendar && (
              <Tooltip label={t('workingCalendar.deadlineBeyond', { known: formatDate(knownUntil) })} multiline w={280}>
                <IconCalendarQuestion
                  size={16}
                  color="var(--mantine-color-orange-8)"
                  aria-label={t('workingCalendar.deadlineBeyond', { known: formatDate(knownUntil) })}
                  data-testid="control-beyond-calendar"
                />
              </Tooltip>
            )}
            <Text size="sm">{formatDate(reception.control?.deadline)}</Text>
          </Group>
          <Text size="xs" c={state === 'overdue' ? 'red' : 'dimmed'}>
            {state === 'overdue'
              ? t('receptions.control.daysOver', { count: -left })
              : t('receptions.control.daysLeft', { count: left })}
          </Text>
        </Stack>
        {dueSoon && (
          <LabelBadge color="orange" variant="light" data-testid="control-due-soon">
            {t('receptions.control.dueSoon')}
          </LabelBadge>
        )}
        <ControlStateBadge state={state} />
      </Group>
    </Group>
  );
}

/** What is under control and still open, the overdue items first (the data layer orders them). */
export function ControlListTab({
  items,
  day,
  names,
  onOpen,
}: Readonly<{
  items: readonly Reception[] | undefined;
  day: IsoDate;
  names: JournalLookups;
  onOpen: (reception: Reception) => void;
}>) {
  const { t } = useTranslation();
  const calendar = useWorkingCalendar();
  const knownUntil = calendar?.knownUntil;
  return (
    <Paper withBorder p="md" data-testid="control-list">
      {items && items.length === 0 ? (
        <Text c="dimmed">{t('receptions.control.empty')}</Text>
      ) : (
        <Stack gap={0}>
          {(items ?? []).map((reception) => (
            <ControlLine
              key={reception.id}
              reception={reception}
              day={day}
              names={names}
              onOpen={onOpen}
              knownUntil={knownUntil}
              dueSoon={calendar ? isDueSoon(reception, day, calendar) : false}
            />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
