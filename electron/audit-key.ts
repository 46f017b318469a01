import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { AUDIT_KEY_BYTES } from '../shared/ipc/contract';
import { writeFileAtomic } from './atomic-write';

/** The part of Electron's safeStorage this module needs, so tests can hand it a fake. */
export interface StringCipher {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export class AuditKeyUnavailableError extends Error {
  constructor(reason: 'no-encryption' | 'unreadable') {
    super(`audit key: ${reason}`);
    this.name = 'AuditKeyUnavailableError';
  }
}

export interface AuditKeyStore {
  /** The key, made on the first call of the installation's life and the same ever after. */
  load(): Promise<Uint8Array>;
}

function isMissing(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ENOENT';
}

/**
 * The installation's audit key, which links the audit log by HMAC-SHA-256: 32 random bytes made
 * once, kept in a file under userData only as safeStorage encrypts them (DPAPI under the Windows
 * account), so whoever edits the database or copies the profile folder does not find it in clear.
 * A file that is there but does not decrypt (another Windows account, a damaged file) is never
 * replaced: a new key would leave every earlier entry unverifiable, and the old key may come back.
 */
export function auditKeyFile(file: string, cipher: StringCipher): AuditKeyStore {
  let loading: Promise<Uint8Array> | null = null;
  const load = async (): Promise<Uint8Array> => {
    if (!cipher.isEncryptionAvailable()) throw new AuditKeyUnavailableError('no-encryption');
    let stored: Buffer | null = null;
    try {
      stored = await readFile(file);
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    if (stored) {
      let key: Buffer;
      try {
        key = Buffer.from(cipher.decryptString(stored), 'base64');
      } catch {
        throw new AuditKeyUnavailableError('unreadable');
      }
      if (key.length !== AUDIT_KEY_BYTES) throw new AuditKeyUnavailableError('unreadable');
      return new Uint8Array(key);
    }
    const key = randomBytes(AUDIT_KEY_BYTES);
    await writeFileAtomic(file, cipher.encryptString(key.toString('base64')));
    return new Uint8Array(key);
  };
  return {
    load() {
      // One key even when the page asks twice at once; a failure is tried again on the next call.
      loading ??= load().catch((error: unknown) => {
        loading = null;
        throw error;
      });
      return loading;
    },
  };
}
