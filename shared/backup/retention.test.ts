import { describe, expect, it } from 'vitest';
import type { BackupReasonName } from './backup-names';
import { backupsToDelete, DEFAULT_RETENTION, type BackupFile } from './retention';

const file = (createdAt: string, reason: BackupReasonName = 'auto'): BackupFile => ({
  name: `${createdAt} ${reason}`,
  createdAt: new Date(createdAt).toISOString(),
  reason,
});

const names = (files: readonly BackupFile[]) => files.map((f) => f.name);

/** What the backups folder holds after writing `written` at `now` and applying retention, as main does. */
function write(folder: readonly BackupFile[], written: BackupFile, now: Date): BackupFile[] {
  const all = [...folder, written];
  const doomed = new Set(names(backupsToDelete(all, now)));
  return all.filter((f) => !doomed.has(f.name));
}

const addMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

describe('backup retention', () => {
  const now = new Date('2026-11-21T12:00:00Z');

  it('keeps the newest three and the newest of each of the thirty most recent days', () => {
    const files = [
      file('2026-11-21T11:00:00Z'),
      file('2026-11-21T10:00:00Z'),
      file('2026-11-21T09:00:00Z'),
      file('2026-11-21T08:00:00Z'),
      file('2026-11-20T15:00:00Z'),
      file('2026-11-20T09:00:00Z'),
      file('2026-10-23T09:00:00Z'),
      file('2026-10-21T09:00:00Z'),
    ];
    expect(names(backupsToDelete(files, now))).toEqual(['2026-11-21T08:00:00Z auto', '2026-11-20T09:00:00Z auto']);
  });

  it('counts days in Kazakhstan time: 20:00 UTC is already tomorrow in Taraz', () => {
    const files = [file('2026-11-20T20:00:00Z'), file('2026-11-20T19:30:00Z'), file('2026-11-20T18:00:00Z')];
    // 20:00 and 19:30 UTC are both 21 November in Taraz (one kept); 18:00 UTC is still 20 November.
    const policy = { ...DEFAULT_RETENTION, rotation: { newest: 1, days: 30 } };
    expect(names(backupsToDelete(files, new Date('2026-11-22T06:00:00Z'), policy))).toEqual([
      '2026-11-20T19:30:00Z auto',
    ]);
  });

  it('keeps a backup written after the clock was set back, and the ones now dated in the future', () => {
    let folder = [
      file('2026-11-21T09:00:00Z'),
      file('2026-11-21T10:00:00Z'),
      file('2026-11-21T11:00:00Z'),
      file('2026-11-20T11:00:00Z'),
    ];
    // Someone sets the PC's date back by almost a year; the 15-minute backups go on.
    let clock = new Date('2026-01-10T09:00:00Z');
    for (let i = 0; i < 8; i++) {
      const written = file(clock.toISOString());
      folder = write(folder, written, clock);
      expect(names(folder), `backup ${i} at ${clock.toISOString()}`).toContain(written.name);
      clock = addMinutes(clock, 15);
    }
    expect(names(folder)).toEqual(
      expect.arrayContaining([
        '2026-11-21T09:00:00Z auto',
        '2026-11-21T10:00:00Z auto',
        '2026-11-21T11:00:00Z auto',
        '2026-11-20T11:00:00Z auto',
      ]),
    );
  });

  it('keeps every one of 21 daily backups when the clock jumps forward by more than 30 days', () => {
    const daily = Array.from({ length: 21 }, (_, day) => file(`2026-11-${String(day + 1).padStart(2, '0')}T10:00:00Z`));
    const jumped = new Date('2027-01-15T10:00:00Z');
    const folder = write(daily, file(jumped.toISOString()), jumped);
    expect(folder).toHaveLength(22);
  });

  it('keeps the before-import backup apart from the automatic rotation', () => {
    let folder: BackupFile[] = [];
    const imported = file('2026-11-21T10:00:00Z', 'before-import');
    folder = write(folder, imported, new Date('2026-11-21T10:00:00Z'));
    for (const time of ['10:15', '10:30', '10:45', '11:00', '11:15'])
      folder = write(folder, file(`2026-11-21T${time}:00Z`), new Date(`2026-11-21T${time}:00Z`));
    expect(names(folder)).toContain(imported.name);
    expect(folder.filter((f) => f.reason === 'auto')).toHaveLength(3);
  });

  it('keeps the before-restore and before-migration backups longer than the rotation', () => {
    const old = [file('2026-05-01T10:00:00Z', 'before-restore'), file('2026-05-02T10:00:00Z', 'before-migration')];
    const rotation = Array.from({ length: 40 }, (_, day) =>
      file(new Date(Date.UTC(2026, 9, 1 + day, 10)).toISOString()),
    );
    const doomed = backupsToDelete([...old, ...rotation], now);
    expect(doomed).toHaveLength(40 - 30);
    expect(doomed.every((f) => f.reason === 'auto')).toBe(true);
  });

  it('does not let a future-dated backup take the place of a real one', () => {
    const future = file('2031-01-01T00:00:00Z');
    const today = [file('2026-11-21T09:00:00Z'), file('2026-11-21T10:00:00Z'), file('2026-11-21T11:00:00Z')];
    expect(backupsToDelete([future, ...today], now)).toEqual([]);
  });

  it('never deletes the newest backup and stays bounded through a month of clock trouble', () => {
    let folder: BackupFile[] = [];
    let clock = new Date('2026-11-01T04:00:00Z');
    const jumps = [0, 0, 0, -400 * 24 * 60, 0, 45 * 24 * 60, 0, -3 * 60, 0, 400 * 24 * 60];
    for (let step = 0; step < 1500; step++) {
      clock = addMinutes(clock, 15 + (jumps[step % 97] ?? 0));
      const written = file(clock.toISOString(), step % 50 === 0 ? 'before-import' : 'auto');
      folder = write(folder, written, clock);
      expect(names(folder)).toContain(written.name);
    }
    const present = folder.filter((f) => Date.parse(f.createdAt) <= clock.getTime());
    expect(present.length).toBeLessThanOrEqual(3 + 30 + 10 + 90);
  });
});
