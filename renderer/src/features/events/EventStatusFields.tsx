import { NumberInput, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { eventStatuses } from '@shared/model/records';
import type { EventFormValues } from './event-form-values';

/** Whether it is planned, held, postponed or cancelled, with the reason for a change or the facts of one held. */
export function EventStatusFields({ form }: Readonly<{ form: UseFormReturnType<EventFormValues> }>) {
  const { t } = useTranslation();
  const status = form.values.status;
  return (
    <>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('events.fields.status')}
        </Text>
        <SegmentedControl
          data-testid="event-status"
          data={eventStatuses.map((value) => ({ value, label: t(`enums.eventStatus.${value}`) }))}
          {...form.getInputProps('status')}
        />
      </Stack>
      {(status === 'postponed' || status === 'cancelled') && (
        <TextInput label={t('events.fields.reason')} withAsterisk {...form.getInputProps('statusReason')} />
      )}
      {status === 'held' && (
        <SimpleGrid cols={2}>
          <NumberInput
            label={t('events.fields.actual')}
            min={0}
            allowDecimal={false}
            data-testid="event-actual"
            {...form.getInputProps('actualParticipants')}
          />
          <Textarea label={t('events.fields.result')} autosize minRows={2} {...form.getInputProps('result')} />
        </SimpleGrid>
      )}
    </>
  );
}
