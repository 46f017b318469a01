/**
 * What the importer accepts at most. Generous for any list an office keeps (the largest member
 * list seen is tens of thousands of rows), small enough that a broken or hostile file is refused
 * with the limit named instead of freezing the PC.
 */
export const IMPORT_LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  /** Total size of a spreadsheet's contents once unzipped (xlsx and ods are zip files). */
  unzippedBytes: 400 * 1024 * 1024,
  sheets: 50,
  rows: 200_000,
  columns: 200,
  seconds: 60,
} as const;

export type LimitExceeded = { limit: keyof typeof IMPORT_LIMITS; value: number };

/**
 * Reads a zip's central directory (without inflating anything) and adds up the sizes the entries
 * claim once unzipped: a zip bomb of a few kilobytes that would unpack to gigabytes is refused here.
 * Returns null for data that is not a zip.
 */
export function unzippedSize(data: Uint8Array): number | null {
  if (data.length < 22 || data[0] !== 0x50 || data[1] !== 0x4b) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let end = -1;
  for (let offset = data.length - 22; offset >= Math.max(0, data.length - 22 - 0xffff); offset--) {
    if (view.getUint32(offset, true) === 0x06054b50) {
      end = offset;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let total = 0;
  for (let index = 0; index < entries; index++) {
    if (offset + 46 > data.length || view.getUint32(offset, true) !== 0x02014b50) return null;
    const size = view.getUint32(offset + 24, true);
    // 0xFFFFFFFF means the real size is in a ZIP64 field: treat it as over any limit.
    total += size === 0xffffffff ? Number.MAX_SAFE_INTEGER : size;
    offset +=
      46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return total;
}
