import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resources } from '@shared/i18n/resources';
import { backupFailureMessage } from './backup-failure-message';
import {
  BACKUP_EVERY_MS,
  startBackupScheduler,
  type BackupFailure,
  type BackupSchedulerDeps,
} from './backup-scheduler';
import { BackupWriteError } from './backup-write-error';

/** A scheduler with a hand-driven clock and timer, and a record of what it told the user. */
function scheduler(makeBackup: BackupSchedulerDeps['makeBackup']) {
  let clock = 1_000;
  let changedAt = 0;
  let tick: () => void = () => undefined;
  let quit: () => void = () => undefined;
  const failures: BackupFailure[] = [];
  const successes: number[] = [];
  const quitReady = vi.fn(async () => undefined);
  const stop = startBackupScheduler({
    makeBackup,
    lastChangeAt: () => changedAt,
    now: () => clock,
    every(ms, task) {
      expect(ms).toBe(BACKUP_EVERY_MS);
      tick = task;
      return () => (tick = () => undefined);
    },
    onBeforeQuit(listener) {
      quit = listener;
      return () => (quit = () => undefined);
    },
    quitReady,
    onFailure: (failure) => failures.push(failure),
    onSuccess: () => successes.push(clock),
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    failures,
    successes,
    quitReady,
    stop,
    change: () => (changedAt = ++clock),
    async tick() {
      clock += BACKUP_EVERY_MS;
      tick();
      await settle();
    },
    async quit() {
      quit();
      await settle();
    },
  };
}

describe('automatic backups', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('tell the user why a backup failed, and try again at the next tick', async () => {
    const makeBackup = vi
      .fn<BackupSchedulerDeps['makeBackup']>()
      .mockRejectedValueOnce(new BackupWriteError('disk-full'))
      .mockResolvedValue({ secondFolder: 'not-set' });
    const run = scheduler(makeBackup);
    run.change();
    await run.tick();
    expect(run.failures).toEqual([{ where: 'backups-folder', problem: 'disk-full' }]);
    await run.tick();
    expect(makeBackup).toHaveBeenCalledTimes(2);
    expect(run.failures).toHaveLength(1);
    expect(run.successes).toHaveLength(1);
    await run.tick();
    expect(makeBackup).toHaveBeenCalledTimes(2);
  });

  it('tell the user when the second folder is gone, the backup being safe on this PC', async () => {
    const run = scheduler(async () => ({ secondFolder: 'folder-missing' }));
    run.change();
    await run.tick();
    expect(run.failures).toEqual([{ where: 'second-folder', problem: 'folder-missing' }]);
  });

  it('report a failure of any other kind as a failure, not only to the console', async () => {
    const run = scheduler(async () => {
      throw new Error('IndexedDB went away');
    });
    run.change();
    await run.tick();
    expect(run.failures).toEqual([{ where: 'backups-folder', problem: 'failed' }]);
  });

  it('save changes made while a backup was being written at the next tick', async () => {
    let run: ReturnType<typeof scheduler> | null = null;
    const makeBackup = vi.fn<BackupSchedulerDeps['makeBackup']>(async () => {
      run?.change();
      return { secondFolder: 'copied' };
    });
    run = scheduler(makeBackup);
    run.change();
    await run.tick();
    await run.tick();
    expect(makeBackup).toHaveBeenCalledTimes(2);
  });

  it('make the exit backup and then let main quit, even when it fails', async () => {
    const makeBackup = vi
      .fn<BackupSchedulerDeps['makeBackup']>()
      .mockRejectedValue(new BackupWriteError('folder-missing'));
    const run = scheduler(makeBackup);
    run.change();
    await run.quit();
    expect(makeBackup).toHaveBeenCalledWith('exit');
    expect(run.quitReady).toHaveBeenCalledTimes(1);
  });

  it('do nothing when nothing changed, and stop when told', async () => {
    const makeBackup = vi.fn<BackupSchedulerDeps['makeBackup']>();
    const run = scheduler(makeBackup);
    await run.tick();
    run.stop();
    run.change();
    await run.tick();
    expect(makeBackup).not.toHaveBeenCalled();
  });
});

describe('the notice of a failed backup', () => {
  const t = (language: 'ru' | 'kk') => (key: string) =>
    key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resources[language]) as string;

  it('names a full disk and a missing folder in Russian and in Kazakh', () => {
    expect(
      backupFailureMessage(t('ru'), { where: 'backups-folder', problem: 'disk-full' }, { automatic: true }),
    ).toEqual({
      title: 'Резервная копия не сохранена',
      message: 'На диске нет свободного места. Освободите место на диске. Программа повторит попытку через 15 минут.',
    });
    expect(
      backupFailureMessage(t('kk'), { where: 'second-folder', problem: 'folder-missing' }, { automatic: true }),
    ).toEqual({
      title: 'Көшірме екінші қалтаға жазылмады',
      message:
        'Қалта қолжетімсіз: флешка алынып тасталған немесе желілік қалта ажыратылған. Осы компьютердегі көшірме сақталды.',
    });
  });
});
