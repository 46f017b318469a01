import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

/** "Deleted — Undo": every delete can be taken back for a few seconds right where it happened. */
export function showUndoNotification(message: string, undoLabel: string, onUndo: () => void): void {
  const id = notifications.show({
    autoClose: 10_000,
    message: (
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <Button
          size="xs"
          variant="light"
          data-testid="undo-delete"
          onClick={() => {
            notifications.hide(id);
            onUndo();
          }}
        >
          {undoLabel}
        </Button>
      </Group>
    ),
  });
}
