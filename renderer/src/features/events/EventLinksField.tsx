import { ActionIcon, Group, Text, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { allowedExternalUrl } from '@shared/security/external-link';
import { desktop } from '@/desktop';
import { linksIn, type EventFormValues } from './event-form-values';

/** Links to the event's pages, one a line; each one the application may open gets a button that opens it. */
export function EventLinksField({ form }: Readonly<{ form: UseFormReturnType<EventFormValues> }>) {
  const { t } = useTranslation();
  const open = (link: string) =>
    void desktop.openExternal(link).then((opened) => {
      if (!opened) notifications.show({ color: 'orange', message: t('events.linkRefused') });
    });
  return (
    <>
      <Textarea label={t('events.fields.links')} autosize minRows={1} {...form.getInputProps('links')} />
      {linksIn(form.values.links)
        .filter((link) => allowedExternalUrl(link))
        .map((link) => (
          <Group key={link} gap={4}>
            <ActionIcon variant="subtle" aria-label={t('events.openLink')} onClick={() => open(link)}>
              <IconExternalLink size={16} />
            </ActionIcon>
            <Text size="sm">{link}</Text>
          </Group>
        ))}
    </>
  );
}
