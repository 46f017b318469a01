import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { StringCipher } from './audit-key';
import { writeFileAtomic } from './atomic-write';

const stored = z.object({ origin: z.string().nullable() });

/**
 * The office server the page may reach, kept by main in a file under userData: main sends it in the
 * CSP header and lets requests to it through, so the page cannot widen its own reach. Read once at
 * start (the policy of a loaded page does not change), written when an administrator sets sync up.
 */
export function syncServerFile(file: string) {
  let origin: string | null = null;
  try {
    origin = stored.parse(JSON.parse(readFileSync(file, 'utf8'))).origin;
  } catch {
    origin = null;
  }
  return {
    origin: () => origin,
    async set(next: string | null): Promise<void> {
      await writeFileAtomic(file, JSON.stringify({ origin: next }));
      origin = next;
    },
  };
}

/** A secret encrypted with the Windows account (DPAPI through safeStorage), as base64 text. */
export function protectWith(cipher: StringCipher, text: string): string {
  if (!cipher.isEncryptionAvailable()) throw new Error('safeStorage is not available');
  return cipher.encryptString(text).toString('base64');
}

/** The secret back, or null when this Windows account cannot open it. */
export function unprotectWith(cipher: StringCipher, sealed: string): string | null {
  try {
    return cipher.decryptString(Buffer.from(sealed, 'base64'));
  } catch {
    return null;
  }
}
