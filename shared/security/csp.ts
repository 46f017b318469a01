/**
 * The page may load only what the application ships. Mantine writes style attributes and
 * <style> elements at run time, hence 'unsafe-inline' for styles only; scripts stay 'self'.
 */
const SHIPPED_ONLY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

/**
 * Where the page may connect: nowhere but itself, and the one office server an administrator set
 * for sync (its origin, scheme, host and port), when there is one.
 */
export function connectSources(syncOrigin: string | null): string {
  return ["connect-src 'self' blob: data:", ...(syncOrigin ? [syncOrigin] : [])].join(' ');
}

export function contentSecurityPolicy(syncOrigin: string | null): string {
  return [...SHIPPED_ONLY, connectSources(syncOrigin)].join('; ');
}

/** The policy of a PC without sync. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy(null);

/**
 * The policy written into the built page itself. A page's policies all apply at once, so a policy
 * added later can narrow but never widen: the page leaves connections to its start-up policy
 * (renderer/src/app/connect-policy.ts), which the first module adds before anything runs, naming
 * the configured server or none. The desktop also sends the exact policy as a header.
 */
export const PAGE_POLICY = [...SHIPPED_ONLY, "connect-src 'self' blob: data: http: https:"].join('; ');

/**
 * The origin of an office server's address as CSP and the browser compare it (lower-case scheme and
 * host, the port unless it is the scheme's default), or null for anything but an http(s) address.
 * shared/ has neither the DOM's nor Node's URL, so the address is read as typed.
 */
export function syncOriginOf(address: string): string | null {
  const match = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}))?(?:[/?#]|$)/i.exec(address.trim());
  const [, schemeTyped, hostTyped] = match ?? [];
  if (!match || !schemeTyped || !hostTyped) return null;
  const scheme = schemeTyped.toLowerCase();
  const host = hostTyped.toLowerCase();
  const port = match[3] && Number(match[3]) !== (scheme === 'https' ? 443 : 80) ? `:${Number(match[3])}` : '';
  return `${scheme}://${host}${port}`;
}
