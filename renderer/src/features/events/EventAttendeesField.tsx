import { Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PersonListField } from '@/components/PersonListField';
import type { EventFormValues } from './event-form-values';

/**
 * Named attendance, when the office keeps it: the people who came, picked from the registry, so
 * that the reach of a period counts each of them once however many events they attended.
 */
export function EventAttendeesField({
  form,
  readOnly,
}: Readonly<{ form: UseFormReturnType<EventFormValues>; readOnly: boolean }>) {
  const { t } = useTranslation();
  const named = form.values.attendeeIds.filter(Boolean).length;
  return (
    <Stack gap={2}>
      <PersonListField
        label={t('coverage.attendees')}
        ids={form.values.attendeeIds}
        onChange={(index, id) => form.setFieldValue(`attendeeIds.${index}`, id ?? '')}
        onRemove={(index) => form.removeListItem('attendeeIds', index)}
        onAdd={() => form.insertListItem('attendeeIds', '')}
        addLabel={t('coverage.addAttendee')}
        readOnly={readOnly}
        testId="event-attendee"
      />
      <Text size="xs" c="dimmed" data-testid="event-attendees-count">
        {t('coverage.attendeesHint', { count: named })}
      </Text>
    </Stack>
  );
}
