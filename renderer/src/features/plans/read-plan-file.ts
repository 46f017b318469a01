import { DOMParser } from '@xmldom/xmldom';
import mammoth from 'mammoth';
import { cellText } from '@shared/import/cells';
import { planHeaderRows } from '@shared/plans/plan-table';
import { IMPORT_LIMITS } from '@/import/limits';
import { readWorkbook, type ReadFailure } from '@/import/read-workbook';

/** A table a plan may be in, with the lines of text above it (a Word document's title). */
export interface PlanSource {
  rows: string[][];
  before: string[];
  /** The sheet's name, or «Таблица 2» as the document orders its tables (0-based index). */
  sheet?: string;
  table?: number;
}

export type PlanFileFailure = ReadFailure | 'no_plan_table';
export type PlanFileOutcome = { ok: true; source: PlanSource } | { ok: false; failure: PlanFileFailure };

const WORD = /\.docx$/i;
const SPREADSHEET = /\.(xlsx|xls|ods)$/i;

type XmlElement = {
  tagName: string;
  childNodes: ArrayLike<XmlNode>;
  getAttribute: (name: string) => string | null;
};
type XmlNode = { nodeType: number; nodeValue: string | null; childNodes: ArrayLike<XmlNode> } & Partial<XmlElement>;

const ELEMENT = 1;
const TEXT = 3;

function children(node: XmlNode): XmlNode[] {
  return Array.from(node.childNodes ?? []);
}

function elements(node: XmlNode, tag: string): XmlElement[] {
  return children(node).filter(
    (child): child is XmlNode & XmlElement => child.nodeType === ELEMENT && child.tagName?.toLowerCase() === tag,
  );
}

/** A cell's text as Word shows it: its paragraphs one a line. */
function textOf(node: XmlNode): string {
  if (node.nodeType === TEXT) return node.nodeValue ?? '';
  const inner = children(node).map(textOf).join('');
  const tag = node.tagName?.toLowerCase();
  return tag === 'p' || tag === 'li' || tag === 'br' ? `${inner}\n` : inner;
}

/**
 * The rows of an HTML table as a grid from its top-left cell: a cell spanning columns or rows keeps
 * its text in its first place and leaves the others empty, as a sheet's merged cells read.
 */
function tableRows(table: XmlElement): string[][] {
  const rowElements = [
    ...elements(table as XmlNode, 'tr'),
    ...['thead', 'tbody'].flatMap((part) =>
      elements(table as XmlNode, part).flatMap((body) => elements(body as XmlNode, 'tr')),
    ),
  ];
  const grid: string[][] = [];
  rowElements.forEach((row, rowIndex) => {
    const line = (grid[rowIndex] ??= []);
    let column = 0;
    const cells = children(row as XmlNode).filter(
      (child): child is XmlNode & XmlElement => child.nodeType === ELEMENT && /^t[dh]$/i.test(child.tagName ?? ''),
    );
    for (const cell of cells) {
      while (line[column] !== undefined) column++;
      const colspan = Math.max(1, Number(cell.getAttribute('colspan')) || 1);
      const rowspan = Math.max(1, Number(cell.getAttribute('rowspan')) || 1);
      for (let down = 0; down < rowspan; down++) {
        const target = (grid[rowIndex + down] ??= []);
        for (let across = 0; across < colspan; across++) target[column + across] = '';
      }
      line[column] = textOf(cell as XmlNode)
        .replace(/\n+$/, '')
        .trim();
      column += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ''));
}

/** The tables of a Word document, each with the paragraphs standing before it. */
export async function wordTables(data: Uint8Array): Promise<PlanSource[]> {
  const arrayBuffer = data.slice().buffer;
  // Pictures (a coat of arms in the heading) are left out: only the tables' text matters here.
  // mammoth's browser build reads `arrayBuffer`, its Node build (the unit tests) `buffer`.
  const input = { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
  const { value } = await mammoth.convertToHtml(input, {
    convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
  });
  const document = new DOMParser().parseFromString(`<div>${value}</div>`, 'text/html');
  const root = Array.from(document.childNodes as ArrayLike<XmlNode>).find((node) => node.nodeType === ELEMENT);
  if (!root) return [];
  const sources: PlanSource[] = [];
  const before: string[] = [];
  for (const node of children(root)) {
    if (node.nodeType !== ELEMENT) continue;
    if (node.tagName?.toLowerCase() === 'table') {
      // Every line above, not only since the previous table: a title may stand above a table of contacts.
      sources.push({ rows: tableRows(node as XmlElement), before: before.slice(-15), table: sources.length });
    } else {
      const text = textOf(node).trim();
      if (text) before.push(...text.split('\n'));
    }
  }
  return sources;
}

/**
 * Of the tables in a file, the plan: the one with a plan's header and the most rows under it. A
 * Word plan cut into several tables (one a section, or split where a page was) continues in the
 * tables right after it with as many columns, each with the header repeated or without one.
 */
export function pickPlanTable(sources: readonly PlanSource[]): PlanSource | null {
  let best: PlanSource | null = null;
  for (const [index, source] of sources.entries()) {
    if (!planHeaderRows(source.rows)) continue;
    const plan = withContinuation(sources, index);
    if (!best || plan.rows.length > best.rows.length) best = plan;
  }
  return best;
}

/** The table at `index` with the rows of the Word tables continuing it. */
function withContinuation(sources: readonly PlanSource[], index: number): PlanSource {
  const plan = sources[index] as PlanSource;
  if (plan.table === undefined) return plan;
  const width = plan.rows[0]?.length ?? 0;
  const rows = [...plan.rows];
  for (const next of sources.slice(index + 1)) {
    if ((next.rows[0]?.length ?? 0) !== width) break;
    const header = planHeaderRows(next.rows);
    if (header && header[0] !== 0) break;
    let skip = header ? (header.at(-1) ?? 0) + 1 : 0;
    // The row of column numbers under a repeated header goes with it.
    if (header && next.rows[skip]?.every((cell, column) => !cell || cell === String(column + 1))) skip++;
    rows.push(...next.rows.slice(skip));
  }
  return { ...plan, rows };
}

/** Reads the plan's table out of a Word document (.docx) or a spreadsheet (.xlsx, .xls, .ods). */
export async function readPlanFile(fileName: string, data: Uint8Array): Promise<PlanFileOutcome> {
  if (data.byteLength > IMPORT_LIMITS.fileBytes) return { ok: false, failure: 'too-large' };
  let sources: PlanSource[];
  if (WORD.test(fileName)) {
    try {
      sources = await wordTables(data);
    } catch {
      return { ok: false, failure: 'unreadable' };
    }
  } else if (SPREADSHEET.test(fileName)) {
    const read = readWorkbook(fileName, data);
    if (!read.ok) return { ok: false, failure: read.failure };
    sources = read.workbook.sheets.map((sheet) => ({
      rows: sheet.rows.map((row) => row.map((cell) => cellText(cell))),
      before: [],
      sheet: sheet.name,
    }));
  } else return { ok: false, failure: 'unsupported' };
  const source = pickPlanTable(sources);
  return source ? { ok: true, source } : { ok: false, failure: 'no_plan_table' };
}
