import { useEffect, useState } from 'react';

/** True once `ready` has stayed true for `ms` milliseconds on a mounted screen: for work worth deferring. */
export function useSettled(ready: boolean, ms: number): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => setSettled(true), ms);
    return () => clearTimeout(timer);
  }, [ready, ms]);
  return settled;
}
