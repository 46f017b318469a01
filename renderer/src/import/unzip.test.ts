import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import {
  concat,
  deflated,
  directoryEntry,
  directoryOffset,
  endRecord,
  localHeader,
  lyingBomb,
  nestedEntries,
  overlappingBomb,
  partsOf,
  stored,
  text,
  zipOf,
  type ZipPart,
} from './test-zips';
import { unzip, type UnzipOutcome } from './unzip';

const MiB = 1024 * 1024;
const xml = text('<?xml version="1.0"?><root>Ким Марина Викторовна</root>'.repeat(200));

function entries(outcome: UnzipOutcome): Record<string, Uint8Array> {
  if (!outcome.ok) throw new Error(`refused: ${outcome.failure}`);
  return Object.fromEntries(outcome.entries.map((entry) => [entry.name, entry.data]));
}

/** The entries SheetJS's own unzip finds, for comparison (it runs here on trusted files only). */
const sheetJsEntries = (zip: Uint8Array) => Object.fromEntries(partsOf(zip).map((part) => [part.name, part.data]));

describe('unzip with a byte budget', () => {
  it('reads every entry of a real workbook exactly as SheetJS does, stored or deflated, from SheetJS and ExcelJS', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['ФИО', 'ИИН'],
        ['Ким Марина', '850731400453'],
      ]),
      'Лист1',
    );
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Лист1').addRows([
      ['ФИО', 'ИИН'],
      ['Ким Марина', '850731400453'],
    ]);
    const files = [
      new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
      new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer),
      new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'ods', compression: true }) as ArrayBuffer),
      new Uint8Array(await workbook.xlsx.writeBuffer()),
    ];
    for (const file of files) expect(entries(unzip(file, MiB))).toEqual(sheetJsEntries(file));
  });

  it('counts the bytes it inflates, not the sizes the zip declares', () => {
    // 8 MiB of zeros in about 8 KB, declared as 0 bytes: a zip bomb on a small scale.
    const bomb = lyingBomb(8);
    expect(bomb.length).toBeLessThan(10_000);
    expect(unzip(bomb, MiB)).toMatchObject({ ok: false, failure: 'too-large' });
    expect(entries(unzip(bomb, 8 * MiB))['xl/worksheets/sheet1.xml']).toHaveLength(8 * MiB);
  });

  it('stops inflating soon after the budget is spent, not at the end of the entry', () => {
    const refused = unzip(lyingBomb(200), MiB);
    if (refused.ok || refused.failure !== 'too-large') throw new Error('not refused as too large');
    // The inflater's output is counted every 256 KB.
    expect(refused.bytes).toBeGreaterThan(MiB);
    expect(refused.bytes).toBeLessThanOrEqual(MiB + 256 * 1024);
  });

  it('spends one budget across all entries, stored ones too', () => {
    const half = new Uint8Array(600 * 1024).fill(65);
    expect(unzip(zipOf([stored('a.xml', half), stored('b.xml', half)]), MiB)).toMatchObject({
      ok: false,
      failure: 'too-large',
      bytes: 1200 * 1024,
    });
    expect(unzip(zipOf([deflated('a.xml', half), { ...deflated('b.xml', half), size: 1 }]), MiB)).toMatchObject({
      ok: false,
      failure: 'too-large',
    });
    expect(Object.keys(entries(unzip(zipOf([stored('a.xml', half), deflated('b.xml', half)]), 2 * MiB)))).toEqual([
      'a.xml',
      'b.xml',
    ]);
  });

  it('refuses an honest zip that declares more than the budget before inflating anything', () => {
    const zip = zipOf([{ name: 'sheet.xml', body: new Uint8Array([0xff]), method: 8, size: 3_900_000_000 }]);
    expect(unzip(zip, MiB)).toEqual({ ok: false, failure: 'too-large', bytes: 3_900_000_000 });
  });

  it('reads an entry whose declared size is too small, and one with its sizes after the data', () => {
    expect(entries(unzip(zipOf([{ ...deflated('a.xml', xml), size: 10 }]), MiB))['a.xml']).toEqual(xml);
    // Bit 3: sizes and CRC follow the data (streaming writers); the directory has them.
    const part: ZipPart = { ...deflated('a.xml', xml), flags: 0x08 };
    const local = concat(localHeader({ ...part, size: 0, body: new Uint8Array(0) }), part.body);
    const descriptor = new Uint8Array(16);
    const central = directoryEntry(part, 0);
    const zip = concat(local, descriptor, central, endRecord(1, central.length, local.length + 16));
    expect(entries(unzip(zip, MiB))['a.xml']).toEqual(xml);
  });

  it('reads sizes from the ZIP64 extra field and finds the directory behind a comment', () => {
    const part = deflated('a.xml', xml);
    const local = concat(localHeader(part), part.body);
    const extra = new Uint8Array(20);
    const view = new DataView(extra.buffer);
    view.setUint16(0, 0x0001, true);
    view.setUint16(2, 16, true);
    view.setBigUint64(4, BigInt(xml.length), true);
    view.setBigUint64(12, BigInt(part.body.length), true);
    const central = directoryEntry(part, 0);
    const fields = new DataView(central.buffer);
    fields.setUint32(20, 0xffffffff, true);
    fields.setUint32(24, 0xffffffff, true);
    fields.setUint16(30, extra.length, true);
    const directory = concat(central, extra);
    const end = endRecord(1, directory.length, local.length);
    new DataView(end.buffer).setUint16(20, 7, true);
    const zip = concat(local, directory, end, text('comment'));
    expect(entries(unzip(zip, MiB))['a.xml']).toEqual(xml);
  });

  it('refuses a zip whose directory is missing, cut short or pointing outside the file', () => {
    const zip = zipOf([deflated('[Content_Types].xml', xml), deflated('xl/workbook.xml', xml)]);
    const start = directoryOffset(zip);
    const damaged = (bytes: Uint8Array) => expect(unzip(bytes, MiB)).toEqual({ ok: false, failure: 'damaged-zip' });
    damaged(zip.slice(0, start));
    damaged(zip.slice(0, zip.length - 1));
    damaged(concat(zip.slice(0, start + 46), zip.slice(zip.length - 22)));
    const pastEnd = zip.slice();
    new DataView(pastEnd.buffer).setUint32(pastEnd.length - 22 + 16, pastEnd.length, true);
    damaged(pastEnd);
    const notAnEntry = zip.slice();
    notAnEntry[start] = 0;
    damaged(notAnEntry);
    const noLocalHeader = zip.slice();
    noLocalHeader[0] = 0;
    damaged(noLocalHeader);
    const dataIntoDirectory = zip.slice();
    new DataView(dataIntoDirectory.buffer).setUint32(start + 20, start, true);
    damaged(dataIntoDirectory);
  });

  it('refuses entries that share or nest their data, however small: an overlapping zip bomb', () => {
    const bomb = overlappingBomb();
    expect(bomb.length).toBeLessThan(15_000);
    expect(unzip(bomb, 400 * MiB)).toEqual({ ok: false, failure: 'damaged-zip' });
    expect(unzip(nestedEntries(xml), 400 * MiB)).toEqual({ ok: false, failure: 'damaged-zip' });
  });

  it('says an entry is unreadable when its data is damaged, encrypted or compressed another way', () => {
    const part = deflated('a.xml', xml);
    const damaged = { ...part, body: part.body.map((byte, index) => (index > 2 ? byte ^ 0x5a : byte)) };
    const cut = { ...part, body: part.body.subarray(0, part.body.length >> 1) };
    for (const bad of [damaged, cut, { ...part, flags: 0x01 }, { ...part, method: 12 }])
      expect(unzip(zipOf([bad]), MiB)).toEqual({ ok: false, failure: 'unreadable' });
  });
});
