import { Group, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatLongDate } from '@shared/dates/format';
import type { IsoDate, KelisimEvent } from '@shared/model/records';
import { nameIn } from '@shared/text/name-in';
import { calendarNames } from '@/i18n/i18n';
import { useLanguage } from '@/i18n/use-language';
import { dayOrder, STATUS_COLOURS } from './calendar-entries';
import { LabelBadge } from '@/components/LabelBadge';

/** Every event of one day, for a day of the month grid with more than it can show. */
export function DayEventsModal({
  day,
  events,
  onOpen,
  onClose,
}: Readonly<{
  day: IsoDate;
  events: readonly KelisimEvent[];
  onOpen: (event: KelisimEvent) => void;
  onClose: () => void;
}>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const ofDay = events.filter((event) => event.start.slice(0, 10) === day).sort(dayOrder);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('events.dayList', { date: formatLongDate(day, calendarNames(language)) })}
      size="lg"
      data-testid="day-events"
    >
      <Stack gap={4}>
        {ofDay.map((event) => (
          <UnstyledButton
            key={event.id}
            onClick={() => onOpen(event)}
            p={6}
            className="kelisim-day-event"
            data-testid="day-event"
          >
            <Group gap="sm" wrap="nowrap">
              <Text size="sm" w={80} c="dimmed">
                {event.allDay ? t('events.fields.allDay') : event.start.slice(11, 16)}
              </Text>
              <Text size="sm" style={{ flex: 1 }}>
                {nameIn(language, event)}
              </Text>
              <LabelBadge color={STATUS_COLOURS[event.status]} variant="light">
                {t(`enums.eventStatus.${event.status}`)}
              </LabelBadge>
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
    </Modal>
  );
}
