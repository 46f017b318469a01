import { Button, Group, Modal, NumberInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { DirectoryItem, DirectoryKind } from '@shared/model/records';
import { saveDirectoryItem } from '@/db';
import { useDirectory } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';
import { useSafeAction } from '@/components/use-safe-action';

interface Values {
  nameRu: string;
  nameKk: string;
  parentId: string;
  order: number;
  active: boolean;
}

/** Adds or edits one directory item; directions also name their project. */
export function DirectoryItemModal({
  kind,
  item,
  nextOrder,
  onClose,
}: Readonly<{ kind: DirectoryKind; item: DirectoryItem | null; nextOrder: number; onClose: () => void }>) {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  const projects = useDirectory('project');
  const run = useSafeAction();
  const form = useForm<Values>({
    initialValues: {
      nameRu: item?.nameRu ?? '',
      nameKk: item?.nameKk ?? '',
      parentId: item?.parentId ?? '',
      order: item?.order ?? nextOrder,
      active: item?.active ?? true,
    },
    validate: {
      nameRu: (value) => (value.trim() ? null : t('common.required')),
      nameKk: (value) => (value.trim() ? null : t('common.required')),
      parentId: (value) => (kind === 'direction' && !value ? t('common.required') : null),
    },
  });

  return (
    <Modal opened onClose={onClose} title={item ? t('directories.editItem') : t('directories.addItem')}>
      <form
        onSubmit={form.onSubmit((values) =>
          run(async () => {
            await saveDirectoryItem(
              {
                kind,
                nameRu: values.nameRu,
                nameKk: values.nameKk,
                ...(values.parentId ? { parentId: values.parentId } : {}),
                order: values.order,
                active: values.active,
              },
              item?.id,
            );
            notifications.show({ color: 'teal', message: t('common.saved') });
            onClose();
          }),
        )}
      >
        <Stack>
          <TextInput label={t('common.nameRu')} data-testid="item-name-ru" {...form.getInputProps('nameRu')} />
          <TextInput label={t('common.nameKk')} data-testid="item-name-kk" {...form.getInputProps('nameKk')} />
          {kind === 'direction' && (
            <Select
              label={t('directories.project_of')}
              data={(projects ?? []).map((project) => ({ value: project.id, label: localName(project) }))}
              {...form.getInputProps('parentId')}
              onChange={(value) => form.setFieldValue('parentId', value ?? '')}
            />
          )}
          <NumberInput label={t('common.order')} min={0} max={100_000} {...form.getInputProps('order')} />
          <Switch label={t('common.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" data-testid="item-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
