import { ActionIcon, Button, Group, Modal, NumberInput, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EthnicGroup } from '@shared/model/records';
import { saveEthnicGroup } from '@/db';
import { useEthnicGroups } from '@/db/hooks';
import { useSafeAction } from '@/components/use-safe-action';
import { LabelBadge } from '@/components/LabelBadge';

export function EthnicGroupsTab() {
  const { t } = useTranslation();
  const groups = useEthnicGroups();
  const [editing, setEditing] = useState<EthnicGroup | 'new' | null>(null);
  const nextOrder = (groups ?? []).reduce((max, group) => Math.max(max, group.order + 1), 0);
  return (
    <Stack data-testid="directory-ethnic-groups">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('directories.itemCount', { n: groups?.length ?? 0 })}
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          {t('directories.addItem')}
        </Button>
      </Group>
      <Table striped highlightOnHover withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common.nameRu')}</Table.Th>
            <Table.Th>{t('common.nameKk')}</Table.Th>
            <Table.Th>{t('directories.nameEn')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
            <Table.Th w={60} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups?.map((group) => (
            <Table.Tr key={group.id}>
              <Table.Td>{group.nameRu}</Table.Td>
              <Table.Td>{group.nameKk}</Table.Td>
              <Table.Td>{group.nameEn}</Table.Td>
              <Table.Td>
                <LabelBadge variant="light" color={group.active ? 'teal' : 'gray'}>
                  {group.active ? t('common.active') : t('common.inactive')}
                </LabelBadge>
              </Table.Td>
              <Table.Td>
                <ActionIcon variant="subtle" aria-label={t('common.edit')} onClick={() => setEditing(group)}>
                  <IconPencil size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && (
        <EthnicGroupModal
          group={editing === 'new' ? null : editing}
          nextOrder={nextOrder}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}

function EthnicGroupModal({
  group,
  nextOrder,
  onClose,
}: Readonly<{ group: EthnicGroup | null; nextOrder: number; onClose: () => void }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const required = (value: string) => (value.trim() ? null : t('common.required'));
  const form = useForm({
    initialValues: {
      nameRu: group?.nameRu ?? '',
      nameKk: group?.nameKk ?? '',
      nameEn: group?.nameEn ?? '',
      order: group?.order ?? nextOrder,
      active: group?.active ?? true,
    },
    validate: { nameRu: required, nameKk: required, nameEn: required },
  });
  return (
    <Modal opened onClose={onClose} title={group ? t('directories.editItem') : t('directories.addItem')}>
      <form
        onSubmit={form.onSubmit((values) =>
          run(async () => {
            await saveEthnicGroup(values, group?.id);
            notifications.show({ color: 'teal', message: t('common.saved') });
            onClose();
          }),
        )}
      >
        <Stack>
          <TextInput label={t('common.nameRu')} {...form.getInputProps('nameRu')} />
          <TextInput label={t('common.nameKk')} {...form.getInputProps('nameKk')} />
          <TextInput label={t('directories.nameEn')} {...form.getInputProps('nameEn')} />
          <NumberInput label={t('common.order')} min={0} max={100_000} {...form.getInputProps('order')} />
          <Switch label={t('common.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
