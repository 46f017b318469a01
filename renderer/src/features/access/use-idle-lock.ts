import { useHotkeys } from '@mantine/hooks';
import { useEffect } from 'react';
import { desktop } from '@/desktop';
import { lock as lockSession } from '@/db';

export const DEFAULT_IDLE_MINUTES = 10;
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

function lock(): void {
  void lockSession().catch((error: unknown) => console.error(error));
}

/**
 * Locks after the idle time without keyboard or mouse, on Ctrl+L (on any keyboard layout), and
 * when Windows locks the screen or goes to sleep.
 */
export function useIdleLock(minutes: number): void {
  useHotkeys([['mod+L', lock, { usePhysicalKeys: true }]], []);
  useEffect(() => desktop.onSystemLock(lock), []);
  useEffect(() => {
    let timer = setTimeout(lock, minutes * 60_000);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(lock, minutes * 60_000);
    };
    for (const name of ACTIVITY) window.addEventListener(name, restart, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY) window.removeEventListener(name, restart);
    };
  }, [minutes]);
}

export function lockNow(): void {
  lock();
}
