import { Button, Group, Tooltip } from '@mantine/core';
import { IconAlarm, IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useOverdueControlCount } from '@/db/hooks';
import { useToday } from '@/lib/use-today';
import { useDueSoonCount } from './use-due-soon';

/**
 * The header's reminders of control items: those past their deadline, and beside them those due
 * within three working days. Both lead to the control list.
 */
export function OverdueControlBadge() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const today = useToday();
  const overdue = useOverdueControlCount(today);
  const dueSoon = useDueSoonCount(today);
  if (!overdue && !dueSoon) return null;
  const open = () => navigate('/receptions/control');
  return (
    <Group gap="xs" wrap="nowrap">
      {overdue ? (
        <Tooltip label={t('receptions.overdueTooltip')}>
          <Button
            color="red"
            variant="light"
            leftSection={<IconAlarm size={16} />}
            onClick={open}
            data-testid="header-overdue"
          >
            {t('receptions.overdueBadge', { count: overdue })}
          </Button>
        </Tooltip>
      ) : null}
      {dueSoon ? (
        <Tooltip label={t('receptions.dueSoonTooltip')} multiline w={280}>
          <Button
            color="orange"
            variant="light"
            leftSection={<IconHourglass size={16} />}
            onClick={open}
            data-testid="header-due-soon"
          >
            {t('receptions.dueSoonBadge', { count: dueSoon })}
          </Button>
        </Tooltip>
      ) : null}
    </Group>
  );
}
