/**
 * Which links Kelisim hands to the system browser: publication links on events and the like.
 * Only https to a named public host, so a link typed or imported into a record can never start a
 * program (file:, ms-settings:, a custom protocol), reach a service on the office network by
 * address, or carry a password in the URL.
 */
interface ParsedUrl {
  href: string;
  protocol: string;
  username: string;
  password: string;
  hostname: string;
}
// shared/ is typed without DOM or Node; both worlds that run it have the WHATWG URL parser.
const WhatwgUrl = (globalThis as unknown as { URL: new (text: string) => ParsedUrl }).URL;

const ALLOWED_PROTOCOLS = new Set(['https:']);
const MAX_LENGTH = 2048;

function isIpAddress(hostname: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) || hostname.startsWith('[');
}

/** The link as it will be opened, or null when Kelisim refuses to open it. */
export function allowedExternalUrl(text: string): string | null {
  if (text.length > MAX_LENGTH) return null;
  let url: ParsedUrl;
  try {
    url = new WhatwgUrl(text.trim());
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.username || url.password) return null;
  const host = url.hostname.toLowerCase();
  if (isIpAddress(host) || !host.includes('.') || host.endsWith('.local') || host.endsWith('.localhost')) return null;
  return url.href;
}
