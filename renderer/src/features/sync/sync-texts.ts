import type { TFunction } from 'i18next';
import { formatDateTime } from '@shared/dates/format';
import type { SyncProblem, SyncProgress, SyncView } from '@/db';
import { localWallClock, today } from '@/lib/clock';

/** HH:mm today, dd.MM.yyyy HH:mm before: when the office last synced or went offline. */
export function syncTime(instant: string | null): string {
  if (!instant) return '';
  const local = localWallClock(instant);
  return local.startsWith(today()) ? local.slice(11, 16) : formatDateTime(local);
}

export function problemText(t: TFunction, problem: SyncProblem | string): string {
  return t(`sync.problem.${problem}` as 'sync.problem.unreachable');
}

export type IndicatorTone = 'off' | 'ok' | 'busy' | 'offline' | 'problem';

/** The header's one line: synced, N changes waiting, offline since HH:MM, or the error. */
export function indicatorOf(t: TFunction, view: SyncView): { tone: IndicatorTone; text: string } {
  const status = view.status;
  if (!view.server?.enabled || !status) return { tone: 'off', text: t('sync.state.off') };
  switch (status.state) {
    case 'problem':
      return { tone: 'problem', text: t('sync.state.problem') };
    case 'offline':
      return { tone: 'offline', text: t('sync.state.offline', { time: syncTime(status.offlineSince) }) };
    case 'stopped':
      return { tone: 'off', text: t('sync.state.stopped') };
    case 'starting':
      return { tone: 'busy', text: t('sync.state.starting') };
    default:
      return status.waiting > 0
        ? { tone: 'busy', text: t('sync.state.waiting', { count: status.waiting }) }
        : { tone: 'ok', text: t('sync.state.synced') };
  }
}

/** "about 3 min left", from the pace so far; nothing until there is a pace to go by. */
export function estimateOf(t: TFunction, progress: SyncProgress, now: number): string {
  const elapsed = now - Date.parse(progress.startedAt);
  if (progress.done === 0 || elapsed <= 0) return '';
  const left = ((progress.total - progress.done) * elapsed) / progress.done;
  if (left < 60_000) return t('sync.estimateSoon');
  return t('sync.estimate', { time: t('sync.minutes', { count: Math.ceil(left / 60_000) }) });
}
