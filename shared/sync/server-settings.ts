import { z } from 'zod';

/**
 * The office server as an administrator sets it. The database is named from the office's КАТО code
 * (`kelisim_<code>`), so that an oblast server can hold every district's and tell them apart.
 */
export const serverSettingsSchema = z.object({
  url: z
    .string()
    .trim()
    .url()
    .refine((value) => /^https?:\/\//i.test(value), { message: 'scheme' })
    .transform((value) => value.replace(/\/+$/, '')),
  database: z.string().regex(/^[a-z][a-z0-9_$()+/-]*$/, { message: 'database-name' }),
  username: z.string().trim().min(1),
});
export type ServerSettings = z.infer<typeof serverSettingsSchema>;

export function officeDatabaseName(kato: string): string {
  return `kelisim_${kato.replace(/\D/g, '')}`;
}

/**
 * Where plain http can work at all: the application's page is a secure context (the desktop's
 * app:// scheme, a browser's 127.0.0.1), and Chromium blocks its plain-http requests to other
 * machines as mixed content, whatever the network. So a server on the office network needs https;
 * http is for a CouchDB on this very PC.
 */
export function isThisComputer(url: string): boolean {
  const host = /^https?:\/\/(?:[^@/]*@)?(\[[^\]]+\]|[^/:?#]+)/i.exec(url)?.[1]?.toLowerCase();
  return host === 'localhost' || host === '[::1]' || (host !== undefined && /^127(\.\d{1,3}){3}$/.test(host));
}

/**
 * The one rule for an address, wherever a server is saved, checked or reached: https always; plain
 * http only to this PC and only when the administrator confirmed it.
 */
export function isAllowedServerAddress(url: string, allowHttp: boolean): boolean {
  return !/^http:\/\//i.test(url) || (allowHttp && isThisComputer(url));
}

/** What "Check connection" answers, each with its own message in both languages. */
export type ConnectionProblem =
  | 'unreachable'
  | 'timeout'
  | 'not-couchdb'
  | 'unsupported-version'
  | 'wrong-password'
  | 'no-database'
  | 'no-rights'
  | 'insecure-http';

export type ConnectionAnswer =
  | { ok: true; server: string; version: string; documents: number }
  | { ok: false; problem: ConnectionProblem; detail?: string };

/**
 * Reads the server's welcome: Apache CouchDB 3 or newer is what Kelisim is built and tested for
 * (2.x lacks the per-database default of admin-only access the set-up relies on); express-pouchdb,
 * the server the tests start, speaks the same protocol.
 */
export function classifyWelcome(body: unknown): { server: string; version: string } | ConnectionProblem {
  if (typeof body !== 'object' || body === null) return 'not-couchdb';
  const welcome = body as Record<string, unknown>;
  const version = typeof welcome.version === 'string' ? welcome.version : '';
  if (welcome.couchdb === 'Welcome') {
    const major = Number.parseInt(version, 10);
    return Number.isFinite(major) && major >= 3 ? { server: 'Apache CouchDB', version } : 'unsupported-version';
  }
  if (typeof welcome['express-pouchdb'] === 'string') return { server: 'PouchDB Server', version };
  return 'not-couchdb';
}
