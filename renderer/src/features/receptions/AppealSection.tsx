import { Checkbox, Fieldset, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { appealChannels, appealTypes } from '@shared/model/records';
import { DateField } from '@/components/DateField';
import { PersonListField } from '@/components/PersonListField';
import type { ReceptionFormValues } from './reception-form-values';
import { RepeatOfSelect } from './RepeatOfSelect';

/**
 * The appeal as the Administrative Procedural Code counts it: its kind, how it came in, the
 * registration number and date, the other applicants of a collective appeal, and the earlier
 * appeal a repeated one comes back to.
 */
export function AppealSection({
  form,
  receptionId,
}: Readonly<{ form: UseFormReturnType<ReceptionFormValues>; receptionId: string | undefined }>) {
  const { t } = useTranslation();
  const values = form.values;
  const setApplicants = (ids: string[]) => form.setFieldValue('coApplicantIds', ids);
  return (
    <Fieldset legend={t('receptions.appeal.section')} data-testid="appeal-section">
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Select
            label={t('receptions.appeal.type')}
            clearable
            data-testid="appeal-type"
            data={appealTypes.map((value) => ({ value, label: t(`enums.appealType.${value}`) }))}
            {...form.getInputProps('appealType')}
            onChange={(next) => form.setFieldValue('appealType', (next ?? '') as ReceptionFormValues['appealType'])}
          />
          <Select
            label={t('receptions.appeal.channel')}
            clearable
            data-testid="appeal-channel"
            data={appealChannels.map((value) => ({ value, label: t(`enums.appealChannel.${value}`) }))}
            {...form.getInputProps('channel')}
            onChange={(next) => form.setFieldValue('channel', (next ?? '') as ReceptionFormValues['channel'])}
          />
          <TextInput
            label={t('receptions.appeal.registrationNo')}
            data-testid="appeal-registration-no"
            {...form.getInputProps('registrationNo')}
          />
          <DateField
            label={t('receptions.appeal.registeredOn')}
            data-testid="appeal-registered-on"
            {...form.getInputProps('registeredOn')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('receptions.appeal.collective')}
          data-testid="appeal-collective"
          {...form.getInputProps('collective', { type: 'checkbox' })}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            form.setFieldValue('collective', checked);
            if (checked && values.coApplicantIds.length === 0) setApplicants(['']);
          }}
        />
        {values.collective && (
          <Stack gap={2} data-testid="appeal-co-applicants">
            <PersonListField
              label={t('receptions.appeal.coApplicants')}
              ids={values.coApplicantIds}
              onChange={(index, id) =>
                setApplicants(values.coApplicantIds.map((old, i) => (i === index ? (id ?? '') : old)))
              }
              onRemove={(index) => setApplicants(values.coApplicantIds.filter((_, i) => i !== index))}
              onAdd={() => setApplicants([...values.coApplicantIds, ''])}
              addLabel={t('receptions.appeal.addApplicant')}
            />
            <Text size="xs" c="dimmed">
              {t('receptions.appeal.coApplicantsHint')}
            </Text>
          </Stack>
        )}
        <Checkbox
          label={t('receptions.appeal.repeated')}
          data-testid="appeal-repeated"
          {...form.getInputProps('repeated', { type: 'checkbox' })}
        />
        {values.repeated && <RepeatOfSelect form={form} receptionId={receptionId} />}
      </Stack>
    </Fieldset>
  );
}
