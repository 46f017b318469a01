import 'fake-indexeddb/auto';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SeededRandom } from '@shared/demo/random';
import { analyseMembers, detectLayout } from '@shared/import/pipeline';
import type { ImportLookups } from '@shared/import/read-rows';
import { openTestDb, scopeAs } from '@/db/test-db';
import { planMembers } from '@/db/repositories/import-plan';
import { readWorkbook, type ReadFailure } from './read-workbook';
import { IMPORT_LIMITS } from './limits';
import {
  concat,
  deflated,
  directoryOffset,
  lyingBomb,
  nestedEntries,
  overlappingBomb,
  partsOf,
  zipOf,
} from './test-zips';
import { zhambylLookups } from './test-lookups';

const TODAY = '2026-11-21';
const random = new SeededRandom(4242);

function xlsx(
  rows: unknown[][],
  extra?: (sheet: XLSX.WorkSheet) => void,
  bookType: XLSX.BookType = 'xlsx',
): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  extra?.(sheet);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Лист1');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer);
}

const VALID_ROWS = [
  ['ФИО', 'ИИН', 'Телефон'],
  ['Ким Марина Викторовна', '850731400453', '87011234567'],
  ['Пак Виктор', '900101300126', ''],
];
const validXlsx = xlsx(VALID_ROWS);
const validXls = xlsx(VALID_ROWS, undefined, 'biff8');
const validXml = xlsx(VALID_ROWS, undefined, 'xlml');

/** Excel 2003 XML whose DOCTYPE declares entities: a billion laughs, and one naming a file on the PC. */
function entityXml(kind: 'laughs' | 'external'): Uint8Array {
  const text = new TextDecoder().decode(validXml);
  const doctype =
    kind === 'laughs'
      ? `<!DOCTYPE Workbook [<!ENTITY a "${'ha'.repeat(50)}">${Array.from({ length: 9 }, (_, level) => `<!ENTITY ${'b'.repeat(level + 1)} "${`&${level === 0 ? 'a' : 'b'.repeat(level)};`.repeat(10)}">`).join('')}]>`
      : '<!DOCTYPE Workbook [<!ENTITY secret SYSTEM "file:///etc/passwd">]>';
  const entity = kind === 'laughs' ? '&bbbbbbbbb;' : '&secret;';
  return new TextEncoder().encode(text.replace('?>', `?>${doctype}`).replace('Ким Марина Викторовна', `Ким ${entity}`));
}
const validParts = partsOf(validXlsx);

function randomBytes(length: number): Uint8Array {
  return Uint8Array.from({ length }, () => random.int(0, 255));
}

function flip(data: Uint8Array, count: number): Uint8Array {
  const copy = data.slice();
  for (let index = 0; index < count; index++) copy[random.int(0, copy.length - 1)] = random.int(0, 255);
  return copy;
}

/** A zip whose directory claims a 3.9 GB entry: refused before anything is inflated. */
function zipBomb(): Uint8Array {
  const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
  const central = new Uint8Array(46 + name.length);
  const view = new DataView(central.buffer);
  view.setUint32(0, 0x02014b50, true);
  view.setUint32(20, 4_000_000, true);
  view.setUint32(24, 3_900_000_000, true);
  view.setUint16(28, name.length, true);
  central.set(name, 46);
  const end = new Uint8Array(22);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, 0x06054b50, true);
  endView.setUint16(8, 1, true);
  endView.setUint16(10, 1, true);
  endView.setUint32(12, central.length, true);
  endView.setUint32(16, 4, true);
  const out = new Uint8Array(4 + central.length + end.length);
  out.set([0x50, 0x4b, 0x03, 0x04]);
  out.set(central, 4);
  out.set(end, 4 + central.length);
  return out;
}

/** The valid list deflated, every entry declaring whatever size `declared` gives it. */
function declaring(declared: (real: number) => number): Uint8Array {
  return zipOf(validParts.map(({ name, data }) => ({ ...deflated(name, data), size: declared(data.length) })));
}

/** The valid list with its directory's end record pointing elsewhere. */
function directoryAt(offset: (start: number, length: number) => number): Uint8Array {
  const zip = declaring((real) => real);
  new DataView(zip.buffer).setUint32(zip.length - 22 + 16, offset(directoryOffset(zip), zip.length), true);
  return zip;
}

/** The valid list with a second, hostile zip inside, as Apple Numbers keeps its Index.zip. */
function zipInZip(): Uint8Array {
  return zipOf([
    deflated('Index.zip', lyingBomb(420)),
    ...validParts.filter(({ name }) => name !== '[Content_Types].xml').map(({ name, data }) => deflated(name, data)),
  ]);
}

/** The valid list with one more cell far away: the sheet's extent goes past a limit. */
function withFarCell(address: string): Uint8Array {
  return xlsx(VALID_ROWS, (sheet) => {
    sheet[address] = { t: 's', v: 'x' };
    const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
    const far = XLSX.utils.decode_cell(address);
    range.e = { r: Math.max(range.e.r, far.r), c: Math.max(range.e.c, far.c) };
    sheet['!ref'] = XLSX.utils.encode_range(range);
  });
}

const HOSTILE_TEXT = [
  '__proto__',
  'constructor',
  'prototype',
  '=cmd|"/c calc"!A1',
  '<script>alert(1)</script>',
  '{"__proto__":{"polluted":1}}',
  '\u0000',
  '💣',
];

function htmlAsXls(): Uint8Array {
  const cells = Array.from({ length: random.int(1, 20) }, () => `<td>${random.pick(HOSTILE_TEXT)}</td>`).join('');
  return new TextEncoder().encode(
    `<html><body><script>window.x=1</script><table><tr>${cells}</tr><tr><td>Ким</td></tr></table></body></html>`,
  );
}

function hostileCsv(): Uint8Array {
  const rows = Array.from({ length: random.int(1, 30) }, () =>
    Array.from({ length: random.int(1, 12) }, () =>
      random.chance(0.5)
        ? random.pick(HOSTILE_TEXT)
        : random.chance(0.5)
          ? '"unterminated'
          : String(random.int(0, 1e9)),
    ).join(random.pick([',', ';', '\t'])),
  );
  return new TextEncoder().encode(['__proto__;constructor;ФИО', ...rows].join(random.pick(['\n', '\r\n', '\r'])));
}

interface Case {
  name: string;
  fileName: string;
  data: () => Uint8Array;
  /** `true`: read; a failure: refused with it; nothing: any clear outcome. */
  expect?: true | ReadFailure;
}

function cases(): Case[] {
  const list: Case[] = [];
  const extensions = ['list.xlsx', 'list.xls', 'list.ods', 'list.csv'];
  for (let index = 0; index < 300; index++)
    list.push({
      name: `random bytes ${index}`,
      fileName: random.pick(extensions),
      data: () => randomBytes(random.int(0, 4096)),
    });
  for (let index = 0; index < 150; index++)
    list.push({
      name: `truncated xlsx ${index}`,
      fileName: 'list.xlsx',
      data: () => validXlsx.slice(0, random.int(0, validXlsx.length - 1)),
    });
  for (let index = 0; index < 150; index++)
    list.push({
      name: `corrupted xlsx ${index}`,
      fileName: 'list.xlsx',
      data: () => flip(validXlsx, random.int(1, 40)),
    });
  for (let index = 0; index < 100; index++)
    list.push({ name: `corrupted xls ${index}`, fileName: 'list.xls', data: () => flip(validXls, random.int(1, 40)) });
  for (let index = 0; index < 5; index++)
    list.push({ name: `zip bomb ${index}`, fileName: 'list.xlsx', data: zipBomb, expect: 'too-large' });
  // Zips that lie about their contents: what counts is what is inflated, and only what the directory truly describes.
  const zips: [string, () => Uint8Array, true | ReadFailure][] = [
    ['sizes declared as 0', () => declaring(() => 0), true],
    ['sizes declared too small', () => declaring((real) => real >> 2), true],
    ['sizes declared too large', () => declaring((real) => real * 3 + 1), true],
    ['a 430 KB bomb declaring 0 bytes that inflates to 420 MiB', () => lyingBomb(420), 'too-large'],
    ['a 12 KB bomb of 110 overlapping entries that would inflate to 440 MiB', overlappingBomb, 'damaged-zip'],
    ['one entry nested inside another', () => nestedEntries(validParts[0]?.data ?? new Uint8Array()), 'damaged-zip'],
    ['a zip in a zip holding a bomb', zipInZip, 'unsupported'],
    ['missing directory', () => validXlsx.slice(0, directoryOffset(validXlsx)), 'damaged-zip'],
    [
      'directory cut short',
      () => concat(validXlsx.slice(0, directoryOffset(validXlsx) + 30), validXlsx.slice(-22)),
      'damaged-zip',
    ],
    ['directory pointing past the end', () => directoryAt((_, length) => length + 1000), 'damaged-zip'],
    ['directory pointing into the data', () => directoryAt((start) => start - 100), 'damaged-zip'],
  ];
  for (const [name, data, expected] of zips)
    for (let index = 0; index < (expected === 'too-large' ? 2 : 5); index++)
      list.push({
        name: `${name} ${index}`,
        fileName: random.pick(['list.xlsx', 'list.ods', 'list.csv']),
        data,
        expect: expected,
      });
  list.push({
    name: 'text beginning like a zip',
    fileName: 'list.csv',
    data: () => concat(new Uint8Array([0xef, 0xbb, 0xbf]), lyingBomb(420)),
    expect: 'unreadable',
  });
  for (let index = 0; index < 5; index++)
    list.push({
      name: `huge dimensions ${index}`,
      fileName: 'list.xlsx',
      data: () => withFarCell(index % 2 === 0 ? 'XFD5' : 'A250000'),
      expect: 'too-large',
    });
  for (let index = 0; index < 20; index++)
    list.push({
      name: `formula in every cell ${index}`,
      fileName: 'list.xlsx',
      data: () =>
        xlsx(VALID_ROWS, (sheet) => {
          for (const address of Object.keys(sheet).filter((key) => !key.startsWith('!'))) {
            const cell = sheet[address] as XLSX.CellObject;
            cell.f = 'HYPERLINK("http://evil.example","x")';
          }
        }),
      expect: true,
    });
  for (let index = 0; index < 3; index++)
    list.push({
      name: `10,000 columns ${index}`,
      fileName: 'list.xlsx',
      data: () => xlsx([Array.from({ length: 10_000 }, (_, column) => `c${column}`)]),
      expect: 'too-large',
    });
  for (let index = 0; index < 20; index++)
    list.push({
      name: `deeply merged ${index}`,
      fileName: 'list.xlsx',
      data: () =>
        xlsx(VALID_ROWS, (sheet) => {
          sheet['!merges'] = Array.from({ length: 500 }, (_, merge) => ({
            s: { r: merge % 3, c: 0 },
            e: { r: 2, c: 2 + (merge % 5) },
          }));
        }),
    });
  for (let index = 0; index < 50; index++)
    list.push({ name: `html as xls ${index}`, fileName: 'list.xls', data: htmlAsXls });
  // Excel 2003 XML: damaged, cut short, entities that would expand or read a file of the PC.
  for (let index = 0; index < 40; index++)
    list.push({ name: `corrupted xml ${index}`, fileName: 'list.xml', data: () => flip(validXml, random.int(1, 40)) });
  for (let index = 0; index < 20; index++)
    list.push({
      name: `truncated xml ${index}`,
      fileName: 'list.xml',
      data: () => validXml.slice(0, random.int(0, validXml.length - 1)),
    });
  for (const kind of ['laughs', 'external'] as const)
    list.push({ name: `xml entities: ${kind}`, fileName: 'list.xml', data: () => entityXml(kind) });
  for (let index = 0; index < 200; index++)
    list.push({ name: `hostile csv ${index}`, fileName: 'list.csv', data: hostileCsv });
  return list;
}

describe('importer under hostile files', () => {
  // SheetJS reports every unknown record of a damaged .xls on the console; the outcome is what counts.
  const quiet = vi.spyOn(console, 'error');
  beforeAll(() => quiet.mockImplementation(() => undefined));
  afterAll(() => quiet.mockRestore());

  it('answers every one of more than a thousand bad files with a clear outcome, quickly, and no prototype pollution', async () => {
    const lookups: ImportLookups = await zhambylLookups();
    const all = cases();
    expect(all.length).toBeGreaterThanOrEqual(1_000);
    const db = await openTestDb();
    const scope = scopeAs(db);
    const outcomes = { ok: 0, refused: 0 };
    for (const [index, testCase] of all.entries()) {
      const started = performance.now();
      const outcome = readWorkbook(testCase.fileName, testCase.data());
      if (testCase.expect === true) expect(outcome.ok, testCase.name).toBe(true);
      else if (testCase.expect) expect(outcome, testCase.name).toMatchObject({ ok: false, failure: testCase.expect });
      if (!outcome.ok) {
        expect(['unsupported', 'unreadable', 'damaged-zip', 'empty', 'too-large'], testCase.name).toContain(
          outcome.failure,
        );
        outcomes.refused++;
      } else {
        outcomes.ok++;
        for (const sheet of outcome.workbook.sheets) {
          const analysis = analyseMembers(sheet, detectLayout(sheet, 'members'), lookups, TODAY);
          for (const row of analysis.valid) expect(typeof row.person.surname, testCase.name).toBe('string');
          if (index % 25 === 0) await planMembers(scope, analysis.valid);
        }
      }
      expect(performance.now() - started, testCase.name).toBeLessThan(IMPORT_LIMITS.seconds * 1000);
      expect(Object.keys(Object.prototype), testCase.name).toEqual([]);
      expect(({} as { polluted?: unknown }).polluted, testCase.name).toBeUndefined();
    }
    // Both paths must be exercised: files refused, and damaged files still read into rows the checks saw.
    expect(outcomes.refused).toBeGreaterThan(300);
    expect(outcomes.ok).toBeGreaterThan(300);
    expect(await db.people.count()).toBe(0);
  }, 240_000);

  it('never expands the entities of an Excel 2003 XML file nor reads a file they name', () => {
    for (const kind of ['laughs', 'external'] as const) {
      const outcome = readWorkbook('list.xml', entityXml(kind));
      const texts = outcome.ok ? outcome.workbook.sheets.flatMap((sheet) => sheet.rows.flat()).map(String) : [];
      expect(texts.join(' ').length, kind).toBeLessThan(10_000);
      expect(texts.join(' '), kind).not.toMatch(/root:/);
    }
  });

  it('reads formulas as their values and never as formulas', () => {
    const outcome = readWorkbook(
      'list.xlsx',
      xlsx(VALID_ROWS, (sheet) => {
        (sheet.A2 as XLSX.CellObject).f = 'HYPERLINK("http://evil.example","x")';
      }),
    );
    if (!outcome.ok) throw new Error('refused');
    expect(outcome.workbook.sheets[0]?.rows[1]?.[0]).toBe('Ким Марина Викторовна');
  });

  it('names the limit a file goes over', () => {
    expect(readWorkbook('list.xlsx', new Uint8Array(IMPORT_LIMITS.fileBytes + 1))).toEqual({
      ok: false,
      failure: 'too-large',
      limit: { limit: 'fileBytes', value: IMPORT_LIMITS.fileBytes + 1 },
    });
    expect(readWorkbook('list.xlsx', zipBomb())).toMatchObject({
      failure: 'too-large',
      limit: { limit: 'unzippedBytes', value: 3_900_000_000 },
    });
    const bomb = readWorkbook('list.xlsx', lyingBomb(420));
    expect(bomb).toMatchObject({ failure: 'too-large', limit: { limit: 'unzippedBytes' } });
    expect(bomb.ok ? 0 : bomb.limit?.value).toBeGreaterThan(IMPORT_LIMITS.unzippedBytes);
    const wide = readWorkbook('list.xlsx', xlsx([Array.from({ length: 10_000 }, () => 'x')]));
    expect(wide).toMatchObject({ failure: 'too-large', limit: { limit: 'columns', value: 10_000 } });
    const long = readWorkbook(
      'list.csv',
      new TextEncoder().encode('ФИО\n' + 'Ким Марина\n'.repeat(IMPORT_LIMITS.rows + 5)),
    );
    expect(long).toMatchObject({ failure: 'too-large', limit: { limit: 'rows' } });
  });
});
