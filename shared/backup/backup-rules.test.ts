import { describe, expect, it } from 'vitest';
import { checkStart, parseManifest, type Manifest } from './manifest';
import { backupsToDelete, type BackupFile } from './retention';

const file = (createdAt: string): BackupFile => ({ name: createdAt, createdAt });

describe('backup retention', () => {
  const now = new Date('2026-11-21T12:00:00Z');

  it('keeps the newest three of today and the newest of each earlier day for thirty days', () => {
    const files = [
      file('2026-11-21T11:00:00.000Z'),
      file('2026-11-21T10:00:00.000Z'),
      file('2026-11-21T09:00:00.000Z'),
      file('2026-11-21T08:00:00.000Z'),
      file('2026-11-20T15:00:00.000Z'),
      file('2026-11-20T09:00:00.000Z'),
      file('2026-10-23T09:00:00.000Z'),
      file('2026-10-21T09:00:00.000Z'),
    ];
    expect(backupsToDelete(files, now).map((f) => f.name)).toEqual([
      '2026-11-21T08:00:00.000Z',
      '2026-11-20T09:00:00.000Z',
      '2026-10-21T09:00:00.000Z',
    ]);
  });

  it('counts days in Kazakhstan time: 20:00 UTC is already tomorrow in Taraz', () => {
    const files = [
      file('2026-11-20T20:00:00.000Z'),
      file('2026-11-20T19:30:00.000Z'),
      file('2026-11-20T18:00:00.000Z'),
    ];
    // 20:00 and 19:30 UTC are both 21 November in Taraz (one kept); 18:00 UTC is still 20 November.
    expect(
      backupsToDelete(files, new Date('2026-11-22T06:00:00Z'), { keepToday: 3, keepDays: 30 }).map((f) => f.name),
    ).toEqual(['2026-11-20T19:30:00.000Z']);
  });

  it('follows a configured policy', () => {
    const files = [
      file('2026-11-21T11:00:00.000Z'),
      file('2026-11-21T10:00:00.000Z'),
      file('2026-11-19T10:00:00.000Z'),
    ];
    expect(backupsToDelete(files, now, { keepToday: 1, keepDays: 1 }).map((f) => f.name)).toEqual([
      '2026-11-21T10:00:00.000Z',
      '2026-11-19T10:00:00.000Z',
    ]);
  });
});

describe('lost-data guard', () => {
  const manifest: Manifest = {
    records: 1200,
    counts: { people: 1000 },
    updatedAt: '2026-11-20T10:00:00Z',
    lastBackupAt: '2026-11-20T10:00:00Z',
  };

  it('stops when the database opens empty but held data', () => {
    expect(checkStart(manifest, { ok: true, records: 0 })).toEqual({ ok: false, reason: 'database-empty', manifest });
  });

  it('stops when the database fails to open but held data', () => {
    expect(checkStart(manifest, { ok: false })).toEqual({ ok: false, reason: 'database-failed', manifest });
  });

  it('lets a database with data, a first start and a never-used office through', () => {
    expect(checkStart(manifest, { ok: true, records: 5 })).toEqual({ ok: true });
    expect(checkStart(null, { ok: true, records: 0 })).toEqual({ ok: true });
    expect(checkStart({ ...manifest, records: 0 }, { ok: true, records: 0 })).toEqual({ ok: true });
  });

  it('ignores a damaged manifest rather than stopping on it', () => {
    expect(parseManifest('{"records": "many"}')).toBeNull();
    expect(parseManifest('not json')).toBeNull();
    expect(parseManifest(JSON.stringify(manifest))).toEqual(manifest);
  });
});
