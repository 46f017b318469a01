import { z } from 'zod';
import { canonicalJson, fileHash } from '@shared/audit/chain';
import { decryptBytes, encryptBytes, unwrapDataKey, type WrappedKey } from '@/security/crypto';
import { fromBase64, toBase64 } from '@/security/encoding';

/**
 * A backup file: an 8-byte magic, the header length, a JSON header readable without any key
 * (date, office, counts, checksum: what the restore screen shows before it replaces anything),
 * then the body: gzip of the canonical JSON of every table, encrypted with AES-256-GCM when the
 * office has a data key. The checksum is over the uncompressed JSON, so it proves the restored
 * records are the ones that were saved.
 */
const MAGIC = 'KLSMBAK1';

const wrappedKeySchema = z.object({ salt: z.string(), iterations: z.number().int().min(1), data: z.string() });

export const backupHeaderSchema = z.object({
  format: z.literal('kelisim-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  reason: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  office: z.object({ name: z.string(), kato: z.string() }).nullable(),
  counts: z.record(z.string(), z.number().int().min(0)),
  records: z.number().int().min(0),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  encryption: z.object({ algorithm: z.literal('AES-256-GCM'), recoveryKey: wrappedKeySchema }).nullable(),
});

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
}

export interface BackupEncryption {
  dataKey: CryptoKey;
  recoveryKey: WrappedKey;
}

export async function writeBackupFile(
  payload: BackupPayload,
  meta: BackupMeta,
  encryption: BackupEncryption | null,
): Promise<Uint8Array<ArrayBuffer>> {
  const plain = payloadBytes(payload);
  const counts = Object.fromEntries(Object.entries(payload.tables).map(([name, rows]) => [name, rows.length]));
  const header: BackupHeader = {
    format: 'kelisim-backup',
    version: 1,
    ...meta,
    counts,
    records: Object.values(counts).reduce((sum, count) => sum + count, 0),
    checksum: fileHash(plain),
    encryption: encryption ? { algorithm: 'AES-256-GCM', recoveryKey: encryption.recoveryKey } : null,
  };
  const compressed = await transform(plain, new CompressionStream('gzip'));
  const body = encryption ? await encryptBytes(encryption.dataKey, compressed) : compressed;
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(8 + 4 + headerBytes.length + body.length);
  out.set(new TextEncoder().encode(MAGIC));
  new DataView(out.buffer).setUint32(8, headerBytes.length);
  out.set(headerBytes, 12);
  out.set(body, 12 + headerBytes.length);
  return out;
}

export function readBackupHeader(bytes: Uint8Array<ArrayBuffer>): {
  header: BackupHeader;
  body: Uint8Array<ArrayBuffer>;
} {
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC)
    throw new BackupFormatError('not-a-backup');
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8);
  if (12 + length > bytes.length) throw new BackupFormatError('damaged');
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + length)));
  } catch {
    throw new BackupFormatError('damaged');
  }
  if (
    (header as { version?: unknown } | null)?.version !== 1 &&
    (header as { format?: unknown } | null)?.format === 'kelisim-backup'
  )
    throw new BackupFormatError('newer-version');
  const parsed = backupHeaderSchema.safeParse(header);
  if (!parsed.success) throw new BackupFormatError('damaged');
  return { header: parsed.data, body: bytes.slice(12 + length) };
}

/**
 * Opens the body with the office's data key, or with the recovery key when the key of this PC is
 * not at hand (a new PC, a wiped database), and checks the checksum.
 */
export async function readBackupPayload(
  bytes: Uint8Array<ArrayBuffer>,
  keys: { dataKey?: CryptoKey; recoveryKey?: string },
): Promise<{ header: BackupHeader; payload: BackupPayload; dataKey: CryptoKey | null }> {
  const { header, body } = readBackupHeader(bytes);
  let compressed = body;
  let dataKey: CryptoKey | null = null;
  if (header.encryption) {
    dataKey = keys.dataKey ?? null;
    if (!dataKey && keys.recoveryKey) {
      try {
        dataKey = await unwrapDataKey(header.encryption.recoveryKey, keys.recoveryKey);
      } catch {
        throw new BackupFormatError('wrong-key');
      }
    }
    if (!dataKey) throw new BackupFormatError('needs-key');
    try {
      compressed = await decryptBytes(dataKey, body);
    } catch {
      throw new BackupFormatError('wrong-key');
    }
  }
  let plain: Uint8Array<ArrayBuffer>;
  try {
    plain = await transform(compressed, new DecompressionStream('gzip'));
  } catch {
    throw new BackupFormatError('damaged');
  }
  if (fileHash(plain) !== header.checksum) throw new BackupFormatError('checksum');
  const payload = JSON.parse(new TextDecoder().decode(plain), decodeValue) as BackupPayload;
  return { header, payload, dataKey };
}
