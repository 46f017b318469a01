import { describe, expect, it } from 'vitest';
import { backupAge, backupReminderKey } from './backup-age';

const NOW = Date.parse('2026-11-21T10:00:00Z');
const hoursAgo = (hours: number) => new Date(NOW - hours * 3_600_000).toISOString();

describe('how old the last backup is', () => {
  it('says there is no backup yet, not that it is more than a day old, when none was ever made', () => {
    for (const never of [null, undefined, '', 'not a date']) {
      expect(backupAge(never, NOW)).toEqual({ kind: 'none' });
      expect(backupReminderKey(backupAge(never, NOW))).toBe('backup.reminderNone');
    }
  });

  it('asks for nothing within a day of the last backup', () => {
    expect(backupReminderKey(backupAge(hoursAgo(0), NOW))).toBeNull();
    expect(backupReminderKey(backupAge(hoursAgo(23.9), NOW))).toBeNull();
  });

  it('says the backup is more than a day old only once a day has passed', () => {
    expect(backupAge(hoursAgo(24.1), NOW)).toEqual({ kind: 'stale', at: hoursAgo(24.1) });
    expect(backupReminderKey(backupAge(hoursAgo(24.1), NOW))).toBe('backup.reminder');
  });

  it('does not call a backup dated in the future old (the clock was set back)', () => {
    expect(backupAge(hoursAgo(-48), NOW).kind).toBe('recent');
  });
});
