import ExcelJS from 'exceljs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CellWrite } from '@shared/forms/plan-fill';
import { fillWorkbookInWorker } from './fill-client';
import { fillWorkbook } from './fill-workbook';
import { TEMPLATE_LIMITS } from './template-limits';
import { authorityForm, DISTRICT_TOTAL_ROW, EVENTS_SHEET, FIRST_DISTRICT_ROW } from './test-templates';

// Vitest runs in Node, which has no Web Worker: the worker script runs here in-process, its messages
// passed through structuredClone with their transfer lists as a browser would pass them.

type Handler = (event: MessageEvent) => Promise<void>;

/** The worker's global scope: fill.worker.ts sets onmessage on it and answers through postMessage. */
const scope: { onmessage: Handler | null; postMessage: (data: unknown, options?: StructuredSerializeOptions) => void } =
  {
    onmessage: null,
    postMessage: (data, options) => current().answer(structuredClone(data, options)),
  };

/** Stands for the browser's Worker, running fill.worker.ts; `silent` never answers (a fill that hangs). */
class InProcessWorker {
  static last: InProcessWorker | undefined;
  static silent = false;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  terminated = false;
  constructor(readonly url: URL) {
    InProcessWorker.last = this;
  }
  postMessage(message: unknown, transfer: Transferable[]) {
    const data = structuredClone(message, { transfer });
    if (!InProcessWorker.silent) void scope.onmessage?.(new MessageEvent('message', { data }));
  }
  answer(data: unknown) {
    if (!this.terminated) this.onmessage?.(new MessageEvent('message', { data }));
  }
  terminate() {
    this.terminated = true;
  }
}

function current(): InProcessWorker {
  if (!InProcessWorker.last) throw new Error('no worker started');
  return InProcessWorker.last;
}

const writes: CellWrite[] = [
  { sheet: EVENTS_SHEET, address: `C${FIRST_DISTRICT_ROW}`, value: 7 },
  { sheet: EVENTS_SHEET, address: `E${FIRST_DISTRICT_ROW + 1}`, value: 12 },
  { sheet: EVENTS_SHEET, address: `C${DISTRICT_TOTAL_ROW}`, value: 99 },
];

describe('filling a form in a worker', () => {
  let template: Uint8Array;

  beforeAll(async () => {
    template = await authorityForm();
    vi.stubGlobal('self', scope);
    await import('./fill.worker');
  });
  beforeEach(() => {
    InProcessWorker.silent = false;
    vi.stubGlobal('self', scope);
    vi.stubGlobal('Worker', InProcessWorker);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('gives what fillWorkbook gives, from a copy of the template, and ends the worker', async () => {
    const filled = await fillWorkbookInWorker(template, writes);
    if ('error' in filled) throw new Error(`the fill failed: ${filled.error}`);
    expect(current().url.pathname).toMatch(/\/fill\.worker\.ts$/);
    expect(current().terminated).toBe(true);
    // The template was sent as a copy: the caller's bytes are still whole after the transfer.
    expect(template.byteLength).toBeGreaterThan(0);
    const direct = await fillWorkbook(template, writes);
    expect(filled.refused).toEqual(direct.refused);
    expect(filled.refused).toEqual([{ sheet: EVENTS_SHEET, address: `C${DISTRICT_TOTAL_ROW}`, reason: 'formula' }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(filled.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet(EVENTS_SHEET);
    expect(sheet?.getCell(`C${FIRST_DISTRICT_ROW}`).value).toBe(7);
    expect(sheet?.getCell(`E${FIRST_DISTRICT_ROW + 1}`).value).toBe(12);
  });

  it('says a template ExcelJS cannot read is unreadable, at once rather than at the time limit', async () => {
    await expect(fillWorkbookInWorker(new Uint8Array([1, 2, 3]), writes)).resolves.toEqual({ error: 'unreadable' });
    expect(current().terminated).toBe(true);
  });

  it('says a worker that failed to run is unreadable', async () => {
    InProcessWorker.silent = true;
    const filling = fillWorkbookInWorker(template, writes);
    current().onerror?.();
    await expect(filling).resolves.toEqual({ error: 'unreadable' });
    expect(current().terminated).toBe(true);
  });

  it('ends a fill that takes longer than the time limit', async () => {
    vi.useFakeTimers();
    InProcessWorker.silent = true;
    const filling = fillWorkbookInWorker(template, writes);
    await vi.advanceTimersByTimeAsync(TEMPLATE_LIMITS.seconds * 1000 - 1);
    expect(current().terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(current().terminated).toBe(true);
    await expect(filling).resolves.toEqual({ error: 'timeout' });
  });

  it('ends the worker at once when the clerk cancels', async () => {
    InProcessWorker.silent = true;
    const controller = new AbortController();
    const filling = fillWorkbookInWorker(template, writes, controller.signal);
    controller.abort();
    await expect(filling).rejects.toMatchObject({ name: 'AbortError' });
    expect(current().terminated).toBe(true);
  });
});
