import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyStorageError } from '@/db/errors';

/**
 * Runs a user action and turns any failure into a message in the user's language. The database
 * is unchanged after a failure because every write runs in one transaction.
 */
export function useSafeAction(): (action: () => Promise<void>) => void {
  const { t } = useTranslation();
  return useCallback(
    (action) => {
      action().catch((error: unknown) => {
        console.error(error);
        const failure = classifyStorageError(error);
        const message =
          failure === 'quota'
            ? t('errors.storageFull')
            : failure === 'unavailable'
              ? t('errors.storageUnavailable')
              : t('errors.unexpected');
        notifications.show({ color: 'red', title: t('errors.title'), message, autoClose: false });
      });
    },
    [t],
  );
}
