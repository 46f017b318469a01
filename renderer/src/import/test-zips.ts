import { Deflate, deflateRaw, Z_SYNC_FLUSH } from 'pako';
import * as XLSX from 'xlsx';

/** One zip entry as it is written: its compressed bytes, the method, and the uncompressed size its headers claim. */
export interface ZipPart {
  name: string;
  body: Uint8Array;
  method: number;
  size: number;
  flags?: number;
}

export const text = (value: string): Uint8Array => new TextEncoder().encode(value);

export const stored = (name: string, data: Uint8Array): ZipPart => ({ name, body: data, method: 0, size: data.length });

export const deflated = (name: string, data: Uint8Array): ZipPart => ({
  name,
  body: deflateRaw(data, { level: 9 }),
  method: 8,
  size: data.length,
});

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function record(length: number, fill: (view: DataView) => void, name = ''): Uint8Array {
  const bytes = new Uint8Array(length + name.length);
  fill(new DataView(bytes.buffer));
  for (let index = 0; index < name.length; index++) bytes[length + index] = name.charCodeAt(index);
  return bytes;
}

/** The local file header written before an entry's data (CRC left 0: no reader here checks it). */
export function localHeader(part: ZipPart): Uint8Array {
  return record(
    30,
    (view) => {
      view.setUint32(0, 0x04034b50, true);
      view.setUint16(4, 20, true);
      view.setUint16(6, part.flags ?? 0, true);
      view.setUint16(8, part.method, true);
      view.setUint32(18, part.body.length, true);
      view.setUint32(22, part.size, true);
      view.setUint16(26, part.name.length, true);
    },
    part.name,
  );
}

/** The entry's record in the central directory, pointing at its local header. */
export function directoryEntry(part: ZipPart, localOffset: number): Uint8Array {
  return record(
    46,
    (view) => {
      view.setUint32(0, 0x02014b50, true);
      view.setUint16(4, 20, true);
      view.setUint16(6, 20, true);
      view.setUint16(8, part.flags ?? 0, true);
      view.setUint16(10, part.method, true);
      view.setUint32(20, part.body.length, true);
      view.setUint32(24, part.size, true);
      view.setUint16(28, part.name.length, true);
      view.setUint32(42, localOffset, true);
    },
    part.name,
  );
}

export function endRecord(entries: number, directorySize: number, directoryOffset: number): Uint8Array {
  return record(22, (view) => {
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, entries, true);
    view.setUint16(10, entries, true);
    view.setUint32(12, directorySize, true);
    view.setUint32(16, directoryOffset, true);
  });
}

/** A zip laid out as every writer lays it out: the entries, then the directory, then its end record. */
export function zipOf(parts: ZipPart[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    directory.push(directoryEntry(part, offset));
    const local = concat(localHeader(part), part.body);
    locals.push(local);
    offset += local.length;
  }
  const central = concat(...directory);
  return concat(...locals, central, endRecord(parts.length, central.length, offset));
}

let mebibyteOfZeros: Uint8Array | undefined;

/**
 * Raw deflate of `mebibytes` MiB of zero bytes, about 1 KB per MiB (deflate's best ratio). One
 * compressed mebibyte ends on a byte boundary, not final, so it can be repeated; an empty final
 * block closes the stream.
 */
export function deflatedZeros(mebibytes: number): Uint8Array {
  if (!mebibyteOfZeros) {
    const chunks: Uint8Array[] = [];
    const deflate = new Deflate({ raw: true, level: 9 });
    deflate.onData = (chunk) => chunks.push(chunk);
    deflate.push(new Uint8Array(1024 * 1024), Z_SYNC_FLUSH);
    mebibyteOfZeros = concat(...chunks);
  }
  const block = mebibyteOfZeros;
  return concat(...Array.from({ length: mebibytes }, () => block), new Uint8Array([0x03, 0x00]));
}

/** Where the central directory of a zip made by zipOf starts. */
export function directoryOffset(zip: Uint8Array): number {
  return new DataView(zip.buffer, zip.byteOffset).getUint32(zip.length - 22 + 16, true);
}

/** The entries of a real zip, read by SheetJS's own unzip: to build hostile files from real ones. */
export function partsOf(zip: Uint8Array): { name: string; data: Uint8Array }[] {
  const container = XLSX.CFB.read(zip, { type: 'buffer' }) as {
    FullPaths: string[];
    FileIndex: { type: number; content?: ArrayLike<number> }[];
  };
  const root = container.FullPaths[0] ?? '';
  return container.FileIndex.flatMap((file, index) => {
    const name = (container.FullPaths[index] ?? '').slice(root.length);
    // SheetJS adds a marker entry of its own to every container.
    return file.type === 2 && file.content && !name.startsWith('\u0001')
      ? [{ name, data: new Uint8Array(file.content) }]
      : [];
  });
}

/** A lone worksheet of `mebibytes` MiB of zeros that declares itself 0 bytes: about 1 KB per MiB. */
export function lyingBomb(mebibytes: number): Uint8Array {
  return zipOf([{ name: 'xl/worksheets/sheet1.xml', body: deflatedZeros(mebibytes), method: 8, size: 0 }]);
}

/** A zip bomb of about 12 KB: one 4 MiB deflate stream listed as 110 entries, 440 MiB in all, sizes declared as 0. */
export function overlappingBomb(): Uint8Array {
  const kernel: ZipPart = { name: 'xl/worksheets/sheet1.xml', body: deflatedZeros(4), method: 8, size: 0 };
  const local = concat(localHeader(kernel), kernel.body);
  const central = concat(
    ...Array.from({ length: 110 }, (_, index) => directoryEntry({ ...kernel, name: `xl/worksheets/s${index}.xml` }, 0)),
  );
  return concat(local, central, endRecord(110, central.length, local.length));
}

/** Two entries, the second one's header and data lying inside the first one's data. */
export function nestedEntries(content: Uint8Array): Uint8Array {
  const inner = stored('xl/worksheets/sheet2.xml', content);
  const outer = stored('xl/worksheets/sheet1.xml', concat(localHeader(inner), inner.body));
  const local = concat(localHeader(outer), outer.body);
  const central = concat(directoryEntry(outer, 0), directoryEntry(inner, 30 + outer.name.length));
  return concat(local, central, endRecord(2, central.length, local.length));
}
