import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { hasTwelveDigits } from '@shared/identity/check-digit';
import { checkIin } from '@shared/identity/iin';
import type { PersonId } from '@shared/model/ids';
import type { Person } from '@shared/model/records';
import { personInputSchema } from '@shared/people/person-input';
import { fullName } from '@shared/people/search';
import { formatPhone } from '@shared/text/phone';
import { DateField } from '@/components/DateField';
import { PlaceSelect } from '@/components/PlaceSelect';
import { useProblemMessages, useProblemText } from '@/components/problem-message';
import { useSafeAction } from '@/components/use-safe-action';
import { findExistingPeople, savePerson } from '@/db';
import { useEthnicGroups } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';

interface Values {
  surname: string;
  givenName: string;
  patronymic: string;
  latinName: string;
  iin: string;
  birthDate: string;
  sex: string;
  ethnicGroupId: string;
  phone: string;
  address: string;
  placeId: string;
  occupation: string;
  education: string;
  notes: string;
}

const initial = (person: Person | null): Values => ({
  surname: person?.surname ?? '',
  givenName: person?.givenName ?? '',
  patronymic: person?.patronymic ?? '',
  latinName: person?.latinName ?? '',
  iin: person?.iin ?? '',
  birthDate: person?.birthDate ?? '',
  sex: person?.sex ?? '',
  ethnicGroupId: person?.ethnicGroupId ?? '',
  phone: person?.phone ? formatPhone(person.phone) : '',
  address: person?.address ?? '',
  placeId: person?.placeId ?? '',
  occupation: person?.occupation ?? '',
  education: person?.education ?? '',
  notes: person?.notes ?? '',
});

/**
 * Adds or edits a person with the importer's schema. A typed IIN fills birth date and sex; a new
 * person whose IIN, or name and birth date, is already stored is offered instead of a second copy.
 */
export function PersonFormModal({
  person,
  onClose,
}: Readonly<{ person: Person | null; onClose: (personId?: PersonId) => void }>) {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  const groups = useEthnicGroups();
  const run = useSafeAction();
  const messages = useProblemMessages();
  const problemText = useProblemText();
  const [existing, setExisting] = useState<Person[]>([]);
  const form = useForm<Values>({
    initialValues: initial(person),
    validate: (values) => {
      const parsed = personInputSchema(today()).safeParse(values);
      return parsed.success ? {} : messages(parsed.error);
    },
  });
  const iinCheck = hasTwelveDigits(form.values.iin.trim()) ? checkIin(form.values.iin, today()) : null;

  const save = (values: Values, force: boolean) =>
    run(async () => {
      if (!person && !force) {
        const found = await findExistingPeople({
          iin: values.iin.trim() || undefined,
          surname: values.surname,
          givenName: values.givenName,
          latinName: values.latinName.trim() || undefined,
          birthDate: (iinCheck?.ok ? iinCheck.facts.birthDate : values.birthDate) || undefined,
        });
        if (found.length > 0) {
          setExisting(found);
          return;
        }
      }
      const { person: saved, warnings } = await savePerson(values, today(), person?.id);
      notifications.show({
        color: warnings.length > 0 ? 'yellow' : 'teal',
        message: [t('registry.people.saved'), ...warnings.map((warning) => problemText(warning.code))].join(' '),
      });
      onClose(saved.id);
    });

  return (
    <Modal
      opened
      onClose={() => onClose()}
      size="lg"
      title={person ? t('registry.people.edit') : t('registry.people.add')}
    >
      <form onSubmit={form.onSubmit((values) => save(values, false))}>
        <Stack>
          {existing.length > 0 && (
            <Alert color="yellow" title={t('registry.people.existingTitle')} data-testid="existing-person">
              <Stack gap="xs">
                <Text size="sm">{t('registry.people.existingText')}</Text>
                {existing.map((candidate) => (
                  <Group key={candidate.id} justify="space-between">
                    <Text size="sm" fw={500}>
                      {fullName(candidate)} · {candidate.iin ?? formatDate(candidate.birthDate)}
                    </Text>
                    <Button size="xs" onClick={() => onClose(candidate.id)} data-testid="use-existing">
                      {t('registry.people.useExisting')}
                    </Button>
                  </Group>
                ))}
                {!existing.some((candidate) => candidate.iin && candidate.iin === form.values.iin.trim()) && (
                  <Button size="xs" variant="subtle" w="fit-content" onClick={() => save(form.values, true)}>
                    {t('registry.people.createAnyway')}
                  </Button>
                )}
              </Stack>
            </Alert>
          )}
          <SimpleGrid cols={3}>
            <TextInput label={t('person.surname')} data-testid="person-surname" {...form.getInputProps('surname')} />
            <TextInput
              label={t('person.givenName')}
              data-testid="person-given-name"
              {...form.getInputProps('givenName')}
            />
            <TextInput
              label={t('person.patronymic')}
              data-testid="person-patronymic"
              {...form.getInputProps('patronymic')}
            />
          </SimpleGrid>
          <TextInput
            label={t('person.latinName')}
            placeholder="ZHANBYRBAYEV YERZHAN"
            data-testid="person-latin-name"
            {...form.getInputProps('latinName')}
          />
          <SimpleGrid cols={3}>
            <TextInput
              label={t('person.iin')}
              maxLength={12}
              data-testid="person-iin"
              description={
                iinCheck?.ok
                  ? t('registry.people.fromIin', {
                      date: formatDate(iinCheck.facts.birthDate),
                      sex: t(`enums.sex.${iinCheck.facts.sex}`),
                    })
                  : t('registry.people.iinHint')
              }
              {...form.getInputProps('iin')}
            />
            <DateField
              label={t('person.birthDate')}
              disabled={iinCheck?.ok === true}
              {...form.getInputProps('birthDate')}
            />
            <Select
              label={t('person.sex')}
              disabled={iinCheck?.ok === true}
              data={[
                { value: 'male', label: t('enums.sex.male') },
                { value: 'female', label: t('enums.sex.female') },
              ]}
              {...form.getInputProps('sex')}
            />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <Select
              label={t('person.ethnicGroup')}
              searchable
              clearable
              data-testid="person-ethnos"
              data={(groups ?? []).map((group) => ({ value: group.id, label: localName(group) }))}
              {...form.getInputProps('ethnicGroupId')}
            />
            <TextInput
              label={t('person.phone')}
              placeholder="+7 7XX XXX XX XX"
              data-testid="person-phone"
              {...form.getInputProps('phone')}
            />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <PlaceSelect label={t('person.place')} {...form.getInputProps('placeId')} />
            <TextInput label={t('person.address')} {...form.getInputProps('address')} />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <TextInput label={t('person.occupation')} {...form.getInputProps('occupation')} />
            <TextInput label={t('person.education')} {...form.getInputProps('education')} />
          </SimpleGrid>
          <Textarea label={t('person.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose()}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" data-testid="person-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
