import { z } from 'zod';
import { canonicalJson, fileHash, type AuditHead } from '@shared/audit/chain';
import { decryptBytes, encryptBytes, importAesKey, unwrapSecret, WrongKeyError } from '@/security/crypto';
import { fromBase64, randomBytes, toBase64 } from '@/security/encoding';
import { openPrivateKey, seal, unseal } from '@/security/office-keys';

/**
 * A backup file: an 8-byte magic, the header length, a JSON header readable without any key
 * (date, office, counts, checksum: what the restore screen shows before it replaces anything),
 * then the body: gzip of the canonical JSON of every table, encrypted with AES-256-GCM under a key
 * made for this file, with the header as additional data (a changed header fails to open). The
 * file's key is sealed to each recipient's public key — the operators allowed confidential records
 * and the recovery key — so any session can write a backup that only they can open. The checksum
 * is over the uncompressed JSON, so it proves the restored records are the ones that were saved.
 * The header also records the audit chain's last entry, one more copy of it outside IndexedDB.
 *
 * Version 1 files (before version 9 of the database) were encrypted with the office data key,
 * wrapped in the header with the recovery key; they are still read.
 */
const MAGIC = 'KLSMBAK1';

const wrappedKeySchema = z.object({ salt: z.string(), iterations: z.number().int().min(1), data: z.string() });
const recipientSchema = z.object({
  kind: z.enum(['operator', 'recovery']),
  login: z.string().optional(),
  publicKey: z.string(),
  /** The recipient's private key wrapped by their password or the recovery key, so another PC can open the file. */
  privateKey: wrappedKeySchema,
  /** The file's key sealed to the recipient. */
  sealed: z.string(),
});
export type BackupRecipient = z.infer<typeof recipientSchema>;

const headerFields = {
  format: z.literal('kelisim-backup'),
  createdAt: z.string(),
  reason: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  office: z.object({ name: z.string(), kato: z.string() }).nullable(),
  counts: z.record(z.string(), z.number().int().min(0)),
  records: z.number().int().min(0),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  /** The audit chain's last entry when the backup was made (files from before it do not say). */
  auditHead: z.object({ seq: z.number().int().min(1), hash: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
};

export const backupHeaderSchema = z.discriminatedUnion('version', [
  z.object({
    ...headerFields,
    version: z.literal(2),
    encryption: z
      .object({ algorithm: z.literal('AES-256-GCM'), recipients: z.array(recipientSchema).min(1) })
      .nullable(),
  }),
  z.object({
    ...headerFields,
    version: z.literal(1),
    encryption: z.object({ algorithm: z.literal('AES-256-GCM'), recoveryKey: wrappedKeySchema }).nullable(),
  }),
]);

export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export interface BackupPayload {
  tables: Record<string, unknown[]>;
}

export class BackupFormatError extends Error {
  constructor(readonly problem: 'not-a-backup' | 'damaged' | 'checksum' | 'needs-key' | 'wrong-key' | 'newer-version') {
    super(`backup: ${problem}`);
    this.name = 'BackupFormatError';
  }
}

/** Binary fields (attached photos, programmes) travel as base64 inside the JSON. */
function encodeValue(value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: toBase64(value) };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encodeValue(item)]));
  return value;
}

function decodeValue(_key: string, value: unknown): unknown {
  if (
    value &&
    typeof value === 'object' &&
    '$bytes' in value &&
    typeof (value as { $bytes: unknown }).$bytes === 'string'
  )
    return fromBase64((value as { $bytes: string }).$bytes);
  return value;
}

/** The payload as canonical JSON bytes: the same records always give the same bytes and checksum. */
export function payloadBytes(payload: BackupPayload): Uint8Array<ArrayBuffer> {
  const tables = Object.keys(payload.tables).sort();
  const json = `{"tables":{${tables.map((name) => `${JSON.stringify(name)}:${canonicalJson(encodeValue(payload.tables[name] ?? []))}`).join(',')}}}`;
  return new TextEncoder().encode(json);
}

async function transform(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}

export interface BackupMeta {
  reason: string;
  appVersion: string;
  schemaVersion: number;
  office: BackupHeader['office'];
  createdAt: string;
  auditHead?: AuditHead;
}

/** Who may open a backup: the public halves to seal its key to, and the wrapped private halves that go with them. */
export type BackupRecipients = Omit<BackupRecipient, 'sealed'>[];

/** What opens a backup: this session's own private key, the recovery key typed in, or a key of version 1. */
export interface BackupKeys {
  privateKeys?: { publicKey: string; privateKey: CryptoKey }[];
  recoveryKey?: string;
  legacyKeys?: CryptoKey[];
}

export async function writeBackupFile(
  payload: BackupPayload,
  meta: BackupMeta,
  recipients: BackupRecipients,
): Promise<Uint8Array<ArrayBuffer>> {
  const plain = payloadBytes(payload);
  const counts = Object.fromEntries(Object.entries(payload.tables).map(([name, rows]) => [name, rows.length]));
  const fileKey = randomBytes(32);
  const header: BackupHeader = {
    format: 'kelisim-backup',
    version: 2,
    ...meta,
    counts,
    records: Object.values(counts).reduce((sum, count) => sum + count, 0),
    checksum: fileHash(plain),
    encryption:
      recipients.length > 0
        ? {
            algorithm: 'AES-256-GCM',
            recipients: await Promise.all(
              recipients.map(async (recipient) => ({
                ...recipient,
                sealed: await seal(fileKey.slice(), recipient.publicKey),
              })),
            ),
          }
        : null,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const compressed = await transform(plain, new CompressionStream('gzip'));
  const body = header.encryption
    ? await encryptBytes(await importAesKey(fileKey), compressed, headerBytes)
    : compressed;
  fileKey.fill(0);
  const out = new Uint8Array(8 + 4 + headerBytes.length + body.length);
  out.set(new TextEncoder().encode(MAGIC));
  new DataView(out.buffer).setUint32(8, headerBytes.length);
  out.set(headerBytes, 12);
  out.set(body, 12 + headerBytes.length);
  return out;
}

export function readBackupHeader(bytes: Uint8Array<ArrayBuffer>): {
  header: BackupHeader;
  headerBytes: Uint8Array<ArrayBuffer>;
  body: Uint8Array<ArrayBuffer>;
} {
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC)
    throw new BackupFormatError('not-a-backup');
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8);
  if (12 + length > bytes.length) throw new BackupFormatError('damaged');
  const headerBytes = bytes.slice(12, 12 + length);
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder().decode(headerBytes));
  } catch {
    throw new BackupFormatError('damaged');
  }
  const version = (header as { version?: unknown } | null)?.version;
  if (
    (header as { format?: unknown } | null)?.format === 'kelisim-backup' &&
    typeof version === 'number' &&
    version > 2
  )
    throw new BackupFormatError('newer-version');
  const parsed = backupHeaderSchema.safeParse(header);
  if (!parsed.success) throw new BackupFormatError('damaged');
  return { header: parsed.data, headerBytes, body: bytes.slice(12 + length) };
}

/** The AES key of a version 2 file, from whichever of the keys given opens one of its seals. */
async function fileKeyOf(recipients: readonly BackupRecipient[], keys: BackupKeys): Promise<CryptoKey> {
  for (const { publicKey, privateKey } of keys.privateKeys ?? []) {
    const recipient = recipients.find((candidate) => candidate.publicKey === publicKey);
    if (recipient) return importAesKey(await unseal(recipient.sealed, privateKey));
  }
  if (keys.recoveryKey) {
    const recipient = recipients.find((candidate) => candidate.kind === 'recovery');
    if (!recipient) throw new BackupFormatError('needs-key');
    try {
      const privateKey = await openPrivateKey(recipient, keys.recoveryKey);
      return await importAesKey(await unseal(recipient.sealed, privateKey));
    } catch {
      throw new BackupFormatError('wrong-key');
    }
  }
  throw new BackupFormatError('needs-key');
}

/** The data key of a version 1 file: one this session holds, or the one the recovery key unwraps. */
async function legacyKeysOf(header: Extract<BackupHeader, { version: 1 }>, keys: BackupKeys): Promise<CryptoKey[]> {
  if (!header.encryption) return [];
  const candidates = [...(keys.legacyKeys ?? [])];
  if (keys.recoveryKey)
    try {
      candidates.push(await importAesKey(await unwrapSecret(header.encryption.recoveryKey, keys.recoveryKey)));
    } catch (error) {
      if (!(error instanceof WrongKeyError)) throw error;
      if (candidates.length === 0) throw new BackupFormatError('wrong-key');
    }
  if (candidates.length === 0) throw new BackupFormatError('needs-key');
  return candidates;
}

/**
 * Opens the body with the keys at hand — this PC's session, or the recovery key when they are not
 * (a new PC, a wiped database) — and checks the checksum.
 */
export async function readBackupPayload(
  bytes: Uint8Array<ArrayBuffer>,
  keys: BackupKeys,
): Promise<{ header: BackupHeader; payload: BackupPayload }> {
  const { header, headerBytes, body } = readBackupHeader(bytes);
  let compressed = body;
  if (header.version === 2 && header.encryption) {
    const fileKey = await fileKeyOf(header.encryption.recipients, keys);
    try {
      compressed = await decryptBytes(fileKey, body, headerBytes);
    } catch {
      throw new BackupFormatError('damaged');
    }
  } else if (header.version === 1 && header.encryption) {
    let opened: Uint8Array<ArrayBuffer> | null = null;
    for (const key of await legacyKeysOf(header, keys)) opened ??= await decryptBytes(key, body).catch(() => null);
    if (!opened) throw new BackupFormatError('wrong-key');
    compressed = opened;
  }
  let plain: Uint8Array<ArrayBuffer>;
  try {
    plain = await transform(compressed, new DecompressionStream('gzip'));
  } catch {
    throw new BackupFormatError('damaged');
  }
  if (fileHash(plain) !== header.checksum) throw new BackupFormatError('checksum');
  const payload = JSON.parse(new TextDecoder().decode(plain), decodeValue) as BackupPayload;
  return { header, payload };
}
