import { Group, SegmentedControl, Select, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { SeriesScope } from '@shared/events/recurrence';
import { DateField } from '@/components/DateField';
import { occurrenceCount, type EventFormValues } from './event-form-values';

/** A new event repeated every week or month until a day, with the number of events that makes. */
export function RepeatFields({ form }: Readonly<{ form: UseFormReturnType<EventFormValues> }>) {
  const { t } = useTranslation();
  const occurrences = occurrenceCount(form.values);
  return (
    <Group align="flex-end">
      <Select
        label={t('events.repeat')}
        data={[
          { value: 'none', label: t('events.repeatNone') },
          { value: 'weekly', label: t('events.repeatWeekly') },
          { value: 'monthly', label: t('events.repeatMonthly') },
        ]}
        allowDeselect={false}
        {...form.getInputProps('repeat')}
      />
      {form.values.repeat !== 'none' && (
        <DateField label={t('events.repeatUntil')} {...form.getInputProps('repeatUntil')} />
      )}
      {occurrences > 0 && <Text size="sm">{t('events.occurrences', { count: occurrences })}</Text>}
    </Group>
  );
}

/** For an occurrence of a series: whether a change is made to it alone or to it and the following ones. */
export function SeriesScopeChoice({
  value,
  onChange,
}: Readonly<{ value: SeriesScope; onChange: (scope: SeriesScope) => void }>) {
  const { t } = useTranslation();
  return (
    <Group>
      <Text size="sm">{t('events.seriesScope')}</Text>
      <SegmentedControl
        size="xs"
        value={value}
        onChange={(next) => onChange(next as SeriesScope)}
        data={[
          { value: 'this', label: t('events.scopeThis') },
          { value: 'following', label: t('events.scopeFollowing') },
        ]}
      />
    </Group>
  );
}
