import { Alert, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { useSafeAction } from '@/components/use-safe-action';
import { signIn, SignInError } from '@/db';

/** Login and password; a wrong one is said in the user's language and the password cleared. */
export function SignInForm({ initialLogin = '' }: Readonly<{ initialLogin?: string }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const [login, setLogin] = useState(initialLogin);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        run(async () => {
          setBusy(true);
          setError(null);
          try {
            await signIn(login, password);
          } catch (problem) {
            if (!(problem instanceof SignInError)) throw problem;
            setError(problem.reason === 'disabled' ? t('auth.disabled') : t('auth.wrongPassword'));
            setPassword('');
          } finally {
            setBusy(false);
          }
        });
      }}
    >
      <Stack>
        <LanguageSwitch size="sm" />
        {error && (
          <Alert color="red" data-testid="sign-in-error">
            {error}
          </Alert>
        )}
        <TextInput
          label={t('auth.login')}
          value={login}
          onChange={(e) => setLogin(e.currentTarget.value)}
          data-testid="sign-in-login"
          autoFocus={!initialLogin}
        />
        <PasswordInput
          label={t('auth.password')}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          data-testid="sign-in-password"
          autoFocus={Boolean(initialLogin)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={busy} data-testid="sign-in-submit">
            {t('auth.signIn')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
