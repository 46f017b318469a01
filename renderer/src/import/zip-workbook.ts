import * as XLSX from 'xlsx';
import { IMPORT_LIMITS } from './limits';
import { unzip, type UnzipOutcome } from './unzip';

/** The container SheetJS unzips into (its CFB module), filled here with entries inflated under the budget. */
interface Container {
  readonly FullPaths: readonly string[];
}

/**
 * The parts of SheetJS that read a zip once it is unzipped. Both are exported by xlsx.mjs; its
 * types declare `CFB` as `any` and leave `parse_zip` out, so they are typed here.
 */
const sheetJs = XLSX as unknown as {
  CFB: {
    utils: {
      cfb_new(): Container;
      cfb_add(zip: Container, name: string, data: Uint8Array, options: { unsafe: true }): unknown;
    };
  };
  parse_zip(zip: Container, options: XLSX.ParsingOptions): XLSX.WorkBook;
};

/** SheetJS's lookup of a part (xlsx.mjs, safegetzipfile): any case, either slash, under the container's root. */
function hasPart(zip: Container, name: string): boolean {
  const wanted = name.toLowerCase();
  const backslashed = wanted.replace(/\//g, '\\');
  return zip.FullPaths.some((path) => {
    const part = path.replace(/^Root Entry[/]/, '').toLowerCase();
    return part === wanted || part === backslashed;
  });
}

export type ZipWorkbookOutcome =
  { ok: true; book: XLSX.WorkBook } | Exclude<UnzipOutcome, { ok: true }> | { ok: false; failure: 'unsupported' };

/**
 * Reads an .xlsx or .ods: unzipped here under IMPORT_LIMITS.unzippedBytes, then parsed by SheetJS
 * from what was inflated, so that SheetJS itself never inflates a byte and the bytes counted are the
 * bytes parsed. Throws when SheetJS cannot make a workbook of the parts.
 */
export function readZipWorkbook(data: Uint8Array, options: XLSX.ParsingOptions): ZipWorkbookOutcome {
  const unzipped = unzip(data, IMPORT_LIMITS.unzippedBytes);
  if (!unzipped.ok) return unzipped;
  const zip = sheetJs.CFB.utils.cfb_new();
  for (const entry of unzipped.entries) sheetJs.CFB.utils.cfb_add(zip, entry.name, entry.data, { unsafe: true });
  const has = (name: string) => hasPart(zip, name);
  // The order in which SheetJS's parse_zip tells formats apart. Any zip that is neither OpenDocument
  // nor Office Open XML it takes for Apple Numbers, whose parts are compressed a second time (Snappy)
  // or are a whole second zip (Index.zip) that it would unzip itself, out of the budget's reach.
  const openDocument = has('META-INF/manifest.xml') || has('objectdata.xml');
  if (!openDocument && (has('Index/Document.iwa') || !has('[Content_Types].xml')))
    return { ok: false, failure: 'unsupported' };
  return { ok: true, book: sheetJs.parse_zip(zip, options) };
}
