import { useEffect, useMemo, useState } from 'react';
import { effectiveCalendar } from '@shared/dates/office-calendar';
import type { ShippedDay, WorkingCalendar } from '@shared/dates/working-days';
import { getOfficeCalendar } from '@/db';
import { useOfficeCalendar } from '@/db/hooks';
import { loadShippedDays } from './reference-files';

/** The shipped non-working days with their names, once loaded. */
export function useShippedDays(): ShippedDay[] | null {
  const [days, setDays] = useState<ShippedDay[] | null>(null);
  useEffect(() => {
    void loadShippedDays().then(setDays);
  }, []);
  return days;
}

/**
 * The calendar deadlines and schedules count with: the shipped days and the office's on top,
 * following every change an administrator makes. Null while either is loading.
 */
export function useWorkingCalendar(): WorkingCalendar | null {
  const shipped = useShippedDays();
  const office = useOfficeCalendar();
  return useMemo(() => (shipped && office ? effectiveCalendar(shipped, office) : null), [shipped, office]);
}

/** The same calendar read once, for work outside a screen (an import). */
export async function currentWorkingCalendar(): Promise<WorkingCalendar> {
  const [shipped, office] = await Promise.all([loadShippedDays(), getOfficeCalendar()]);
  return effectiveCalendar(shipped, office);
}
