import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkSyncServer, saveSyncServer, turnSyncOn, type ServerInput, type SyncAnswer } from '@/db';
import { useSafeAction } from '@/components/use-safe-action';
import { problemText } from './sync-texts';

export interface SyncMessage {
  ok: boolean;
  text: string;
}

/**
 * Saving the server, checking it and turning sync on, each answered in the user's language: the
 * same steps in Settings → Sync and in the first run's "join an office server".
 */
export function useSyncActions() {
  const { t } = useTranslation();
  const run = useSafeAction();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<SyncMessage | null>(null);

  const answered = (answer: SyncAnswer, okText: string) =>
    setMessage(answer.ok ? { ok: true, text: okText } : { ok: false, text: problemText(t, answer.problem) });
  const okOf = (answer: SyncAnswer) =>
    answer.ok ? t('sync.checkOk', { server: answer.server, version: answer.version, documents: answer.documents }) : '';

  const turnOnNow = useCallback(async () => {
    const answer = await turnSyncOn();
    setMessage(
      answer.ok ? { ok: true, text: t('sync.turnedOn') } : { ok: false, text: problemText(t, answer.problem) },
    );
    return answer.ok;
  }, [t]);

  const step = (action: () => Promise<void>) =>
    run(async () => {
      setBusy(true);
      setMessage(null);
      try {
        await action();
      } finally {
        setBusy(false);
      }
    });

  return {
    busy,
    message,
    /** Saves; true when saved (a restart may then be needed before anything can be checked). */
    save: (input: ServerInput, then?: (restartNeeded: boolean) => Promise<void>) =>
      step(async () => {
        const outcome = await saveSyncServer(input);
        if (!outcome.ok) setMessage({ ok: false, text: problemText(t, outcome.problem) });
        else if (then) await then(outcome.restartNeeded);
        else if (!outcome.restartNeeded) setMessage({ ok: true, text: t('sync.saved') });
      }),
    checkAndShow: () =>
      step(async () => {
        const answer = await checkSyncServer();
        answered(answer, okOf(answer));
      }),
    turnOn: () =>
      step(async () => {
        const answer = await turnSyncOn();
        answered(answer, t('sync.turnedOn'));
      }),
    turnOnNow,
    setMessage,
  };
}
