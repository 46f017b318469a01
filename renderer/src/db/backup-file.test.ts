import { describe, expect, it } from 'vitest';
import { fileHash } from '@shared/audit/chain';
import { generateDataKey, newRecoveryKey, wrapDataKey } from '@/security/crypto';
import {
  BackupFormatError,
  readBackupHeader,
  readBackupPayload,
  writeBackupFile,
  type BackupPayload,
} from './backup-file';

const META = {
  reason: 'manual',
  appVersion: '0.1.0',
  schemaVersion: 5,
  office: { name: 'Отдел внутренней политики акимата Кордайского района', kato: '314800000' },
  createdAt: '2026-11-21T10:00:00.000Z',
};

/** Several hundred kilobytes of Kazakh and Russian text: many compression blocks and chunks. */
const KAZAKH = 'Әсел Ғалымқызы Қасымова, Ңғ Өтеген Ұлан Үміт Һасен Іңкәр — ';
const payload: BackupPayload = {
  tables: {
    people: Array.from({ length: 3_000 }, (_, index) => ({
      id: `p${index}`,
      surname: `${KAZAKH}${index}`,
      notes: `${KAZAKH.repeat(3)}Примечание №${index}: «ёлка» и 🌿`,
    })),
    attachments: [{ id: 'a1', data: new Uint8Array([0, 1, 2, 253, 254, 255]) }],
    settings: [],
  },
};

describe('backup file', () => {
  it('restores Kazakh and Russian text byte for byte, and binary attachments', async () => {
    const bytes = await writeBackupFile(payload, META, null);
    const { header, payload: read } = await readBackupPayload(bytes, {});
    expect(header).toMatchObject({
      ...META,
      records: 3_001,
      counts: { people: 3_000, attachments: 1, settings: 0 },
      encryption: null,
    });
    expect(read).toEqual(payload);
    // Every text field, compared as UTF-8 bytes, is exactly the one saved.
    const texts = (tables: BackupPayload) =>
      (tables.tables.people as { surname: string; notes: string }[])
        .map((person) => person.surname + person.notes)
        .join('\n');
    expect(fileHash(new TextEncoder().encode(texts(read)))).toBe(fileHash(new TextEncoder().encode(texts(payload))));
    expect(texts(read).length).toBeGreaterThan(500_000);
  });

  it('shows date, office and counts from the header without any key', async () => {
    const key = await generateDataKey();
    const recovery = newRecoveryKey();
    const bytes = await writeBackupFile(payload, META, {
      dataKey: key,
      recoveryKey: await wrapDataKey(key, recovery, 1_000),
    });
    expect(readBackupHeader(bytes).header).toMatchObject({
      createdAt: META.createdAt,
      office: META.office,
      records: 3_001,
    });
    expect(new TextDecoder().decode(bytes)).not.toContain('Қасымова');
  });

  it('opens an encrypted backup with the data key or the recovery key, and refuses a wrong or missing key', async () => {
    const key = await generateDataKey();
    const recovery = newRecoveryKey();
    const bytes = await writeBackupFile(payload, META, {
      dataKey: key,
      recoveryKey: await wrapDataKey(key, recovery, 1_000),
    });
    expect((await readBackupPayload(bytes, { dataKey: key })).payload).toEqual(payload);
    expect((await readBackupPayload(bytes, { recoveryKey: recovery })).payload).toEqual(payload);
    await expect(readBackupPayload(bytes, {})).rejects.toMatchObject({ problem: 'needs-key' });
    await expect(readBackupPayload(bytes, { recoveryKey: newRecoveryKey() })).rejects.toMatchObject({
      problem: 'wrong-key',
    });
    await expect(readBackupPayload(bytes, { dataKey: await generateDataKey() })).rejects.toMatchObject({
      problem: 'wrong-key',
    });
  });

  it('refuses a file whose records were changed after the backup (checksum), and files that are not backups', async () => {
    const bytes = await writeBackupFile(payload, META, null);
    const { header } = readBackupHeader(bytes);
    const forged = await writeBackupFile({ tables: { ...payload.tables, people: [] } }, META, null);
    const length = new DataView(forged.buffer).getUint32(8);
    const headerText = JSON.stringify({
      ...JSON.parse(new TextDecoder().decode(forged.subarray(12, 12 + length))),
      checksum: header.checksum,
    });
    const headerBytes = new TextEncoder().encode(headerText);
    const spliced = new Uint8Array(12 + headerBytes.length + forged.length - 12 - length);
    spliced.set(forged.subarray(0, 8));
    new DataView(spliced.buffer).setUint32(8, headerBytes.length);
    spliced.set(headerBytes, 12);
    spliced.set(forged.subarray(12 + length), 12 + headerBytes.length);
    await expect(readBackupPayload(spliced, {})).rejects.toMatchObject({ problem: 'checksum' });
    expect(() => readBackupHeader(new TextEncoder().encode('PK\u0003\u0004 not a backup'))).toThrow(BackupFormatError);
    const truncated = bytes.slice(0, bytes.length - 10);
    await expect(readBackupPayload(truncated, {})).rejects.toMatchObject({ problem: 'damaged' });
  });
});
