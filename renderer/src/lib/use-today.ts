import { useEffect, useState } from 'react';
import type { IsoDate } from '@shared/model/records';
import { today } from './clock';

/**
 * Today's date in Kazakhstan, read on every render and checked each minute, so deadlines turn
 * overdue at midnight without a restart (and when a test moves the clock and the screen changes).
 */
export function useToday(): IsoDate {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((tick) => tick + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today();
}
