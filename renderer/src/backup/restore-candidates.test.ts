import { describe, expect, it } from 'vitest';
import type { StoredBackupInfo } from '@shared/desktop/api';
import { readBackupHeader } from '@/db';
import { newestUsable, restoreCandidates } from './restore-candidates';

/** The first bytes of a backup as main lists them: magic, header length, header. */
function head(createdAt: string, records = 1200): Uint8Array {
  const header = new TextEncoder().encode(
    JSON.stringify({
      format: 'kelisim-backup',
      version: 1,
      createdAt,
      reason: 'auto',
      appVersion: '0.1.0',
      schemaVersion: 8,
      office: { name: 'Отдел внутренней политики', kato: '311000000' },
      counts: { people: records },
      records,
      checksum: 'a'.repeat(64),
      encryption: null,
    }),
  );
  const bytes = new Uint8Array(12 + header.length);
  bytes.set(new TextEncoder().encode('KLSMBAK1'));
  new DataView(bytes.buffer).setUint32(8, header.length);
  bytes.set(header, 12);
  return bytes;
}

const listed = (name: string, bytes: Uint8Array): StoredBackupInfo => ({
  name,
  size: 100_000,
  createdAt: '2000-01-01T00:00:00.000Z',
  head: bytes,
});

const now = new Date('2026-11-21T12:00:00Z');

describe('the backups a restore screen offers', () => {
  it('offers the newest by the time in its header, not by its file name', () => {
    const candidates = restoreCandidates(
      [
        // Renamed, or made while the clock was wrong: the name says 21 November, the backup 1 November.
        listed('kelisim-20261121-110000-auto.klsbak', head('2026-11-01T09:00:00.000Z')),
        listed('kelisim-20261120-090000-auto.klsbak', head('2026-11-20T09:00:00.000Z')),
      ],
      now,
      readBackupHeader,
    );
    expect(candidates.map((c) => c.createdAt)).toEqual(['2026-11-20T09:00:00.000Z', '2026-11-01T09:00:00.000Z']);
    expect(newestUsable(candidates)?.name).toBe('kelisim-20261120-090000-auto.klsbak');
  });

  it('never offers a backup dated in the future first, and lists it last', () => {
    const candidates = restoreCandidates(
      [
        listed('kelisim-20310101-000000-auto.klsbak', head('2031-01-01T00:00:00.000Z')),
        listed('kelisim-20261121-100000-auto.klsbak', head('2026-11-21T10:00:00.000Z')),
      ],
      now,
      readBackupHeader,
    );
    expect(candidates.map((c) => [c.name, c.futureDated])).toEqual([
      ['kelisim-20261121-100000-auto.klsbak', false],
      ['kelisim-20310101-000000-auto.klsbak', true],
    ]);
    expect(newestUsable(candidates)?.name).toBe('kelisim-20261121-100000-auto.klsbak');
  });

  it('leaves out files whose header does not read, and does not offer an empty backup first', () => {
    const candidates = restoreCandidates(
      [
        listed('kelisim-20261121-110000-auto.klsbak', new TextEncoder().encode('PK\u0003\u0004 a spreadsheet')),
        listed('kelisim-20261121-100000-auto.klsbak', head('2026-11-21T10:00:00.000Z').subarray(0, 40)),
        listed('kelisim-20261121-090000-exit.klsbak', head('2026-11-21T09:00:00.000Z', 0)),
        listed('kelisim-20261120-090000-auto.klsbak', head('2026-11-20T09:00:00.000Z')),
      ],
      now,
      readBackupHeader,
    );
    expect(candidates.map((c) => c.name)).toEqual([
      'kelisim-20261121-090000-exit.klsbak',
      'kelisim-20261120-090000-auto.klsbak',
    ]);
    expect(newestUsable(candidates)?.name).toBe('kelisim-20261120-090000-auto.klsbak');
  });
});
