import { contentSecurityPolicy } from '../shared/security/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'kelisim';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Header CSP for everything the app protocol serves, allowing connections to the office server the
 * administrator set for sync and nowhere else; frame-ancestors only works as a header.
 */
export function cspHeader(syncOrigin: string | null): string {
  return `${contentSecurityPolicy(syncOrigin)}; frame-ancestors 'none'`;
}

/** Only the application's own pages may be shown in the window. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * Requests that never leave the PC (the app protocol and in-memory data) and those to the one office
 * server set for sync. Anything else is cancelled.
 */
export function isAllowedRequest(url: string, syncOrigin: string | null = null): boolean {
  if (isAppUrl(url) || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools:')) return true;
  return syncOrigin !== null && originOf(url) === syncOrigin;
}

/**
 * Permissions the page may have: keeping its storage from eviction and writing text to the
 * clipboard (copying an IIN). Camera, microphone, location, notifications and the rest: never.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage', 'clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}
