import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'kelisim';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Header CSP for everything the app protocol serves; frame-ancestors only works as a header. */
export const CSP_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** Only the application's own pages may be shown in the window. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Requests that never leave the PC: the app protocol and in-memory data. Anything else is cancelled. */
export function isAllowedRequest(url: string): boolean {
  return isAppUrl(url) || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools:');
}

/**
 * Permissions the page may have: keeping its storage from eviction and writing text to the
 * clipboard (copying an IIN). Camera, microphone, location, notifications and the rest: never.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage', 'clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}
