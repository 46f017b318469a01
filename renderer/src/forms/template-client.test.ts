import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readTemplateInWorker } from './template-client';
import { TEMPLATE_LIMITS } from './template-limits';

/** Stands for the browser's Worker: records what it is sent and whether it was ended. */
class FakeWorker {
  static last: FakeWorker | undefined;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

const worker = () => {
  if (!FakeWorker.last) throw new Error('no worker started');
  return FakeWorker.last;
};

describe('reading a form in a worker', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('ends a worker that reads longer than the time limit and reports the limit', async () => {
    const reading = readTemplateInWorker('form.xlsx', new Uint8Array([1, 2, 3]));
    expect(worker().posted).toEqual([{ fileName: 'form.xlsx', data: new Uint8Array([1, 2, 3]).buffer }]);
    await vi.advanceTimersByTimeAsync(TEMPLATE_LIMITS.seconds * 1000 - 1);
    expect(worker().terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(worker().terminated).toBe(true);
    await expect(reading).resolves.toEqual({
      ok: false,
      error: { code: 'timeout', limit: { limit: 'seconds', value: TEMPLATE_LIMITS.seconds } },
    });
  });

  it('gives what the worker read and ends it; a worker that fails says the form is unreadable', async () => {
    const read = readTemplateInWorker('form.xlsx', new Uint8Array([1]));
    worker().onmessage?.(new MessageEvent('message', { data: { ok: false, error: { code: 'macros' } } }));
    await expect(read).resolves.toEqual({ ok: false, error: { code: 'macros' } });
    expect(worker().terminated).toBe(true);

    const crashed = readTemplateInWorker('form.xlsx', new Uint8Array([1]));
    worker().onerror?.();
    await expect(crashed).resolves.toEqual({ ok: false, error: { code: 'unreadable' } });
    expect(worker().terminated).toBe(true);
  });

  it('ends the worker at once when the clerk cancels', async () => {
    const controller = new AbortController();
    const reading = readTemplateInWorker('form.xlsx', new Uint8Array([1]), controller.signal);
    controller.abort();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker().terminated).toBe(true);
  });
});
