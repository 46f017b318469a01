import {
  classifyWelcome,
  type ConnectionAnswer,
  isAllowedServerAddress,
  type ServerSettings,
} from '@shared/sync/server-settings';

const TIMEOUT_MS = 10_000;

export function basicAuthorization(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

/**
 * "Check connection": asks the server who it is, whether the account's password is right and
 * whether the account may use the office database, and answers with the first thing that is
 * wrong. Nothing is written to the server.
 */
export async function checkConnection(
  settings: ServerSettings,
  password: string,
  options: { allowHttp: boolean; fetch?: typeof fetch } = { allowHttp: false },
): Promise<ConnectionAnswer> {
  const call = options.fetch ?? fetch;
  if (!isAllowedServerAddress(settings.url, options.allowHttp)) return { ok: false, problem: 'insecure-http' };
  const authorization = basicAuthorization(settings.username, password);
  const ask = async (path: string, withAuth: boolean) => {
    const response = await call(`${settings.url}${path}`, {
      headers: { accept: 'application/json', ...(withAuth ? { authorization } : {}) },
      signal: AbortSignal.timeout(TIMEOUT_MS),
      credentials: 'omit',
    });
    return { status: response.status, body: (await response.json().catch(() => null)) as unknown };
  };
  try {
    const welcome = await ask('/', false);
    const server = classifyWelcome(welcome.body);
    if (typeof server === 'string') return { ok: false, problem: server };
    const session = await ask('/_session', true);
    if (session.status === 401) return { ok: false, problem: 'wrong-password' };
    const database = await ask(`/${encodeURIComponent(settings.database)}`, true);
    if (database.status === 404) return { ok: false, problem: 'no-database' };
    if (database.status === 401 || database.status === 403) return { ok: false, problem: 'no-rights' };
    if (database.status !== 200) return { ok: false, problem: 'not-couchdb', detail: String(database.status) };
    const info = database.body as { doc_count?: unknown };
    return {
      ok: true,
      ...server,
      documents: typeof info.doc_count === 'number' ? info.doc_count : 0,
    };
  } catch (error) {
    const name = (error as { name?: unknown } | null)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, problem: 'timeout' };
    return { ok: false, problem: 'unreachable' };
  }
}
