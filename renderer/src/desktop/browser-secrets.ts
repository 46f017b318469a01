import { fromBase64, toBase64 } from '@/security/encoding';

/**
 * Secrets kept by a browser: AES-GCM under a key made here as non-extractable and kept in its own
 * small IndexedDB database. No script can read the key out, so what it encrypts opens only in this
 * browser profile; it is the browser's nearest to the desktop's safeStorage, not its equal (anyone
 * who runs code in this profile can still ask the key to decrypt).
 */
const DATABASE = 'kelisim-device-key';
const STORE = 'keys';
const KEY_ID = 'secrets';

function request<T>(call: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    call.onsuccess = () => resolve(call.result);
    call.onerror = () => reject(call.error ?? new Error('IndexedDB request failed'));
  });
}

async function deviceKey(): Promise<CryptoKey> {
  const opening = indexedDB.open(DATABASE, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
  const database = await request(opening);
  try {
    const stored = await request(database.transaction(STORE).objectStore(STORE).get(KEY_ID) as IDBRequest<unknown>);
    if (stored instanceof CryptoKey) return stored;
    const made = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    // add, not put: two tabs making a key at once keep the first, and the loser reads it back.
    await request(database.transaction(STORE, 'readwrite').objectStore(STORE).add(made, KEY_ID)).catch(() => null);
    const kept = await request(database.transaction(STORE).objectStore(STORE).get(KEY_ID) as IDBRequest<unknown>);
    if (!(kept instanceof CryptoKey)) throw new Error('the device key was not kept');
    return kept;
  } finally {
    database.close();
  }
}

export async function protectInBrowser(text: string): Promise<string> {
  const nonce = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: nonce },
    await deviceKey(),
    new TextEncoder().encode(text),
  );
  return `${toBase64(nonce)}.${toBase64(new Uint8Array(sealed))}`;
}

export async function unprotectInBrowser(sealed: string): Promise<string | null> {
  const [nonce, data] = sealed.split('.');
  if (!nonce || !data) return null;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(nonce) },
      await deviceKey(),
      fromBase64(data),
    );
    return new TextDecoder().decode(plain);
  } catch {
    return null;
  }
}
