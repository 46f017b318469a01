import { ActionIcon, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryItem, DirectoryKind } from '@shared/model/records';
import { useDirectory } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';
import { DirectoryItemModal } from './DirectoryItemModal';
import { LabelBadge } from '@/components/LabelBadge';

/** One directory as a table with both languages, editable in place. */
export function DirectoryTab({ kind }: Readonly<{ kind: DirectoryKind }>) {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  const items = useDirectory(kind);
  const projects = useDirectory('project');
  const [editing, setEditing] = useState<DirectoryItem | 'new' | null>(null);
  const nextOrder = (items ?? []).reduce((max, item) => Math.max(max, item.order + 1), 0);

  return (
    <Stack data-testid={`directory-${kind}`}>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('directories.itemCount', { n: items?.length ?? 0 })}
        </Text>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} data-testid="directory-add">
          {t('directories.addItem')}
        </Button>
      </Group>
      <Table striped highlightOnHover withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common.nameRu')}</Table.Th>
            <Table.Th>{t('common.nameKk')}</Table.Th>
            {kind === 'direction' && <Table.Th>{t('directories.project_of')}</Table.Th>}
            <Table.Th>{t('common.code')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
            <Table.Th w={60} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items?.map((item) => {
            const project = projects?.find((candidate) => candidate.id === item.parentId);
            return (
              <Table.Tr key={item.id}>
                <Table.Td>{item.nameRu}</Table.Td>
                <Table.Td>{item.nameKk}</Table.Td>
                {kind === 'direction' && <Table.Td>{project ? localName(project) : t('common.notSet')}</Table.Td>}
                <Table.Td>
                  <Text size="xs" ff="monospace" c="dimmed">
                    {item.code}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <LabelBadge variant="light" color={item.active ? 'teal' : 'gray'}>
                    {item.active ? t('common.active') : t('common.inactive')}
                  </LabelBadge>
                </Table.Td>
                <Table.Td>
                  <ActionIcon variant="subtle" aria-label={t('common.edit')} onClick={() => setEditing(item)}>
                    <IconPencil size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {editing && (
        <DirectoryItemModal
          kind={kind}
          item={editing === 'new' ? null : editing}
          nextOrder={nextOrder}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
