import { describe, expect, it } from 'vitest';
import { checkStart, parseManifest, type Manifest } from './manifest';

describe('lost-data guard', () => {
  const manifest: Manifest = {
    records: 1200,
    counts: { people: 1000 },
    updatedAt: '2026-11-20T10:00:00Z',
    lastBackupAt: '2026-11-20T10:00:00Z',
  };

  it('stops when the database opens empty but held data', () => {
    expect(checkStart(manifest, { ok: true, empty: true })).toEqual({ ok: false, reason: 'database-empty', manifest });
  });

  it('stops when the database fails to open but held data', () => {
    expect(checkStart(manifest, { ok: false })).toEqual({ ok: false, reason: 'database-failed', manifest });
  });

  it('lets a database with data, a first start and a never-used office through', () => {
    expect(checkStart(manifest, { ok: true, empty: false })).toEqual({ ok: true });
    expect(checkStart(null, { ok: true, empty: true })).toEqual({ ok: true });
    expect(checkStart({ ...manifest, records: 0 }, { ok: true, empty: true })).toEqual({ ok: true });
  });

  it('ignores a damaged manifest rather than stopping on it', () => {
    expect(parseManifest('{"records": "many"}')).toBeNull();
    expect(parseManifest('not json')).toBeNull();
    expect(parseManifest(JSON.stringify(manifest))).toEqual(manifest);
  });
});
