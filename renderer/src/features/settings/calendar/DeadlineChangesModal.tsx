import { Button, Checkbox, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { LabelBadge } from '@/components/LabelBadge';
import { useSafeAction } from '@/components/use-safe-action';
import { applyDeadlineChanges, type DeadlineCheck } from '@/db';

/**
 * The open control deadlines a calendar change would move, from what to what. Nothing moves until
 * the administrator confirms; each row may be left out (a deadline they know was set on purpose).
 */
export function DeadlineChangesModal({ check, onClose }: Readonly<{ check: DeadlineCheck; onClose: () => void }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(check.changes.map((change) => change.id)));

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const apply = () =>
    run(async () => {
      const picked = check.changes.filter((change) => chosen.has(change.id));
      const { applied, skipped } = await applyDeadlineChanges(picked, t('workingCalendar.recomputeReason'));
      notifications.show({ color: 'teal', message: t('workingCalendar.applied', { count: applied }) });
      if (skipped > 0)
        notifications.show({
          color: 'orange',
          message: t('workingCalendar.skipped', { count: skipped }),
          autoClose: false,
        });
      onClose();
    });

  return (
    <Modal opened onClose={onClose} size="xl" title={t('workingCalendar.changesTitle')} data-testid="deadline-changes">
      <Stack>
        <Text size="sm">{t('workingCalendar.changesText')}</Text>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40} />
              <Table.Th>{t('workingCalendar.changesColumns.received')}</Table.Th>
              <Table.Th>{t('workingCalendar.changesColumns.citizen')}</Table.Th>
              <Table.Th>{t('workingCalendar.changesColumns.responsible')}</Table.Th>
              <Table.Th>{t('workingCalendar.changesColumns.from')}</Table.Th>
              <Table.Th>{t('workingCalendar.changesColumns.to')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {check.changes.map((change) => (
              <Table.Tr key={change.id} data-testid="deadline-change">
                <Table.Td>
                  <Checkbox
                    checked={chosen.has(change.id)}
                    onChange={(event) => toggle(change.id, event.currentTarget.checked)}
                    aria-label={`${formatDate(change.from)} → ${formatDate(change.to)}`}
                  />
                </Table.Td>
                <Table.Td>{formatDate(change.date)}</Table.Td>
                <Table.Td>{change.citizen}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Text size="sm">{change.responsibleBody}</Text>
                    {change.confidential && (
                      <LabelBadge size="xs" variant="light" color="gray">
                        {t('workingCalendar.confidential')}
                      </LabelBadge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{formatDate(change.from)}</Table.Td>
                <Table.Td fw={600}>{formatDate(change.to)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {check.closed > 0 && (
          <Text size="sm" c="orange.9">
            {t('workingCalendar.closedItems', { count: check.closed })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-testid="deadline-changes-keep">
            {t('workingCalendar.keep')}
          </Button>
          <Button onClick={apply} disabled={chosen.size === 0} data-testid="deadline-changes-apply">
            {t('workingCalendar.apply')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
