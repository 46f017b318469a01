import { readTemplate } from './read-template';

/** A form from outside is read here: ExcelJS's parsing never freezes the window, and the client can end it. */
self.onmessage = async (event: MessageEvent<{ fileName: string; data: ArrayBuffer }>) => {
  const { fileName, data } = event.data;
  const outcome = await readTemplate(new Uint8Array(data), fileName);
  self.postMessage(outcome, { transfer: outcome.ok ? [outcome.bytes.buffer as ArrayBuffer] : [] });
};
