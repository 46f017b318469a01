/**
 * Which links Kelisim hands to the system browser: publication links on events and the like.
 * Only https to a named public host, so a link typed or imported into a record can never start a
 * program (file:, ms-settings:, a custom protocol), reach a service on the office network by
 * address or by its internal name (where Windows would sign the browser in with the clerk's
 * account), or carry a password in the URL. The desktop's main process applies the same rule again.
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

/**
 * Top-level names that never lead to the public internet: the special-use names (RFC 6761, 6762,
 * 7686, 8375, 9476) and the suffixes office networks, Active Directory domains and home routers use
 * (ICANN reserved .internal for exactly that in 2024; .corp, .home and .lan were never delegated).
 * `akimat` is what akimat networks are seen to call themselves. Beyond the list, the last label must
 * look like a real top-level domain (letters only, or an IDN's xn--); a made-up suffix of letters that
 * is not listed here still passes, which SECURITY.md says.
 */
const PRIVATE_TOP_LEVEL = new Set([
  'localhost',
  'local',
  'test',
  'example',
  'invalid',
  'onion',
  'alt',
  'arpa',
  'internal',
  'intranet',
  'intra',
  'lan',
  'home',
  'corp',
  'private',
  'priv',
  'localdomain',
  'domain',
  'workgroup',
  'loc',
  'akimat',
]);

/** The WHATWG parser writes every IPv4 form (0x7f.1, 2130706433) as a dotted quad and IPv6 in brackets. */
function isIpAddress(hostname: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) || hostname.startsWith('[');
}

function isPublicHostName(hostname: string): boolean {
  if (isIpAddress(hostname)) return false;
  const labels = hostname.replace(/\.$/, '').split('.');
  const topLevel = labels.at(-1) ?? '';
  if (labels.length < 2 || labels.some((label) => label.length === 0)) return false;
  if (!/^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(topLevel)) return false;
  return !PRIVATE_TOP_LEVEL.has(topLevel);
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
  if (!isPublicHostName(url.hostname.toLowerCase())) return null;
  return url.href;
}
