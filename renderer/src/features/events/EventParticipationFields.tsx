import { MultiSelect, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PlaceSelect } from '@/components/PlaceSelect';
import { useDirectoryOptions } from '@/components/use-directory-options';
import { useAssociationNames } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';
import type { EventFormValues } from './event-form-values';

/** Where and with whom: the place and venue, the associations, audiences and agencies taking part, how many are expected. */
export function EventParticipationFields({ form }: Readonly<{ form: UseFormReturnType<EventFormValues> }>) {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  const associations = useAssociationNames();
  const audiences = useDirectoryOptions('audience', 'code');
  const agencies = useDirectoryOptions('agency', 'id');
  return (
    <SimpleGrid cols={2}>
      <PlaceSelect label={t('events.fields.place')} testId="event-place" {...form.getInputProps('placeId')} />
      <TextInput label={t('events.fields.venue')} {...form.getInputProps('venue')} />
      <MultiSelect
        label={t('events.fields.associations')}
        searchable
        data={(associations ?? []).map((association) => ({ value: association.id, label: localName(association) }))}
        {...form.getInputProps('associationIds')}
      />
      <MultiSelect
        label={t('events.fields.audiences')}
        searchable
        data={audiences}
        {...form.getInputProps('audienceCodes')}
      />
      <MultiSelect
        label={t('events.fields.organiserAgencies')}
        searchable
        data={agencies}
        {...form.getInputProps('organiserAgencyIds')}
      />
      <NumberInput
        label={t('events.fields.planned')}
        min={0}
        allowDecimal={false}
        {...form.getInputProps('plannedParticipants')}
      />
    </SimpleGrid>
  );
}
