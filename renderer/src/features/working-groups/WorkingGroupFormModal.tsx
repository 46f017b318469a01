import { ActionIcon, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { workingGroupInputSchema } from '@shared/events/event-input';
import type { WorkingGroup } from '@shared/model/records';
import { nameIn } from '@shared/text/name-in';
import { DateField } from '@/components/DateField';
import { KazakhNameInput } from '@/components/KazakhNameInput';
import { PersonSelect } from '@/components/PersonSelect';
import { useProblemMessages } from '@/components/problem-message';
import { useSafeAction } from '@/components/use-safe-action';
import { saveWorkingGroup } from '@/db';
import { useDirectory } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';

interface Values {
  name: string;
  nameKk: string;
  projectId: string;
  directionId: string;
  leaderId: string;
  members: { personId: string; agencyId: string; position: string }[];
  periodStart: string;
  periodEnd: string;
}

/** A working group: its project and direction, leader, members (officials with department and position), period. */
export function WorkingGroupFormModal({
  group,
  onClose,
}: Readonly<{ group: WorkingGroup | null; onClose: () => void }>) {
  const { t } = useTranslation();
  const { language, localName } = useLanguage();
  const run = useSafeAction();
  const messages = useProblemMessages();
  const projects = useDirectory('project');
  const directions = useDirectory('direction');
  const agencies = useDirectory('agency');
  const form = useForm<Values>({
    initialValues: {
      name: group?.name ?? '',
      nameKk: group?.nameKk ?? '',
      projectId: group?.projectId ?? '',
      directionId: group?.directionId ?? '',
      leaderId: group?.leaderId ?? '',
      members: (group?.members ?? []).map((member) => ({
        personId: member.personId,
        agencyId: member.agencyId ?? '',
        position: member.position ?? '',
      })),
      periodStart: group?.periodStart ?? '',
      periodEnd: group?.periodEnd ?? '',
    },
    validate: (values) => {
      const parsed = workingGroupInputSchema.safeParse(values);
      return parsed.success ? {} : messages(parsed.error);
    },
  });
  const project = projects?.find((item) => item.id === form.values.projectId);
  const options = (items: { id: string; nameRu: string; nameKk: string }[] | undefined) =>
    (items ?? []).map((item) => ({ value: item.id, label: localName(item) }));

  return (
    <Modal opened onClose={onClose} size="xl" title={group ? nameIn(language, group) : t('workingGroups.newGroup')}>
      <form
        onSubmit={form.onSubmit((values) =>
          run(async () => {
            await saveWorkingGroup(values, group?.id);
            notifications.show({ color: 'teal', message: t('common.saved') });
            onClose();
          }),
        )}
      >
        <Stack>
          <TextInput
            label={t('workingGroups.name')}
            withAsterisk
            data-testid="group-name"
            {...form.getInputProps('name')}
          />
          <KazakhNameInput data-testid="group-name-kk" {...form.getInputProps('nameKk')} />
          <SimpleGrid cols={2}>
            <Select
              label={t('events.fields.project')}
              clearable
              data={options(projects)}
              {...form.getInputProps('projectId')}
              onChange={(next) => {
                form.setFieldValue('projectId', next ?? '');
                form.setFieldValue('directionId', '');
              }}
            />
            <Select
              label={t('events.fields.direction')}
              clearable
              disabled={!project}
              data={options(directions?.filter((item) => item.parentId === project?.id))}
              {...form.getInputProps('directionId')}
            />
            <PersonSelect
              label={t('workingGroups.leader')}
              value={form.values.leaderId}
              onChange={(id) => form.setFieldValue('leaderId', id ?? '')}
            />
            <Group grow>
              <DateField label={t('workingGroups.periodStart')} {...form.getInputProps('periodStart')} />
              <DateField label={t('workingGroups.periodEnd')} {...form.getInputProps('periodEnd')} />
            </Group>
          </SimpleGrid>
          <Text fw={500}>{t('workingGroups.members')}</Text>
          {form.values.members.map((member, index) => (
            <Group key={index} align="flex-end" grow preventGrowOverflow={false}>
              <PersonSelect
                label={t('workingGroups.memberName')}
                value={member.personId}
                onChange={(id) => form.setFieldValue(`members.${index}.personId`, id ?? '')}
              />
              <Select
                label={t('workingGroups.agency')}
                clearable
                searchable
                data={options(agencies)}
                {...form.getInputProps(`members.${index}.agencyId`)}
              />
              <TextInput label={t('workingGroups.position')} {...form.getInputProps(`members.${index}.position`)} />
              <ActionIcon
                variant="subtle"
                color="red"
                mb={6}
                style={{ flexGrow: 0 }}
                aria-label={t('common.delete')}
                onClick={() => form.removeListItem('members', index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem('members', { personId: '', agencyId: '', position: '' })}
            >
              {t('workingGroups.addMember')}
            </Button>
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" data-testid="group-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
