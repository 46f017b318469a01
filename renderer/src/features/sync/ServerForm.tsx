import { Button, Checkbox, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isThisComputer } from '@shared/sync/server-settings';
import type { ServerInput, SyncView } from '@/db';

/**
 * The office server as the administrator gives it: address, database, account, password. The same
 * form in Settings → Sync and in the first run's "join an office server".
 */
export function ServerForm({
  server,
  suggestedDatabase,
  submitLabel,
  busy,
  onSubmit,
}: Readonly<{
  server: SyncView['server'];
  suggestedDatabase: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: (input: ServerInput) => void;
}>) {
  const { t } = useTranslation();
  const form = useForm<ServerInput>({
    initialValues: {
      url: server?.url ?? '',
      database: server?.database ?? suggestedDatabase,
      username: server?.username ?? '',
      password: '',
      allowHttp: server?.allowHttp ?? false,
    },
  });
  const plainHttpHere = /^http:\/\//i.test(form.values.url.trim()) && isThisComputer(form.values.url.trim());
  return (
    <form onSubmit={form.onSubmit(onSubmit)} data-testid="sync-server-form">
      <Stack gap="sm">
        <TextInput
          label={t('sync.url')}
          placeholder={t('sync.urlHint')}
          {...form.getInputProps('url')}
          data-testid="sync-url"
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('sync.database')}
            description={t('sync.databaseHint')}
            {...form.getInputProps('database')}
            data-testid="sync-database"
          />
          <TextInput
            label={t('sync.username')}
            autoComplete="off"
            {...form.getInputProps('username')}
            data-testid="sync-username"
          />
        </Group>
        <PasswordInput
          label={t('sync.password')}
          description={server ? t('sync.passwordKept') : undefined}
          autoComplete="new-password"
          {...form.getInputProps('password')}
          data-testid="sync-password"
        />
        {plainHttpHere && (
          <Checkbox
            label={t('sync.allowHttp')}
            {...form.getInputProps('allowHttp', { type: 'checkbox' })}
            data-testid="sync-allow-http"
          />
        )}
        <Group>
          <Button type="submit" loading={busy} data-testid="sync-save">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
