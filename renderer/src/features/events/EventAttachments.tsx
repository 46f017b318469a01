import { ActionIcon, Anchor, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AttachmentId, EventId } from '@shared/model/ids';
import { useSafeAction } from '@/components/use-safe-action';
import { desktop } from '@/desktop';
import { attachmentData, AttachmentTooLargeError, attachToEvent, MAX_ATTACHMENT_BYTES, removeAttachment } from '@/db';
import { useAttachments } from '@/db/hooks';

const sizeText = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Photos and programmes kept with an event on this PC: attach, save a copy, remove. */
export function EventAttachments({ eventId, readOnly }: Readonly<{ eventId: EventId; readOnly: boolean }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const files = useAttachments(eventId);

  const attach = (picked: File[]) =>
    run(async () => {
      for (const file of picked) {
        try {
          await attachToEvent(eventId, {
            name: file.name,
            type: file.type,
            data: new Uint8Array(await file.arrayBuffer()),
          });
        } catch (error) {
          if (!(error instanceof AttachmentTooLargeError)) throw error;
          notifications.show({
            color: 'orange',
            message: t('events.attachmentTooLarge', { name: file.name, limit: sizeText(MAX_ATTACHMENT_BYTES) }),
          });
        }
      }
    });

  const saveCopy = (id: AttachmentId) =>
    run(async () => {
      const file = await attachmentData(id);
      if (!file) return;
      const extension = /\.([a-z0-9]{1,8})$/i.exec(file.fileName)?.[1]?.toLowerCase() ?? 'bin';
      await desktop.saveFile(file.fileName.replace(/[\\/:*?"<>|]/g, ' '), file.data, [
        { name: file.fileName, extensions: [extension] },
      ]);
    });

  return (
    <Stack gap={4} data-testid="event-attachments">
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {t('events.attachments')}
        </Text>
        {!readOnly && (
          <FileButton onChange={attach} multiple>
            {(props) => (
              <Button
                {...props}
                size="xs"
                variant="light"
                leftSection={<IconPaperclip size={14} />}
                data-testid="event-attach"
              >
                {t('events.attach')}
              </Button>
            )}
          </FileButton>
        )}
      </Group>
      {files?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('events.noAttachments')}
        </Text>
      )}
      {files?.map((file) => (
        <Group key={file.id} gap="xs" data-testid="event-attachment">
          <Anchor size="sm" onClick={() => saveCopy(file.id)}>
            {file.fileName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {sizeText(file.size)}
          </Text>
          {!readOnly && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="sm"
              aria-label={t('common.delete')}
              onClick={() => run(() => removeAttachment(file.id))}
            >
              <IconTrash size={14} />
            </ActionIcon>
          )}
        </Group>
      ))}
    </Stack>
  );
}
