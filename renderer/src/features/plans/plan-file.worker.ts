import { readPlanFile } from './read-plan-file';

/** A plan's Word document or workbook is read here, so that a large file never freezes the window. */
self.onmessage = (event: MessageEvent<{ fileName: string; data: ArrayBuffer }>) => {
  const { fileName, data } = event.data;
  void readPlanFile(fileName, new Uint8Array(data)).then(
    (outcome) => self.postMessage(outcome),
    () => self.postMessage({ ok: false, failure: 'unreadable' }),
  );
};
