import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSafeAction } from '@/components/use-safe-action';
import { signOut, unlock } from '@/db';
import { useSession } from '@/db/hooks';
import { CenteredCard } from './CenteredCard';

/** Shown instead of the application while locked: the operator's name and a password field, no records. */
export function LockScreen() {
  const { t } = useTranslation();
  const run = useSafeAction();
  const { operator } = useSession();
  const [password, setPassword] = useState('');
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!operator) return null;
  return (
    <CenteredCard title={t('auth.lockedTitle')} testId="lock-screen">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          run(async () => {
            setBusy(true);
            try {
              if (!(await unlock(password))) {
                setWrong(true);
                setPassword('');
              }
            } finally {
              setBusy(false);
            }
          });
        }}
      >
        <Stack>
          <Text>{t('auth.lockedText', { name: operator.displayName || operator.login })}</Text>
          {wrong && (
            <Alert color="red" data-testid="unlock-error">
              {t('auth.wrongPassword')}
            </Alert>
          )}
          <PasswordInput
            label={t('auth.password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            data-testid="unlock-password"
            autoFocus
          />
          <Group justify="space-between">
            <Button variant="subtle" onClick={signOut}>
              {t('auth.signOut')}
            </Button>
            <Button type="submit" loading={busy} data-testid="unlock-submit">
              {t('auth.unlock')}
            </Button>
          </Group>
        </Stack>
      </form>
    </CenteredCard>
  );
}
