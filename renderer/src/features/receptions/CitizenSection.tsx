import { Alert, Anchor, Button, Group, Input, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName } from '@shared/people/search';
import { PersonSelect } from '@/components/PersonSelect';
import { usePersonWithIin } from '@/db/hooks';
import { iinToLookUp, type ReceptionFormValues } from './reception-form-values';

/** A new citizen's IIN that is already in the base: the person is offered instead of a second record. */
function SameIinAlert({ form }: Readonly<{ form: UseFormReturnType<ReceptionFormValues> }>) {
  const { t } = useTranslation();
  const existing = usePersonWithIin(iinToLookUp(form.values));
  if (!existing) return null;
  return (
    <Alert color="yellow" p="xs" data-testid="citizen-exists">
      <Group gap="xs">
        <Text size="sm">{t('registry.people.existingTitle')}</Text>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => {
            form.setFieldValue('citizenId', existing.id);
            form.setFieldValue('newCitizen', false);
          }}
        >
          {`${fullName(existing)} · ${existing.iin ?? ''}`}
        </Anchor>
      </Group>
    </Alert>
  );
}

/** The citizen received: found by typing a name, an IIN or a phone, or typed in as a new person. */
export function CitizenSection({
  form,
  citizenRef,
}: Readonly<{ form: UseFormReturnType<ReceptionFormValues>; citizenRef: Ref<HTMLInputElement> }>) {
  const { t } = useTranslation();
  const values = form.values;
  return (
    <Input.Wrapper label={t('receptions.fields.citizen')}>
      {values.newCitizen ? (
        <Stack gap={6} data-testid="new-citizen">
          <SimpleGrid cols={3}>
            <TextInput
              label={t('receptions.citizenFields.surname')}
              withAsterisk
              ref={citizenRef}
              data-testid="citizen-surname"
              {...form.getInputProps('surname')}
            />
            <TextInput
              label={t('receptions.citizenFields.givenName')}
              withAsterisk
              data-testid="citizen-given-name"
              {...form.getInputProps('givenName')}
            />
            <TextInput label={t('receptions.citizenFields.patronymic')} {...form.getInputProps('patronymic')} />
            <TextInput
              label={t('receptions.citizenFields.iin')}
              inputMode="numeric"
              data-testid="citizen-iin"
              {...form.getInputProps('iin')}
            />
            <TextInput
              label={t('receptions.citizenFields.phone')}
              data-testid="citizen-phone"
              {...form.getInputProps('phone')}
            />
          </SimpleGrid>
          <SameIinAlert form={form} />
          <Anchor component="button" type="button" size="sm" onClick={() => form.setFieldValue('newCitizen', false)}>
            {t('receptions.pickCitizen')}
          </Anchor>
        </Stack>
      ) : (
        <Group align="flex-end" wrap="nowrap">
          <div style={{ flex: 1 }}>
            <PersonSelect
              label=""
              testId="reception-citizen"
              inputRef={citizenRef}
              value={values.citizenId}
              onChange={(id) => form.setFieldValue('citizenId', id ?? '')}
            />
          </div>
          <Button
            variant="default"
            onClick={() => {
              form.setFieldValue('citizenId', '');
              form.setFieldValue('newCitizen', true);
            }}
            data-testid="reception-new-citizen"
          >
            {t('receptions.newCitizen')}
          </Button>
        </Group>
      )}
    </Input.Wrapper>
  );
}
