import type { CellWrite } from '@shared/forms/plan-fill';
import { fillWorkbook } from './fill-workbook';

/**
 * The authority's form is parsed and written here: ExcelJS never freezes the window, and the client
 * can end it. A form ExcelJS cannot read is answered, not thrown: a worker's rejected promise never
 * reaches the client's onerror, which would then wait for the time limit.
 */
self.onmessage = async (event: MessageEvent<{ template: ArrayBuffer; writes: CellWrite[] }>) => {
  const { template, writes } = event.data;
  try {
    const filled = await fillWorkbook(new Uint8Array(template), writes);
    self.postMessage(filled, { transfer: [filled.bytes.buffer as ArrayBuffer] });
  } catch {
    self.postMessage({ error: 'unreadable' });
  }
};
