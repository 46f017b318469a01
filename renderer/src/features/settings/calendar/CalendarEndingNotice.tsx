import { Alert, Button, Group, Text } from '@mantine/core';
import { IconCalendarExclamation } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { calendarStatus } from '@shared/dates/office-calendar';
import { formatDate } from '@shared/dates/format';
import { useCan } from '@/db/hooks';
import { today } from '@/lib/clock';
import { useWorkingCalendar } from '@/db/hooks';

/** The warning text while the calendar runs out or has run out; null while it is not due. */
export function useCalendarWarning(): { text: string; ended: boolean } | null {
  const { t } = useTranslation();
  const calendar = useWorkingCalendar();
  if (!calendar) return null;
  const status = calendarStatus(calendar, today());
  if (status.state === 'ok') return null;
  return {
    text: t(`workingCalendar.${status.state}`, { known: formatDate(status.knownUntil), year: status.nextYear }),
    ended: status.state === 'ended',
  };
}

/**
 * Above every screen, for administrators only (they are the ones who can act): the calendar of
 * non-working days runs out within six months, or has. "Later" hides it until the next sign-in.
 */
export function CalendarEndingNotice() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const allowed = useCan('settings');
  const warning = useCalendarWarning();
  const [hidden, setHidden] = useState(false);
  if (!allowed || !warning || hidden) return null;
  return (
    <Alert
      color={warning.ended ? 'red' : 'yellow'}
      mb="md"
      className="no-print"
      icon={<IconCalendarExclamation size={18} />}
      data-testid="calendar-ending-notice"
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm">{warning.text}</Text>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" onClick={() => navigate('/settings/calendar')} data-testid="calendar-notice-open">
            {t('workingCalendar.open')}
          </Button>
          <Button size="xs" variant="subtle" onClick={() => setHidden(true)}>
            {t('workingCalendar.later')}
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}
