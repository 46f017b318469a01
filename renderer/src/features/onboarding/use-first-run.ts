import { useCallback, useEffect, useRef, useState } from 'react';
import {
  NEW_FIRST_RUN,
  profileFromDraft,
  resumeStep,
  type FirstRunProgress,
  type FirstRunStep,
} from '@shared/profile/first-run';
import { useHasOperators, useSession } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';
import { firstRunProgress, saveFirstRunProgress } from '@/db';

/** Typing is saved a moment after it stops; a step reached is saved at once. */
const TYPING_PAUSE_MS = 250;

/**
 * The first run's progress, read back from the database at start and written there as the office
 * goes, and the step it stands at (see resumeStep). Null while it is being read.
 */
export function useFirstRun(): {
  progress: FirstRunProgress | null;
  step: FirstRunStep | null;
  update: (next: FirstRunProgress, when?: 'now' | 'typing') => void;
} {
  const { language } = useLanguage();
  const hasOperators = useHasOperators();
  const { operator } = useSession();
  const [progress, setProgress] = useState<FirstRunProgress | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    void firstRunProgress().then((stored) => setProgress(stored ?? NEW_FIRST_RUN));
    return () => clearTimeout(timer.current);
  }, []);

  const update = useCallback((next: FirstRunProgress, when: 'now' | 'typing' = 'now') => {
    setProgress(next);
    clearTimeout(timer.current);
    // A failed save loses only the resume point, never the office's work: it is logged, not shown.
    const save = () => void saveFirstRunProgress(next).catch((error: unknown) => console.error(error));
    if (when === 'now') save();
    else timer.current = setTimeout(save, TYPING_PAUSE_MS);
  }, []);

  const step =
    progress && hasOperators !== undefined
      ? resumeStep(progress, {
          hasOperators,
          signedIn: operator !== null,
          officeComplete: profileFromDraft(progress.office, language) !== null,
        })
      : null;
  return { progress, step, update };
}
