import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineCheck } from '@/db';
import { DeadlineChangesModal } from './DeadlineChangesModal';

/**
 * After a calendar change, the deadlines it would move are put to the administrator; `told` says
 * "nothing changes" too (for the explicit check), where a change that moves nothing stays quiet.
 */
export function useDeadlineReview(): { review: (check: DeadlineCheck, told?: boolean) => void; modal: ReactNode } {
  const { t } = useTranslation();
  const [pending, setPending] = useState<DeadlineCheck | null>(null);
  const review = (check: DeadlineCheck, told = false) => {
    if (check.changes.length > 0) setPending(check);
    else if (told || check.closed > 0)
      notifications.show({
        color: check.closed > 0 ? 'orange' : 'teal',
        message:
          check.closed > 0 ? t('workingCalendar.closedItems', { count: check.closed }) : t('workingCalendar.noChanges'),
      });
  };
  const modal = pending && <DeadlineChangesModal check={pending} onClose={() => setPending(null)} />;
  return { review, modal };
}
