import { dueSoonUntil } from '@shared/receptions/due-soon';
import { useDueSoonControlCount } from '@/db/hooks';
import { useWorkingCalendar } from '@/db/hooks';

/** How many open control items are due within three working days of `today` (undefined while loading). */
export function useDueSoonCount(today: string): number | undefined {
  const calendar = useWorkingCalendar();
  return useDueSoonControlCount(today, calendar ? dueSoonUntil(today, calendar) : null);
}
