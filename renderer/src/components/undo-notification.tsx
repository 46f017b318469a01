import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { showLocalizedNotification, type LocalizedText } from '@/lib/localized-notification';

/**
 * "Deleted — Undo": every delete can be taken back for a few seconds right where it happened. The
 * message is written as it renders, so that switching the language keeps the undo button at hand.
 */
export function showUndoNotification(message: LocalizedText, onUndo: () => void): void {
  const id = showLocalizedNotification({
    autoClose: 10_000,
    message: (t) => (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{message(t)}</Text>
        <Button
          size="xs"
          variant="light"
          data-testid="undo-delete"
          onClick={() => {
            notifications.hide(id);
            onUndo();
          }}
        >
          {t('common.undo')}
        </Button>
      </Group>
    ),
  });
}
