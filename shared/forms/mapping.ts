import { z } from 'zod';
import { periodKinds } from '../events/period';
import { catalogueFigure, dimensions, figureIds, figurePeriods } from './catalogue';

const sheetName = z.string().min(1).max(31);
const column = z.string().regex(/^[A-Z]{1,3}$/);
/** Excel's last row is 1,048,576. */
const rowNumber = z.number().int().min(1).max(1_048_576);

export const figureRefSchema = z.object({
  figure: z.enum(figureIds),
  period: z.enum(figurePeriods).optional(),
});

/** One cell of the authority's form that takes one figure: "B7" ← events held in the quarter. */
export const cellMappingSchema = z
  .object({
    sheet: sheetName,
    address: z.string().regex(/^[A-Z]{1,3}[1-9]\d{0,6}$/),
    figure: figureRefSchema,
  })
  .refine((cell) => catalogueFigure(cell.figure.figure).dimension === 'none', {
    message: 'A single cell takes a figure of no dimension',
    path: ['figure'],
  });

/**
 * A table of the form whose rows are districts, villages, ethnic groups…: each row's label (as the
 * form has it) and the directory entry it was matched to (null: none, or a totals row); each column
 * takes a figure of the block's dimension for the row's entry.
 */
export const blockMappingSchema = z
  .object({
    sheet: sheetName,
    labelColumn: column,
    firstRow: rowNumber,
    lastRow: rowNumber,
    dimension: z.enum(dimensions).exclude(['none']),
    rows: z
      .array(z.object({ row: rowNumber, label: z.string().max(500), match: z.string().min(1).max(100).nullable() }))
      .max(5_000),
    columns: z.array(z.object({ column, figure: figureRefSchema })).max(200),
  })
  .superRefine((block, context) => {
    if (block.firstRow > block.lastRow)
      context.addIssue({ code: 'custom', path: ['lastRow'], message: 'The last row comes before the first' });
    block.rows.forEach((row, at) => {
      if (row.row < block.firstRow || row.row > block.lastRow)
        context.addIssue({ code: 'custom', path: ['rows', at, 'row'], message: 'A row outside the block' });
    });
    block.columns.forEach((entry, at) => {
      if (catalogueFigure(entry.figure.figure).dimension !== block.dimension)
        context.addIssue({ code: 'custom', path: ['columns', at, 'figure'], message: 'A figure of another dimension' });
    });
  });

/** How a district fills one form of the authority every period, and the template it was mapped on. */
export const formMappingSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    periodKind: z.enum(periodKinds),
    template: z.object({
      fileName: z.string().min(1).max(260),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
    cells: z.array(cellMappingSchema).max(20_000),
    blocks: z.array(blockMappingSchema).max(500),
  })
  .superRefine((form, context) => {
    // A cell mapped twice would take whichever figure the writer met last.
    const mapped = new Set<string>();
    const once = (sheet: string, address: string, path: (string | number)[]) => {
      const cell = `${sheet}!${address}`;
      if (mapped.has(cell)) context.addIssue({ code: 'custom', path, message: `${cell} is mapped twice` });
      mapped.add(cell);
    };
    form.cells.forEach((cell, at) => once(cell.sheet, cell.address, ['cells', at, 'address']));
    form.blocks.forEach((block, at) => {
      for (const row of block.rows)
        for (const { column } of block.columns) once(block.sheet, `${column}${row.row}`, ['blocks', at, 'columns']);
    });
  });

export type FigureRefInput = z.infer<typeof figureRefSchema>;
export type CellMapping = z.infer<typeof cellMappingSchema>;
export type BlockMapping = z.infer<typeof blockMappingSchema>;
export type FormMapping = z.infer<typeof formMappingSchema>;

/** The exchange file's mark and version: a file of a newer version is refused, never half read. */
export const MAPPING_FORMAT = 'kelisim-form-mapping';
export const MAPPING_VERSION = 1;

/** Why a mapping file was refused; each has a text under forms.importErrors in ru and kk. */
export type MappingFileError =
  | { code: 'notJson' }
  | { code: 'notMapping' }
  | { code: 'newerVersion'; found: number; supported: number }
  | { code: 'invalid'; path: string };

export type MappingFileResult = { ok: true; form: FormMapping } | { ok: false; error: MappingFileError };

/** The small file one office exports so that others fill the same form without mapping it again. */
export function mappingFile(form: FormMapping): string {
  return `${JSON.stringify({ format: MAPPING_FORMAT, version: MAPPING_VERSION, form }, null, 2)}\n`;
}

const envelopeSchema = z.object({ format: z.literal(MAPPING_FORMAT), version: z.number().int().min(1) });

/** A mapping file read back: its form when it is one this version can read, else why not. */
export function readMappingFile(text: string): MappingFileResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: { code: 'notJson' } };
  }
  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success) return { ok: false, error: { code: 'notMapping' } };
  if (envelope.data.version > MAPPING_VERSION)
    return { ok: false, error: { code: 'newerVersion', found: envelope.data.version, supported: MAPPING_VERSION } };
  const form = formMappingSchema.safeParse((parsed as { form?: unknown }).form);
  if (!form.success) return { ok: false, error: { code: 'invalid', path: form.error.issues[0]?.path.join('.') ?? '' } };
  return { ok: true, form: form.data };
}
