// @ts-check
// Which port the browser build is served on. KELISIM_PORT names one; without it Kelisim takes 5173,
// or the next free port after it, and says so. A port the user named is never swapped for another:
// the browser build keeps its database per address (http://127.0.0.1:<port>), so a silent move would
// look like lost data.

export const DEFAULT_PORT = 5173;
/** How many ports after the default are tried before giving up. */
export const PORTS_TRIED = 20;

/**
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ port: number, explicit: boolean } | { error: string }}
 */
export function requestedPort(env) {
  const raw = env.KELISIM_PORT?.trim();
  if (!raw) return { port: DEFAULT_PORT, explicit: false };
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535)
    return {
      error: `KELISIM_PORT=${raw} is not a port: give a number from 1 to 65535, e.g. KELISIM_PORT=5180 npm start.`,
    };
  return { port, explicit: true };
}

/** @param {unknown} error */
export function isPortBusy(error) {
  const { code, message } = /** @type {{ code?: unknown, message?: unknown }} */ (error ?? {});
  // Vite's strictPort refusal is a plain Error with this message; Node's own has the code.
  return code === 'EADDRINUSE' || (typeof message === 'string' && /already in use/i.test(message));
}

/**
 * Starts a server on the requested port or, unless the user named that port, on the next free one.
 * `listen` starts the server on exactly the port given and rejects when it is taken. Resolves with
 * the server, the port and the one line to print (null when the port is the one asked for); rejects
 * with an Error whose message is the one line saying what to do.
 *
 * @template S
 * @param {{ port: number, explicit: boolean, listen: (port: number) => Promise<S>, tries?: number }} options
 * @returns {Promise<{ server: S, port: number, note: string | null }>}
 */
export async function listenOnFreePort({ port, explicit, listen, tries = PORTS_TRIED }) {
  const last = explicit ? port : Math.min(port + tries - 1, 65535);
  for (let candidate = port; candidate <= last; candidate += 1) {
    try {
      const server = await listen(candidate);
      return { server, port: candidate, note: candidate === port ? null : movedNote(port, candidate) };
    } catch (error) {
      if (!isPortBusy(error)) throw error;
    }
  }
  throw new Error(
    explicit
      ? `Port ${port} (KELISIM_PORT) is already in use: stop the program using it, or set KELISIM_PORT to a free port (or unset it, and Kelisim picks one).`
      : `Ports ${port}–${last} are all in use: stop one of the programs using them, or name a free port, e.g. KELISIM_PORT=8080 npm start.`,
  );
}

/** @param {number} wanted @param {number} port */
export function movedNote(wanted, port) {
  const busy = port - 1 === wanted ? `Port ${wanted} is` : `Ports ${wanted}–${port - 1} are`;
  return `${busy} in use, so Kelisim is served on port ${port} instead (the browser build keeps separate data per port; set KELISIM_PORT to choose).`;
}
