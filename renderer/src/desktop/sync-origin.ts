import { connectSources } from '@shared/security/csp';

/**
 * The office server the page may connect to, kept where the page can read it before anything
 * else runs (local storage is synchronous, IndexedDB is not). It is an address, not a secret.
 */
const SYNC_ORIGIN_KEY = 'kelisim.syncOrigin';

export function allowedSyncOrigin(): string | null {
  try {
    return localStorage.getItem(SYNC_ORIGIN_KEY);
  } catch {
    return null;
  }
}

export function rememberSyncOrigin(origin: string | null): void {
  if (origin) localStorage.setItem(SYNC_ORIGIN_KEY, origin);
  else localStorage.removeItem(SYNC_ORIGIN_KEY);
}

/**
 * Narrows the page's connections to itself and the configured server. The built page's own policy
 * leaves connections open for exactly this: this policy is added before any other module runs, and
 * as all of a page's policies apply, nothing later can widen it again.
 */
let applied: string | null = null;

/** The server the page's policy names, as applied when it loaded (a later change needs a reload). */
export function appliedSyncOrigin(): string | null {
  return applied;
}

export function applyConnectPolicy(document: Document, origin: string | null): void {
  applied = origin;
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = connectSources(origin);
  document.head.prepend(meta);
}
