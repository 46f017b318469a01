import { Checkbox, Group, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/DateField';
import type { EventFormValues } from './event-form-values';

/** When: the day, the start and end times, or the whole day. */
export function EventTimeFields({ form }: Readonly<{ form: UseFormReturnType<EventFormValues> }>) {
  const { t } = useTranslation();
  const allDay = form.values.allDay;
  return (
    <Group align="flex-end" grow>
      <DateField
        label={t('events.fields.date')}
        withAsterisk
        data-testid="event-date"
        {...form.getInputProps('date')}
      />
      <TextInput
        type="time"
        label={t('events.fields.time')}
        disabled={allDay}
        data-testid="event-time"
        {...form.getInputProps('time')}
      />
      <TextInput type="time" label={t('events.fields.endTime')} disabled={allDay} {...form.getInputProps('endTime')} />
      <Checkbox label={t('events.fields.allDay')} mb={8} {...form.getInputProps('allDay', { type: 'checkbox' })} />
    </Group>
  );
}
