import type { ExportTable } from '@shared/export/table';
import { writeStyledWorkbook } from './styled-workbook';

/** Styling 50,000 rows takes seconds; doing it here keeps the window responsive meanwhile. */
self.onmessage = (event: MessageEvent<ExportTable[]>) => {
  writeStyledWorkbook(event.data).then(
    (bytes) => self.postMessage({ ok: true, bytes }, { transfer: [bytes.buffer] }),
    () => self.postMessage({ ok: false }),
  );
};
