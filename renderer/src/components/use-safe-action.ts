import { useCallback } from 'react';
import { classifyStorageError } from '@/db/errors';
import { showLocalizedNotification } from '@/lib/localized-notification';

/**
 * Runs a user action and turns any failure into a message in the user's language (and in the new
 * one if the user switches while it is shown). The database is unchanged after a failure because
 * every write runs in one transaction.
 */
export function useSafeAction(): (action: () => Promise<void>) => void {
  return useCallback((action) => {
    action().catch((error: unknown) => {
      console.error(error);
      const failure = classifyStorageError(error);
      const key =
        failure === 'quota'
          ? 'errors.storageFull'
          : failure === 'unavailable'
            ? 'errors.storageUnavailable'
            : 'errors.unexpected';
      showLocalizedNotification({
        color: 'red',
        title: (t) => t('errors.title'),
        message: (t) => t(key),
        autoClose: false,
      });
    });
  }, []);
}
