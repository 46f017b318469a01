import { describe, expect, it } from 'vitest';
import { fileHash } from '@shared/audit/chain';
import { encryptBytes, importAesKey, newRecoveryKey, wrapSecret } from '@/security/crypto';
import { randomBytes } from '@/security/encoding';
import { newRecipientKeys } from '@/security/office-keys';
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
    const bytes = await writeBackupFile(payload, META, []);
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

  it('shows date, office and counts from the header without any key, and nothing of the records', async () => {
    const { keys } = await newRecipientKeys(newRecoveryKey(), 1_000);
    const bytes = await writeBackupFile(payload, META, [{ kind: 'recovery', ...keys }]);
    expect(readBackupHeader(bytes).header).toMatchObject({
      version: 2,
      createdAt: META.createdAt,
      office: META.office,
      records: 3_001,
    });
    expect(new TextDecoder().decode(bytes)).not.toContain('Қасымова');
  });

  it('is opened by any of its recipients — an operator’s key or the recovery key — and refuses others', async () => {
    const recovery = newRecoveryKey();
    const operator = await newRecipientKeys('Келісім-2026', 1_000);
    const recoveryPair = await newRecipientKeys(recovery, 1_000);
    const stranger = await newRecipientKeys('another-one', 1_000);
    // Written by a session that holds no secret at all: only public halves are needed.
    const bytes = await writeBackupFile(payload, META, [
      { kind: 'operator', login: 'admin', ...operator.keys },
      { kind: 'recovery', ...recoveryPair.keys },
    ]);
    const own = { publicKey: operator.keys.publicKey, privateKey: operator.privateKey };
    expect((await readBackupPayload(bytes, { privateKeys: [own] })).payload).toEqual(payload);
    expect((await readBackupPayload(bytes, { recoveryKey: recovery })).payload).toEqual(payload);
    await expect(readBackupPayload(bytes, {})).rejects.toMatchObject({ problem: 'needs-key' });
    await expect(readBackupPayload(bytes, { recoveryKey: newRecoveryKey() })).rejects.toMatchObject({
      problem: 'wrong-key',
    });
    const strangers = [{ publicKey: stranger.keys.publicKey, privateKey: stranger.privateKey }];
    await expect(readBackupPayload(bytes, { privateKeys: strangers })).rejects.toMatchObject({ problem: 'needs-key' });
  });

  it('binds the header to the body: a changed date, office or count does not open', async () => {
    const operator = await newRecipientKeys('Келісім-2026', 1_000);
    const bytes = await writeBackupFile(payload, META, [{ kind: 'operator', login: 'admin', ...operator.keys }]);
    const length = new DataView(bytes.buffer).getUint32(8);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length)));
    const forgedHeader = new TextEncoder().encode(JSON.stringify({ ...header, createdAt: '2099-01-01T00:00:00.000Z' }));
    const forged = new Uint8Array(12 + forgedHeader.length + bytes.length - 12 - length);
    forged.set(bytes.subarray(0, 8));
    new DataView(forged.buffer).setUint32(8, forgedHeader.length);
    forged.set(forgedHeader, 12);
    forged.set(bytes.subarray(12 + length), 12 + forgedHeader.length);
    const own = [{ publicKey: operator.keys.publicKey, privateKey: operator.privateKey }];
    await expect(readBackupPayload(forged, { privateKeys: own })).rejects.toMatchObject({ problem: 'damaged' });
  });

  it('still reads a backup of version 1, made before the key pairs, with the old data key or the recovery key', async () => {
    const raw = randomBytes(32);
    const recovery = newRecoveryKey();
    const plain = await new Response(
      new Blob([new TextEncoder().encode(JSON.stringify({ tables: { settings: [] } }))])
        .stream()
        .pipeThrough(new CompressionStream('gzip')),
    ).arrayBuffer();
    const body = await encryptBytes(await importAesKey(raw.slice()), new Uint8Array(plain));
    const header = new TextEncoder().encode(
      JSON.stringify({
        format: 'kelisim-backup',
        version: 1,
        ...META,
        counts: { settings: 0 },
        records: 0,
        checksum: fileHash(new TextEncoder().encode(JSON.stringify({ tables: { settings: [] } }))),
        encryption: { algorithm: 'AES-256-GCM', recoveryKey: await wrapSecret(raw.slice(), recovery, 1_000) },
      }),
    );
    const bytes = new Uint8Array(12 + header.length + body.length);
    bytes.set(new TextEncoder().encode('KLSMBAK1'));
    new DataView(bytes.buffer).setUint32(8, header.length);
    bytes.set(header, 12);
    bytes.set(body, 12 + header.length);
    expect((await readBackupPayload(bytes, { recoveryKey: recovery })).payload).toEqual({ tables: { settings: [] } });
    expect((await readBackupPayload(bytes, { legacyKeys: [await importAesKey(raw.slice())] })).header.version).toBe(1);
    await expect(readBackupPayload(bytes, {})).rejects.toMatchObject({ problem: 'needs-key' });
  });

  it('refuses a file whose records were changed after the backup (checksum), and files that are not backups', async () => {
    const bytes = await writeBackupFile(payload, META, []);
    const { header } = readBackupHeader(bytes);
    const forged = await writeBackupFile({ tables: { ...payload.tables, people: [] } }, META, []);
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
