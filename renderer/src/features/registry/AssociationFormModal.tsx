import {
  ActionIcon,
  Button,
  Checkbox,
  Divider,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { associationInputSchema } from '@shared/associations/association-input';
import type { AssociationId } from '@shared/model/ids';
import { associationStatuses, type Association, type AssociationStatus } from '@shared/model/records';
import { formatPhone } from '@shared/text/phone';
import { DateField } from '@/components/DateField';
import { PersonSelect } from '@/components/PersonSelect';
import { PlaceSelect } from '@/components/PlaceSelect';
import { useProblemMessages } from '@/components/problem-message';
import { useSafeAction } from '@/components/use-safe-action';
import { saveAssociation } from '@/db';
import { useDirectory, useEthnicGroups } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';

interface UnitValues {
  id: string;
  kindCode: string;
  name: string;
  leaderId: string;
  participants: number | string;
}

interface Values {
  nameRu: string;
  nameKk: string;
  ethnicGroupIds: string[];
  legalFormCode: string;
  bin: string;
  registeredOn: string;
  foundedOn: string;
  chairmanId: string;
  deputyIds: string[];
  phone: string;
  email: string;
  address: string;
  placeId: string;
  assemblyMember: boolean;
  cabinet: string;
  units: UnitValues[];
  status: AssociationStatus;
  notes: string;
}

function initialValues(association: Association | null): Values {
  return {
    nameRu: association?.nameRu ?? '',
    nameKk: association?.nameKk ?? '',
    ethnicGroupIds: association?.ethnicGroupIds ?? [],
    legalFormCode: association?.legalFormCode ?? 'public_association',
    bin: association?.bin ?? '',
    registeredOn: association?.registeredOn ?? '',
    foundedOn: association?.foundedOn ?? '',
    chairmanId: association?.chairmanId ?? '',
    deputyIds: association?.deputyIds ?? [],
    phone: association?.phone ? formatPhone(association.phone) : '',
    email: association?.email ?? '',
    address: association?.address ?? '',
    placeId: association?.placeId ?? '',
    assemblyMember: association?.assemblyMember ?? true,
    cabinet: association?.cabinet ?? '',
    units: (association?.units ?? []).map((unit) => ({
      id: unit.id,
      kindCode: unit.kindCode,
      name: unit.name,
      leaderId: unit.leaderId ?? '',
      participants: unit.participants ?? '',
    })),
    status: association?.status ?? 'active',
    notes: association?.notes ?? '',
  };
}

const withoutBlankDeputies = (values: Values): Values => ({ ...values, deputyIds: values.deputyIds.filter(Boolean) });

/** Adds or edits an association; checked with the same schema as an imported registry row. */
export function AssociationFormModal({
  association,
  onClose,
}: Readonly<{ association: Association | null; onClose: (savedId?: AssociationId) => void }>) {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  const groups = useEthnicGroups();
  const legalForms = useDirectory('legal_form');
  const unitKinds = useDirectory('unit_kind');
  const run = useSafeAction();
  const messages = useProblemMessages();
  const form = useForm<Values>({
    initialValues: initialValues(association),
    validate: (values) => {
      const parsed = associationInputSchema(today()).safeParse(withoutBlankDeputies(values));
      return parsed.success ? {} : messages(parsed.error);
    },
  });
  const units = form.values.units;

  return (
    <Modal
      opened
      onClose={() => onClose()}
      size="xl"
      title={association ? t('registry.editAssociation') : t('registry.addAssociation')}
    >
      <form
        onSubmit={form.onSubmit((values) =>
          run(async () => {
            const saved = await saveAssociation(withoutBlankDeputies(values), today(), association?.id);
            notifications.show({ color: 'teal', message: t('common.saved') });
            onClose(saved.id);
          }),
        )}
      >
        <Stack>
          <SimpleGrid cols={2}>
            <TextInput
              label={t('registry.fields.nameRu')}
              data-testid="association-name-ru"
              {...form.getInputProps('nameRu')}
            />
            <TextInput
              label={t('registry.fields.nameKk')}
              data-testid="association-name-kk"
              {...form.getInputProps('nameKk')}
            />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <MultiSelect
              label={t('registry.fields.ethnicGroups')}
              searchable
              data-testid="association-ethnos"
              data={(groups ?? []).map((group) => ({ value: group.id, label: localName(group) }))}
              {...form.getInputProps('ethnicGroupIds')}
            />
            <Select
              label={t('registry.fields.legalForm')}
              data={(legalForms ?? []).map((item) => ({ value: item.code, label: localName(item) }))}
              {...form.getInputProps('legalFormCode')}
            />
          </SimpleGrid>
          <SimpleGrid cols={3}>
            <TextInput label={t('registry.fields.bin')} maxLength={12} {...form.getInputProps('bin')} />
            <DateField label={t('registry.fields.registeredOn')} {...form.getInputProps('registeredOn')} />
            <DateField label={t('registry.fields.foundedOn')} {...form.getInputProps('foundedOn')} />
          </SimpleGrid>
          <SimpleGrid cols={2}>
            <PersonSelect
              label={t('registry.fields.chairman')}
              value={form.values.chairmanId}
              onChange={(id) => form.setFieldValue('chairmanId', id ?? '')}
            />
            <PlaceSelect label={t('registry.fields.place')} {...form.getInputProps('placeId')} />
          </SimpleGrid>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('registry.fields.deputies')}
            </Text>
            {form.values.deputyIds.map((deputyId, index) => (
              <Group key={`${deputyId}-${index}`} align="flex-end" wrap="nowrap">
                <div style={{ flex: 1 }}>
                  <PersonSelect
                    label=""
                    value={deputyId}
                    onChange={(id) => form.setFieldValue(`deputyIds.${index}`, id ?? '')}
                  />
                </div>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('common.delete')}
                  onClick={() => form.removeListItem('deputyIds', index)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="subtle"
              size="xs"
              w="fit-content"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem('deputyIds', '')}
            >
              {t('common.add')}
            </Button>
          </Stack>
          <SimpleGrid cols={3}>
            <TextInput label={t('registry.fields.phone')} {...form.getInputProps('phone')} />
            <TextInput label={t('registry.fields.email')} {...form.getInputProps('email')} />
            <TextInput label={t('registry.fields.cabinet')} {...form.getInputProps('cabinet')} />
          </SimpleGrid>
          <TextInput label={t('registry.fields.address')} {...form.getInputProps('address')} />
          <Group>
            <Checkbox
              label={t('registry.fields.assemblyMember')}
              {...form.getInputProps('assemblyMember', { type: 'checkbox' })}
            />
            <Select
              label={t('registry.fields.status')}
              allowDeselect={false}
              data={associationStatuses.map((value) => ({ value, label: t(`enums.associationStatus.${value}`) }))}
              {...form.getInputProps('status')}
            />
          </Group>
          <Divider label={t('registry.fields.units')} labelPosition="left" />
          {units.map((unit, index) => (
            <Group key={unit.id} align="flex-end" wrap="nowrap">
              <Select
                label={t('registry.fields.unitKind')}
                w={220}
                data={(unitKinds ?? []).map((item) => ({ value: item.code, label: localName(item) }))}
                {...form.getInputProps(`units.${index}.kindCode`)}
              />
              <TextInput
                label={t('registry.fields.unitName')}
                style={{ flex: 1 }}
                {...form.getInputProps(`units.${index}.name`)}
              />
              <div style={{ flex: 1 }}>
                <PersonSelect
                  label={t('registry.fields.unitLeader')}
                  value={unit.leaderId}
                  onChange={(id) => form.setFieldValue(`units.${index}.leaderId`, id ?? '')}
                />
              </div>
              <NumberInput
                label={t('registry.fields.unitParticipants')}
                w={110}
                min={0}
                {...form.getInputProps(`units.${index}.participants`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('common.delete')}
                onClick={() => form.removeListItem('units', index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="subtle"
            size="xs"
            w="fit-content"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              form.insertListItem('units', {
                id: crypto.randomUUID(),
                kindCode: 'sunday_school',
                name: '',
                leaderId: '',
                participants: '',
              })
            }
          >
            {t('registry.fields.addUnit')}
          </Button>
          <Textarea label={t('registry.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose()}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" data-testid="association-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
