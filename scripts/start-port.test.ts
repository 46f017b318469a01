import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PORT, listenOnFreePort, PORTS_TRIED, requestedPort } from './start-port.mjs';

const open: Server[] = [];

/** Listens on exactly this port of 127.0.0.1, as Vite's preview does with strictPort. */
function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      open.push(server);
      resolve(server);
    });
  });
}

/** A port another program holds, with the one after it free (as far as one can tell). */
async function busyPort(): Promise<number> {
  for (;;) {
    const holder = await listen(0);
    const port = (holder.address() as { port: number }).port;
    if (port >= 65535) continue;
    const probe = await listen(port + 1).catch(() => null);
    if (!probe) continue;
    await new Promise((resolve) => probe.close(resolve));
    return port;
  }
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('the port npm start asks for', () => {
  it('is 5173 unless KELISIM_PORT names one', () => {
    expect(requestedPort({})).toEqual({ port: DEFAULT_PORT, explicit: false });
    expect(requestedPort({ KELISIM_PORT: '' })).toEqual({ port: 5173, explicit: false });
    expect(requestedPort({ KELISIM_PORT: ' 8080 ' })).toEqual({ port: 8080, explicit: true });
  });

  it('refuses in one line a KELISIM_PORT that is not a port', () => {
    for (const value of ['abc', '0', '70000', '51.5', '-1', '5173x']) {
      const result = requestedPort({ KELISIM_PORT: value });
      expect(result).toEqual({ error: expect.stringContaining(`KELISIM_PORT=${value} is not a port`) });
      expect('error' in result && result.error).not.toContain('\n');
    }
  });
});

describe('serving on a free port', () => {
  it('takes the port asked for when it is free, saying nothing', async () => {
    const port = await busyPort();
    const result = await listenOnFreePort({ port: port + 1, explicit: false, listen });
    expect(result).toMatchObject({ port: port + 1, note: null });
  });

  it('moves to the next free port when the default one is busy, and says so in one line', async () => {
    const port = await busyPort();
    await listen(port).catch(() => undefined);
    const result = await listenOnFreePort({ port, explicit: false, listen });
    expect(result.port).toBe(port + 1);
    expect(result.note).toBe(
      `Port ${port} is in use, so Kelisim is served on port ${port + 1} instead (the browser build keeps separate data per port; set KELISIM_PORT to choose).`,
    );
  });

  it('names every busy port it passed over', async () => {
    const vite = vi.fn(async (port: number) => {
      if (port < 5176) throw new Error(`Port ${port} is already in use`);
      return 'server';
    });
    const result = await listenOnFreePort({ port: 5173, explicit: false, listen: vite });
    expect(result.note).toMatch(/^Ports 5173–5175 are in use, so Kelisim is served on port 5176 instead/);
  });

  it('recognises Vite’s own refusal of a taken port', async () => {
    const vite = vi.fn(async (port: number) => {
      if (port === 5173) throw new Error('Port 5173 is already in use');
      return `server on ${port}`;
    });
    await expect(listenOnFreePort({ port: 5173, explicit: false, listen: vite })).resolves.toMatchObject({
      server: 'server on 5174',
      port: 5174,
    });
  });

  it('never swaps a port the user named: says in one line what to do', async () => {
    const vite = vi.fn(async (port: number): Promise<string> => {
      throw new Error(`Port ${port} is already in use`);
    });
    await expect(listenOnFreePort({ port: 8080, explicit: true, listen: vite })).rejects.toThrow(
      'Port 8080 (KELISIM_PORT) is already in use: stop the program using it, or set KELISIM_PORT to a free port (or unset it, and Kelisim picks one).',
    );
    expect(vite).toHaveBeenCalledTimes(1);
  });

  it('gives up after the ports it tries, naming them', async () => {
    const vite = vi.fn(async (): Promise<string> => {
      throw Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' });
    });
    await expect(listenOnFreePort({ port: 5173, explicit: false, listen: vite })).rejects.toThrow(
      `Ports 5173–${5173 + PORTS_TRIED - 1} are all in use`,
    );
    expect(vite).toHaveBeenCalledTimes(PORTS_TRIED);
  });

  it('does not hide other failures behind a port change', async () => {
    const denied = Object.assign(new Error('listen EACCES: permission denied 127.0.0.1:80'), { code: 'EACCES' });
    const vite = vi.fn(async (): Promise<string> => {
      throw denied;
    });
    await expect(listenOnFreePort({ port: 80, explicit: false, listen: vite })).rejects.toBe(denied);
    expect(vite).toHaveBeenCalledTimes(1);
  });
});
