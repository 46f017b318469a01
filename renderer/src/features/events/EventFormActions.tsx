import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KelisimEvent } from '@shared/model/records';

/**
 * The form's last line. A stored event can be deleted (an occurrence of a series is skipped) or
 * copied as a template; nothing but Cancel for a reader.
 */
export function EventFormActions({
  current,
  readOnly,
  onDelete,
  onCopy,
  onCancel,
}: Readonly<{
  current: KelisimEvent | null;
  readOnly: boolean;
  onDelete: () => void;
  onCopy: () => void;
  onCancel: () => void;
}>) {
  const { t } = useTranslation();
  const editing = current && !readOnly;
  return (
    <Group justify="space-between" mt="md">
      <Group>
        {editing && (
          <Button variant="subtle" color="red" onClick={onDelete}>
            {current.seriesId ? t('events.skip') : t('common.delete')}
          </Button>
        )}
        {editing && (
          <Button variant="default" onClick={onCopy} data-testid="event-copy">
            {t('events.copyAsTemplate')}
          </Button>
        )}
      </Group>
      <Group>
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        {!readOnly && (
          <Button type="submit" data-testid="event-save">
            {t('common.save')}
          </Button>
        )}
      </Group>
    </Group>
  );
}
