import type { ZipEntry } from '@/import/unzip';

function header(length: number, fill: (view: DataView) => void, name: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(length + name.length);
  fill(new DataView(bytes.buffer));
  bytes.set(name, length);
  return bytes;
}

/**
 * A zip of the given entries, stored without compression: what ExcelJS is handed once the entries
 * were unzipped under the budget, so that it inflates nothing itself. The CRCs are left 0: JSZip,
 * which ExcelJS reads with, checks them only when asked, and this zip never leaves the worker.
 */
export function storedZip(entries: readonly ZipEntry[]): Uint8Array {
  const names = entries.map((entry) => Uint8Array.from(entry.name, (char) => char.charCodeAt(0) & 0xff));
  const pieces: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  entries.forEach((entry, index) => {
    const name = names[index] ?? new Uint8Array();
    const sizes = (view: DataView, at: number) => {
      view.setUint16(at, 0, true);
      view.setUint32(at + 10, entry.data.length, true);
      view.setUint32(at + 14, entry.data.length, true);
      view.setUint16(at + 18, name.length, true);
    };
    const local = header(
      30,
      (view) => {
        view.setUint32(0, 0x04034b50, true);
        view.setUint16(4, 20, true);
        sizes(view, 8);
      },
      name,
    );
    directory.push(
      header(
        46,
        (view) => {
          view.setUint32(0, 0x02014b50, true);
          view.setUint16(4, 20, true);
          view.setUint16(6, 20, true);
          sizes(view, 10);
          view.setUint32(42, offset, true);
        },
        name,
      ),
    );
    pieces.push(local, entry.data);
    offset += local.length + entry.data.length;
  });
  const central = directory.reduce((sum, part) => sum + part.length, 0);
  const end = header(
    22,
    (view) => {
      view.setUint32(0, 0x06054b50, true);
      view.setUint16(8, entries.length, true);
      view.setUint16(10, entries.length, true);
      view.setUint32(12, central, true);
      view.setUint32(16, offset, true);
    },
    new Uint8Array(),
  );
  const out = new Uint8Array(offset + central + end.length);
  let at = 0;
  for (const part of [...pieces, ...directory, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
