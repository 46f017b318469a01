import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { formatDate } from '../dates/format';
import type { ExportCell, ExportColumn, ExportTable } from '../export/table';
import type { Language } from '../i18n/languages';
import type { IsoDate } from '../model/records';
import { formatNumber } from '../text/number-format';
import { documentDate } from './document-date';
import { A4_TWIPS, mmToTwips, type WordLayout } from './layout';

const FONT = 'Times New Roman';
/** Sizes in half-points, as Word stores them: 14 pt for the text, 12 pt for tables. */
const TEXT_SIZE = 28;
const TABLE_SIZE = 24;
/** The paragraph indent of the text, 1,25 cm. */
const FIRST_LINE_INDENT = mmToTwips(12.5);

/** One numbered part of a document: its heading, the sentences, then its table. */
export interface WordSection {
  heading: string;
  paragraphs: readonly string[];
  table?: ExportTable;
  /** Written instead of a table that has no rows. */
  emptyText?: string;
  /** Pictures after the table: the dashboard's charts. */
  pictures?: readonly WordPicture[];
}

/** A PNG placed across the text width, with its size in CSS pixels and a description for screen readers. */
export interface WordPicture {
  png: Uint8Array;
  width: number;
  height: number;
  description: string;
}

/** A document in one language: the Kazakh and the Russian texts of a bilingual one are two parts. */
export interface WordPart {
  language: Language;
  /** "Информация о проделанной работе" */
  title: string;
  /** "за период с 01.07.2026 по 30.09.2026" */
  subtitle?: string;
  /** Unnumbered paragraphs under the title, before any section: a letter's text. */
  body?: readonly string[];
  /** Where the document is drawn up, in this part's language: the district or the oblast of the office. */
  place: string;
  sections: readonly WordSection[];
  signatory: { position: string; name: string };
}

export interface WordDocumentInput {
  officeName: string;
  date: IsoDate;
  parts: readonly WordPart[];
  layout: WordLayout;
}

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  left: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  right: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'auto' },
};

function textWidth(layout: WordLayout): number {
  return A4_TWIPS.width - mmToTwips(layout.marginsMm.left) - mmToTwips(layout.marginsMm.right);
}

/** A table cell's text as a document writes it: 2 350, 12,5, 01.07.2026. */
export function cellText(value: ExportCell, kind: ExportColumn['kind']): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? formatNumber(value) : formatNumber(value, 1);
  if (kind === 'date' && /^\d{4}-\d{2}-\d{2}/.test(value)) return formatDate(value);
  return value;
}

const alignmentOf = (kind: ExportColumn['kind']) =>
  kind === 'number'
    ? AlignmentType.RIGHT
    : kind === 'date' || kind === 'code'
      ? AlignmentType.CENTER
      : AlignmentType.LEFT;

function cell(
  text: string,
  options: { width: number; bold?: boolean; alignment: (typeof AlignmentType)[keyof typeof AlignmentType] },
) {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: options.alignment,
          children: [new TextRun({ text: line, bold: options.bold, size: TABLE_SIZE })],
        }),
    ),
  });
}

/** About the width in twips of a digit and of a letter of Times New Roman 12, and a cell's padding. */
const DIGIT_TWIPS = 120;
const LETTER_TWIPS = 140;
const CELL_PADDING = 260;

/**
 * Column widths in twips across the text width. Numbers, dates and codes get what their longest
 * value and the longest word of their header need, so that 07.03.2026 or 2 350 never break; the
 * text columns share the rest in the proportions the workbook gives them, none narrower than the
 * longest word of its header. When that is more than the page, the wide text columns give way.
 */
export function columnWidths(table: Pick<ExportTable, 'columns' | 'rows' | 'totals'>, width: number): number[] {
  const rows = table.totals ? [...table.rows, table.totals] : table.rows;
  const longestWord = (text: string) => Math.max(0, ...text.split(/[\s/]+/).map((word) => word.length));
  const least = table.columns.map((column, index) => {
    // A header word longer than seven letters («Участников») may wrap; a number or a date may not.
    const header = Math.min(longestWord(column.header), 7) * LETTER_TWIPS;
    const values =
      column.kind === 'text'
        ? 0
        : Math.max(0, ...rows.map((row) => cellText(row[index] ?? null, column.kind).length)) * DIGIT_TWIPS;
    return Math.max(header, values, 2 * DIGIT_TWIPS) + CELL_PADDING;
  });
  const isText = table.columns.map((column) => column.kind === 'text');
  const fixed = least.reduce((sum, value, index) => sum + (isText[index] ? 0 : value), 0);
  const textShare = table.columns.reduce((sum, column, index) => sum + (isText[index] ? column.width : 0), 0);
  const wanted = table.columns.map((column, index) =>
    isText[index]
      ? Math.max(least[index] ?? 0, ((width - fixed) * column.width) / (textShare || 1))
      : (least[index] ?? 0),
  );
  const excess = wanted.reduce((sum, value) => sum + value, 0) - width;
  const flexible = wanted.reduce((sum, value, index) => sum + (isText[index] ? value - (least[index] ?? 0) : 0), 0);
  if (excess > 0 && flexible >= excess)
    return wanted.map((value, index) =>
      Math.floor(isText[index] ? value - (excess * (value - (least[index] ?? 0))) / flexible : value),
    );
  if (excess <= 0) return wanted.map(Math.floor);
  // Not even the headers' words fit: the text columns share what is left (their headers wrap inside
  // a word); only when numbers and dates alone are wider than the page does everything narrow.
  const leastText = least.reduce((sum, value, index) => sum + (isText[index] ? value : 0), 0);
  if (fixed < width && leastText > 0) {
    // A third by the headers' words, two thirds by the workbook's proportions.
    const weight = (index: number) =>
      (least[index] ?? 0) / leastText / 3 + ((table.columns[index]?.width ?? 0) / (textShare || 1)) * (2 / 3);
    return least.map((value, index) => Math.floor(isText[index] ? (width - fixed) * weight(index) : value));
  }
  const scale = width / wanted.reduce((sum, value) => sum + value, 0);
  return wanted.map((value) => Math.floor(value * scale));
}

/**
 * A report's table in 12 pt: the header row repeated on every page the table runs over, rows
 * never split across pages, column widths in the proportions the workbook gives them.
 */
function reportTable(table: ExportTable, width: number): Table {
  const widths = columnWidths(table, width);
  const bold = new Set(table.boldRows ?? []);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((column, index) =>
      cell(column.header, { width: widths[index] ?? 0, bold: true, alignment: AlignmentType.CENTER }),
    ),
  });
  const row = (values: readonly ExportCell[], strong: boolean) =>
    new TableRow({
      cantSplit: true,
      children: table.columns.map((column, index) =>
        cell(cellText(values[index] ?? null, column.kind), {
          width: widths[index] ?? 0,
          bold: strong,
          alignment: alignmentOf(column.kind),
        }),
      ),
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      header,
      ...table.rows.map((values, index) => row(values, bold.has(index))),
      ...(table.totals ? [row(table.totals, true)] : []),
    ],
  });
}

const centred = (text: string, bold = false) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold })] });

const bodyParagraph = (text: string, spaceAfter = 0) =>
  new Paragraph({
    spacing: { after: spaceAfter },
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    children: [new TextRun(text)],
  });

/** A picture scaled to the text width at most (twips to pixels: 15 to one). */
function pictureParagraph(picture: WordPicture, width: number): Paragraph {
  const scale = Math.min(1, width / 15 / picture.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 240 },
    keepLines: true,
    children: [
      new ImageRun({
        type: 'png',
        data: picture.png,
        transformation: { width: Math.floor(picture.width * scale), height: Math.floor(picture.height * scale) },
        altText: { name: picture.description, description: picture.description, title: picture.description },
      }),
    ],
  });
}

/** The signature: the position on the left, the name ending at the right margin on its last line. */
function signatureBlock(signatory: WordPart['signatory'], width: number): Table {
  const left = Math.round(width * 0.6);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, width - left],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: left, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.BOTTOM,
            children: signatory.position
              .split('\n')
              .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: true })] })),
          }),
          new TableCell({
            width: { size: width - left, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.BOTTOM,
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: signatory.name, bold: true })],
              }),
            ],
          }),
        ],
      }),
    ],
  });
}

function partSection(input: WordDocumentInput, part: WordPart): ISectionOptions {
  const width = textWidth(input.layout);
  const { marginsMm } = input.layout;
  const children: (Paragraph | Table)[] = [
    centred(input.officeName, true),
    new Paragraph({
      spacing: { before: 240, after: 240 },
      tabStops: [{ type: TabStopType.RIGHT, position: width }],
      children: [new TextRun(documentDate(input.date, part.language)), new TextRun({ text: `\t${part.place}` })],
    }),
    centred(part.title, true),
    ...(part.subtitle ? [centred(part.subtitle)] : []),
    ...(part.body ?? []).map((text) => bodyParagraph(text, 120)),
  ];
  part.sections.forEach((section, index) => {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        spacing: { before: 240, after: 120 },
        keepNext: true,
        children: [new TextRun(`${index + 1}. ${section.heading}`)],
      }),
      // A little air between the last sentence and the table under it.
      ...section.paragraphs.map((text, line) =>
        bodyParagraph(text, line === section.paragraphs.length - 1 && section.table ? 120 : 0),
      ),
    );
    const table = section.table;
    if (table && table.rows.length > 0) {
      children.push(reportTable(table, width));
      for (const note of table.notes ?? [])
        children.push(new Paragraph({ children: [new TextRun({ text: note, size: TABLE_SIZE, italics: true })] }));
    } else if (table && section.emptyText) children.push(bodyParagraph(section.emptyText));
    for (const picture of section.pictures ?? []) children.push(pictureParagraph(picture, width));
  });
  children.push(new Paragraph({ spacing: { before: 480 }, children: [] }), signatureBlock(part.signatory, width));
  return {
    properties: {
      // The first page has no number; the next ones are numbered at the top, in the middle.
      titlePage: true,
      page: {
        size: { width: A4_TWIPS.width, height: A4_TWIPS.height },
        margin: {
          top: mmToTwips(marginsMm.top),
          right: mmToTwips(marginsMm.right),
          bottom: mmToTwips(marginsMm.bottom),
          left: mmToTwips(marginsMm.left),
          header: mmToTwips(10),
          footer: mmToTwips(10),
        },
      },
    },
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: [PageNumber.CURRENT] })],
          }),
        ],
      }),
      first: new Header({ children: [new Paragraph({ children: [] })] }),
    },
    children,
  };
}

/**
 * An official document of the office as a Word file: the office's name, the date and place, the
 * title, numbered sections with text and tables, and the signature; each language a part of its
 * own, starting on a new page, in the order given (Kazakh first in a bilingual one).
 */
export function wordDocument(input: WordDocumentInput): Document {
  const run = { font: FONT, size: TEXT_SIZE, color: '000000' };
  return new Document({
    creator: 'Kelisim',
    title: input.parts.map((part) => part.title).join(' / '),
    styles: {
      default: {
        // Single spacing said outright: LibreOffice reads a line height with no rule as exact, and cuts pictures to it.
        document: {
          run: { font: FONT, size: TEXT_SIZE },
          paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
        },
        heading1: { run: { ...run, bold: true }, paragraph: { spacing: { before: 240, after: 120 } } },
      },
    },
    sections: input.parts.map((part) => partSection(input, part)),
  });
}

/** The document's bytes, ready to save as .docx. */
export function wordBytes(input: WordDocumentInput): Promise<Uint8Array> {
  return Packer.pack(wordDocument(input), 'uint8array');
}
