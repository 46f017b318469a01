import { useEffect, useRef, useState } from 'react';

/**
 * Where the cursor goes for keyboard-only entry: into the first field of a new citizen as soon as
 * one is started, and back to the citizen search after "save and next", for the next in the queue.
 */
export function useCitizenFocus(newCitizen: boolean) {
  const citizenRef = useRef<HTMLInputElement>(null);
  const [saved, setSaved] = useState(0);

  useEffect(() => {
    if (newCitizen) citizenRef.current?.focus();
  }, [newCitizen]);

  useEffect(() => {
    if (saved > 0) citizenRef.current?.focus();
  }, [saved]);

  return { citizenRef, focusNextCitizen: () => setSaved((count) => count + 1) };
}
