import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyStorageError } from '@/db/errors';
import { today } from '@/lib/clock';
import { demoPlacesFor, loadDemoData } from '@/db';

export const DEMO_SIZES = [500, 2_000, 10_000, 50_000] as const;

/** Loads demo data with a progress figure; failures become a message in the user's language. */
export function useDemoLoader() {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<number | null>(null);

  const load = async (people: number, districtId: string | undefined): Promise<boolean> => {
    setProgress(0);
    try {
      const places = await demoPlacesFor(districtId);
      const total = await loadDemoData({
        people,
        places,
        today: today(),
        onProgress: ({ done, total: all }) => setProgress(Math.round((done / all) * 100)),
      });
      notifications.show({ color: 'teal', message: t('onboarding.demoDone', { n: total }) });
      return true;
    } catch (error) {
      console.error(error);
      const message = classifyStorageError(error) === 'quota' ? t('errors.storageFull') : t('errors.unexpected');
      notifications.show({ color: 'red', title: t('errors.title'), message, autoClose: false });
      return false;
    } finally {
      setProgress(null);
    }
  };

  return { load, progress, loading: progress !== null };
}
