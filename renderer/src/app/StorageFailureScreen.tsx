import { Alert, Center, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StorageFailure } from '@/db/errors';
import { RestorePanel } from '@/features/backup/RestorePanel';

const MESSAGE = {
  quota: 'errors.storageFull',
  unavailable: 'errors.storageUnavailable',
  other: 'errors.storageUnavailable',
  'migration-backup': 'errors.migrationBackup',
} as const satisfies Record<StorageFailure, string>;

/**
 * Shown instead of the application when the database cannot be opened: a message, never a stack.
 * When it does not open for want of space or of the backup due before an upgrade, it is left as it
 * is; otherwise a backup may be restored over it.
 */
export function StorageFailureScreen({ failure }: Readonly<{ failure: StorageFailure }>) {
  const { t } = useTranslation();
  const restorable = failure === 'unavailable' || failure === 'other';
  return (
    <Center mih="100vh" p="xl">
      <Stack maw={560}>
        <Alert color="red" title={t('errors.title')} role="alert">
          {t(MESSAGE[failure])}
        </Alert>
        {restorable && (
          <>
            <Text size="sm">{t('errors.restoreInstead')}</Text>
            <RestorePanel onRestored={() => window.location.reload()} />
          </>
        )}
      </Stack>
    </Center>
  );
}
