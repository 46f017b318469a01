import { IMPORT_LIMITS } from '@/import/limits';
import { unzip, type UnzipOutcome } from '@/import/unzip';

/**
 * What of an authority's form a fill would not keep (ExcelJS drops what it does not read), or would
 * take minutes to read; each has a text under forms.templateRisks in ru and kk, so that the clerk
 * is warned before filling, not after sending.
 */
export type TemplateRisk =
  | 'charts'
  | 'chartSheets'
  | 'pivotTables'
  | 'shapes'
  | 'externalLinks'
  | 'slicers'
  | 'macros'
  | 'embeddedObjects'
  | 'threadedComments'
  | 'sparklines'
  | 'extendedValidations'
  | 'largeValidations';

export type TemplateCheck = { ok: true; risks: TemplateRisk[] } | Exclude<UnzipOutcome, { ok: true }>;

/** Parts ExcelJS never reads, by where Excel puts them. */
const LOST_PARTS: readonly [TemplateRisk, RegExp][] = [
  ['charts', /^xl\/charts\//i],
  ['chartSheets', /^xl\/chartsheets\//i],
  ['pivotTables', /^xl\/(pivotTables|pivotCache)\//i],
  ['externalLinks', /^xl\/externalLinks\//i],
  ['slicers', /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//i],
  ['macros', /vbaProject\.bin$/i],
  ['embeddedObjects', /^xl\/(embeddings|activeX|ctrlProps)\//i],
  ['threadedComments', /^xl\/(threadedComments|persons)\//i],
];

/** Drawn shapes, connectors and groups: ExcelJS keeps a drawing's pictures only. */
const SHAPE = /<(\w+:)?(sp|cxnSp|grpSp)[\s>]/;
/** Excel 2010's extensions of a sheet that ExcelJS does not read (it reads only those of conditional formats). */
const SPARKLINES = /<(\w+:)?sparklineGroups[\s>]/;
const EXTENDED_VALIDATIONS = /<\w+:dataValidations[\s>]/;
const VALIDATION_RANGES = /<(?:\w+:)?dataValidation\b[^>]*\ssqref="([^"]*)"/g;
/**
 * ExcelJS keeps a validation cell by cell as it reads: one list over a whole column (a million
 * cells) takes it seconds and hundreds of megabytes, a few such columns more than a PC has.
 */
const VALIDATED_CELLS_LIMIT = 200_000;

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
}

/** Cells a validation's sqref ("C6:C1048576 E4 F:F") covers, as ExcelJS would expand it. */
function validatedCells(sqref: string): number {
  let cells = 0;
  for (const range of sqref.trim().split(/\s+/)) {
    const [from = '', to = from] = range.split(':');
    const start = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(from);
    const end = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(to);
    if (!start || !end) continue;
    const columns = Math.abs(columnNumber(end[1] ?? '') - columnNumber(start[1] ?? '')) + 1;
    cells += columns * (Math.abs(Number(end[2]) - Number(start[2])) + 1);
  }
  return cells;
}

/**
 * What filling this form would lose or choke on, found in its parts: unzipped here under the
 * importer's budget, nothing parsed but a few markers searched in the sheets and drawings.
 */
export function templateRisks(template: Uint8Array): TemplateCheck {
  const unzipped = unzip(template, IMPORT_LIMITS.unzippedBytes);
  if (!unzipped.ok) return unzipped;
  const risks = new Set<TemplateRisk>();
  const decoder = new TextDecoder();
  let validated = 0;
  for (const { name, data } of unzipped.entries) {
    for (const [risk, part] of LOST_PARTS) if (part.test(name)) risks.add(risk);
    if (/^xl\/drawings\/[^/]+\.xml$/i.test(name) && SHAPE.test(decoder.decode(data))) risks.add('shapes');
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) continue;
    const xml = decoder.decode(data);
    if (SPARKLINES.test(xml)) risks.add('sparklines');
    if (EXTENDED_VALIDATIONS.test(xml)) risks.add('extendedValidations');
    for (const [, sqref = ''] of xml.matchAll(VALIDATION_RANGES)) validated += validatedCells(sqref);
  }
  if (validated > VALIDATED_CELLS_LIMIT) risks.add('largeValidations');
  return { ok: true, risks: [...risks] };
}
