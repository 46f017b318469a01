/** Where the e2e guard writes every request of the run, one JSON line each. */
export const REQUEST_LOG = 'test-results/e2e-requests.jsonl';

/** The built application, as playwright.config.ts serves it. */
export const APP_PORT = 4319;
export const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;

/**
 * A request the application may make: to itself, in-memory data, and the one office server a test
 * configured for sync (its exact origin). Anything else, even another port of this PC, is a leak.
 */
export function isAllowedRequest(address: string, syncServers: readonly string[] = []): boolean {
  const url = new URL(address);
  if (['data:', 'blob:'].includes(url.protocol)) return true;
  return url.origin === APP_ORIGIN || syncServers.includes(url.origin);
}
