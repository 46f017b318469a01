import { Select, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/DateField';
import { PersonSelect } from '@/components/PersonSelect';
import { PlaceSelect } from '@/components/PlaceSelect';
import { useVisits, useWorkingGroups } from '@/db/hooks';
import type { ReceptionFormValues } from './reception-form-values';
import { useLanguage } from '@/i18n/use-language';
import { visitOptions } from './visit-labels';

/**
 * The sitting: date, visit, place and official, kept from one citizen to the next. The date field
 * takes the focus when the form opens; a visit chosen first fills in its place.
 */
export function ReceptionSessionFields({ form }: Readonly<{ form: UseFormReturnType<ReceptionFormValues> }>) {
  const { t } = useTranslation();
  const visits = useVisits();
  const groups = useWorkingGroups();
  const { language } = useLanguage();
  const options = useMemo(() => visitOptions(visits ?? [], groups ?? [], language), [visits, groups, language]);
  return (
    <SimpleGrid cols={2}>
      <DateField
        label={t('receptions.fields.date')}
        withAsterisk
        data-autofocus
        data-testid="reception-date"
        {...form.getInputProps('date')}
      />
      <Select
        label={t('receptions.fields.visit')}
        searchable
        clearable
        data-testid="reception-visit"
        data={options}
        {...form.getInputProps('visitId')}
        onChange={(next) => {
          form.setFieldValue('visitId', next ?? '');
          const visit = visits?.find((item) => item.id === next);
          if (visit && !form.values.placeId) form.setFieldValue('placeId', visit.placeId);
        }}
      />
      <PlaceSelect label={t('receptions.fields.place')} testId="reception-place" {...form.getInputProps('placeId')} />
      <PersonSelect
        label={t('receptions.fields.official')}
        testId="reception-official"
        value={form.values.officialId}
        onChange={(id) => form.setFieldValue('officialId', id ?? '')}
      />
    </SimpleGrid>
  );
}
