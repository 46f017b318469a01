import { Alert, Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StorageFailure } from '@/db/errors';

/** Shown instead of the application when the database cannot be opened: a message, never a stack. */
export function StorageFailureScreen({ failure }: Readonly<{ failure: StorageFailure }>) {
  const { t } = useTranslation();
  return (
    <Center h="100vh" p="xl">
      <Alert color="red" title={t('errors.title')} maw={560} role="alert">
        {failure === 'quota' ? t('errors.storageFull') : t('errors.storageUnavailable')}
      </Alert>
    </Center>
  );
}
