import type { ReadSupport } from '@shared/exchange/read';
import { readPackageBytes } from './read-package';

/** Reading and checking a package runs here: parsing and checksumming tens of thousands of rows takes seconds. */
self.onmessage = (event: MessageEvent<{ fileName: string; data: ArrayBuffer; supported: ReadSupport }>) => {
  const { fileName, data, supported } = event.data;
  self.postMessage(readPackageBytes(fileName, new Uint8Array(data), supported));
};
