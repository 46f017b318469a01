import { Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecoveryKeyNotice } from '@/components/RecoveryKeyNotice';
import { useSafeAction } from '@/components/use-safe-action';
import { useProblemText } from '@/components/problem-message';
import { operatorInputSchema, passwordSchema } from '@shared/auth/operator-input';
import type { AdminDraft } from '@shared/profile/first-run';
import { setUpFirstAdministrator, signIn } from '@/db';

/**
 * Creates the administrator and the office's keys, shows the recovery key once, and signs the
 * administrator in when they confirm they have written it down. At first run the login and name
 * start from what was typed before the window closed (`draft`), and each change is reported; the
 * passwords never are.
 */
export function AdminSetupForm({
  onDone,
  draft,
  onDraftChange,
  onCreated,
}: Readonly<{
  onDone: () => void;
  draft?: AdminDraft;
  onDraftChange?: (draft: AdminDraft) => void;
  /** The administrator exists: the recovery key is on screen until they go on. */
  onCreated?: () => void;
}>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const problemText = useProblemText();
  const [recovery, setRecovery] = useState<{ key: string; login: string; password: string } | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { login: draft?.login || 'admin', displayName: draft?.displayName ?? '', password: '', repeat: '' },
    onValuesChange: ({ login, displayName }) => onDraftChange?.({ login, displayName }),
    validate: (values) => {
      const errors: Record<string, string> = {};
      const operator = operatorInputSchema.safeParse({ ...values, role: 'administrator' });
      if (!operator.success)
        for (const issue of operator.error.issues) errors[String(issue.path[0])] = problemText(issue.message);
      if (!passwordSchema.safeParse(values.password).success) errors.password = problemText('password_short');
      if (values.password !== values.repeat) errors.repeat = t('auth.passwordsDiffer');
      return errors;
    },
  });

  if (recovery)
    return (
      <Stack>
        <RecoveryKeyNotice recoveryKey={recovery.key} confirmed={confirmed} onConfirmedChange={setConfirmed} />
        <Group justify="flex-end">
          <Button
            disabled={!confirmed}
            loading={busy}
            data-testid="recovery-continue"
            onClick={() =>
              run(async () => {
                setBusy(true);
                try {
                  await signIn(recovery.login, recovery.password);
                  onDone();
                } finally {
                  setBusy(false);
                }
              })
            }
          >
            {t('onboarding.continue')}
          </Button>
        </Group>
      </Stack>
    );

  return (
    <form
      onSubmit={form.onSubmit((values) =>
        run(async () => {
          setBusy(true);
          try {
            const key = await setUpFirstAdministrator(values);
            onCreated?.();
            setRecovery({ key, login: values.login.trim(), password: values.password });
          } finally {
            setBusy(false);
          }
        }),
      )}
    >
      <Stack>
        <Text c="dimmed" size="sm">
          {t('auth.adminIntro')}
        </Text>
        <TextInput label={t('auth.login')} data-testid="admin-login" {...form.getInputProps('login')} />
        <TextInput label={t('auth.displayName')} data-testid="admin-name" {...form.getInputProps('displayName')} />
        <PasswordInput label={t('auth.password')} data-testid="admin-password" {...form.getInputProps('password')} />
        <PasswordInput label={t('auth.passwordRepeat')} data-testid="admin-repeat" {...form.getInputProps('repeat')} />
        <Group justify="flex-end">
          <Button type="submit" loading={busy} data-testid="admin-create">
            {t('auth.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
