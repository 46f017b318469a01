import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useProblemText } from '@/components/problem-message';
import { useSafeAction } from '@/components/use-safe-action';
import { CenteredCard } from './CenteredCard';
import { passwordSchema } from '@shared/auth/operator-input';
import { changePassword, WrongPasswordError } from '@/db';

/** After an administrator's reset, the operator chooses a password of their own before anything else. */
export function ChangePasswordScreen() {
  const { t } = useTranslation();
  const run = useSafeAction();
  const problemText = useProblemText();
  const form = useForm({
    initialValues: { current: '', password: '', repeat: '' },
    validate: {
      current: (value) => (value ? null : t('common.required')),
      password: (value) => (passwordSchema.safeParse(value).success ? null : problemText('password_short')),
      repeat: (value, values) => (value === values.password ? null : t('auth.passwordsDiffer')),
    },
  });
  return (
    <CenteredCard title={t('auth.changePasswordTitle')} testId="change-password">
      <form
        onSubmit={form.onSubmit((values) =>
          run(async () => {
            try {
              await changePassword(values.current, values.password);
            } catch (error) {
              if (!(error instanceof WrongPasswordError)) throw error;
              form.setFieldError('current', t('auth.wrongPassword'));
            }
          }),
        )}
      >
        <Stack>
          <Text size="sm">{t('auth.changePasswordText')}</Text>
          <PasswordInput
            label={t('auth.currentPassword')}
            data-testid="current-password"
            {...form.getInputProps('current')}
          />
          <PasswordInput label={t('auth.newPassword')} data-testid="new-password" {...form.getInputProps('password')} />
          <PasswordInput
            label={t('auth.passwordRepeat')}
            data-testid="new-password-repeat"
            {...form.getInputProps('repeat')}
          />
          <Group justify="flex-end">
            <Button type="submit" data-testid="change-password-submit">
              {t('auth.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </CenteredCard>
  );
}
