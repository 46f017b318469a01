import { Button, Tooltip } from '@mantine/core';
import { IconAlarm } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useOverdueControlCount } from '@/db/hooks';
import { useToday } from '@/lib/use-today';

/** The header's reminder of control items past their deadline; it leads to the control list. */
export function OverdueControlBadge() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const count = useOverdueControlCount(useToday());
  if (!count) return null;
  return (
    <Tooltip label={t('receptions.overdueTooltip')}>
      <Button
        color="red"
        variant="light"
        leftSection={<IconAlarm size={16} />}
        onClick={() => navigate('/receptions/control')}
        data-testid="header-overdue"
      >
        {t('receptions.overdueBadge', { count })}
      </Button>
    </Tooltip>
  );
}
