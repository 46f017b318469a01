import { Inflate } from 'pako';

/** One file inside a zip: its name as the zip writes it (bytes as Latin-1 characters, as SheetJS reads it) and its bytes. */
export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

export type UnzipOutcome =
  | { ok: true; entries: ZipEntry[] }
  /** The directory is missing, cut short, or describes data that is not where it says, or is shared by two entries. */
  | { ok: false; failure: 'damaged-zip' }
  /** An entry's data is damaged, encrypted or compressed with a method no spreadsheet uses. */
  | { ok: false; failure: 'unreadable' }
  /** The contents come to more than the budget: `bytes` is what they claim or what was inflated before stopping. */
  | { ok: false; failure: 'too-large'; bytes: number };

/**
 * The test SheetJS itself makes before reading bytes as a zip (xlsx.mjs, readSync): "PK" and two
 * bytes below 9. Every file it would unzip must come here instead.
 */
export function isZip(data: Uint8Array): boolean {
  return data[0] === 0x50 && data[1] === 0x4b && (data[2] ?? 9) < 9 && (data[3] ?? 9) < 9;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const UNKNOWN = 0xffffffff;
/** The inflater hands over its output this many bytes at a time: the budget is overshot by at most this much. */
const CHUNK = 256 * 1024;
/** Thrown from the inflater's output handler to stop it in the middle of an entry. */
const OVER_BUDGET = new Error('over the unzipped-size budget');

interface Located {
  name: string;
  method: number;
  flags: number;
  compressed: number;
  declared: number;
  local: number;
}

/** The entries the central directory lists, or null when it cannot be found or read. */
function readDirectory(data: Uint8Array, view: DataView): { entries: Located[]; start: number } | null {
  let end = -1;
  for (let offset = data.length - 22; offset >= Math.max(0, data.length - 22 - 0xffff); offset--) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY) {
      end = offset;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  const start = view.getUint32(end + 16, true);
  // ZIP64 directories (count 0xFFFF, offset 0xFFFFFFFF) are for archives over 4 GB; SheetJS cannot read them either.
  if (count === 0xffff || start === UNKNOWN || start + view.getUint32(end + 12, true) > end) return null;
  const entries: Located[] = [];
  let offset = start;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > end || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const next = offset + 46 + nameLength + extraLength + view.getUint16(offset + 32, true);
    if (next > end) return null;
    const entry: Located = {
      name: String.fromCharCode(...data.subarray(offset + 46, offset + 46 + nameLength)),
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      compressed: view.getUint32(offset + 20, true),
      declared: view.getUint32(offset + 24, true),
      local: view.getUint32(offset + 42, true),
    };
    if (!readZip64Sizes(view, offset + 46 + nameLength, extraLength, entry)) return null;
    entries.push(entry);
    offset = next;
  }
  return { entries, start };
}

/** Sizes and offset given as 0xFFFFFFFF are in the ZIP64 extra field, in this order. Writers may use it for any file. */
function readZip64Sizes(view: DataView, extra: number, length: number, entry: Located): boolean {
  const fields = (['declared', 'compressed', 'local'] as const).filter((field) => entry[field] === UNKNOWN);
  if (fields.length === 0) return true;
  for (let offset = extra; offset + 4 <= extra + length; offset += 4 + view.getUint16(offset + 2, true)) {
    if (view.getUint16(offset, true) !== 0x0001) continue;
    if (view.getUint16(offset + 2, true) < fields.length * 8 || offset + 4 + fields.length * 8 > extra + length)
      return false;
    fields.forEach((field, index) => (entry[field] = Number(view.getBigUint64(offset + 4 + index * 8, true))));
    return true;
  }
  return false;
}

/**
 * Where each entry's compressed data lies, checked against the file: inside it, before the
 * directory, and no byte shared by two entries (an overlapping zip bomb makes one small deflate
 * stream stand for thousands of entries). Null when the directory does not describe the file.
 */
function locateData(view: DataView, entries: Located[], directory: number): { from: number; to: number }[] | null {
  const ranges: { from: number; to: number }[] = [];
  for (const entry of entries) {
    if (entry.local + 30 > directory || view.getUint32(entry.local, true) !== LOCAL_HEADER) return null;
    const from = entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true);
    const to = from + entry.compressed;
    if (to > directory) return null;
    ranges.push({ from, to });
  }
  const byPosition = entries.map((entry, index) => ({ start: entry.local, end: ranges[index]?.to ?? 0 }));
  byPosition.sort((a, b) => a.start - b.start);
  for (let index = 1; index < byPosition.length; index++) {
    if ((byPosition[index]?.start ?? 0) < (byPosition[index - 1]?.end ?? 0)) return null;
  }
  return ranges;
}

/**
 * Inflates one entry, stopping as soon as it holds more than `budget` bytes; then `seen` is how
 * many it had come to. Output goes straight into a buffer of the declared size, and only what does
 * not fit (a zip that lies) is kept in pieces and joined at the end. Null when the data is damaged.
 */
function inflate(
  compressed: Uint8Array,
  declared: number,
  budget: number,
): { data: Uint8Array } | { seen: number } | null {
  if (compressed.length === 0) return { data: compressed };
  const out = new Uint8Array(Math.min(declared, budget));
  const overflow: Uint8Array[] = [];
  let seen = 0;
  const inflater = new Inflate({ raw: true, chunkSize: CHUNK });
  inflater.onData = (piece) => {
    const at = seen;
    seen += piece.length;
    if (seen > budget) throw OVER_BUDGET;
    if (seen <= out.length) out.set(piece, at);
    else if (at >= out.length) overflow.push(piece);
    else {
      out.set(piece.subarray(0, out.length - at), at);
      overflow.push(piece.subarray(out.length - at));
    }
  };
  try {
    if (!inflater.push(compressed, true)) return null;
  } catch (error) {
    if (error === OVER_BUDGET) return { seen };
    throw error;
  }
  if (overflow.length === 0) return { data: out.subarray(0, seen) };
  const data = new Uint8Array(seen);
  data.set(out);
  let at = out.length;
  for (const piece of overflow) {
    data.set(piece, at);
    at += piece.length;
  }
  return { data };
}

/**
 * Unzips a spreadsheet with a byte budget: every byte inflated is counted, whatever the zip
 * declares, and inflating stops as soon as the count passes the budget. A zip whose directory
 * cannot be found or does not describe the file is refused rather than guessed at.
 */
export function unzip(data: Uint8Array, budget: number): UnzipOutcome {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const directory = readDirectory(data, view);
  if (!directory) return { ok: false, failure: 'damaged-zip' };
  // What the zip declares is checked first only to refuse an honest large file at once.
  const declared = directory.entries.reduce((sum, entry) => sum + entry.declared, 0);
  if (declared > budget) return { ok: false, failure: 'too-large', bytes: declared };
  const ranges = locateData(view, directory.entries, directory.start);
  if (!ranges) return { ok: false, failure: 'damaged-zip' };
  const entries: ZipEntry[] = [];
  let used = 0;
  for (const [index, entry] of directory.entries.entries()) {
    const range = ranges[index];
    if (!range || entry.flags & 0x0001 || (entry.method !== 0 && entry.method !== 8))
      return { ok: false, failure: 'unreadable' };
    const compressed = data.subarray(range.from, range.to);
    const inflated =
      entry.method === 8
        ? inflate(compressed, entry.declared, budget - used)
        : compressed.length > budget - used
          ? { seen: compressed.length }
          : { data: compressed };
    if (!inflated) return { ok: false, failure: 'unreadable' };
    if ('seen' in inflated) return { ok: false, failure: 'too-large', bytes: used + inflated.seen };
    used += inflated.data.length;
    entries.push({ name: entry.name, data: inflated.data });
  }
  return { ok: true, entries };
}
