import { readWorkbook } from './read-workbook';

/** Parsing runs here so that a 50,000-row file never freezes the window and can be cancelled. */
self.onmessage = (event: MessageEvent<{ fileName: string; data: ArrayBuffer }>) => {
  const { fileName, data } = event.data;
  self.postMessage(readWorkbook(fileName, new Uint8Array(data)));
};
