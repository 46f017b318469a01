import { describe, expect, it } from 'vitest';
import { kk } from '../i18n/kk';
import { ru } from '../i18n/ru';
import { MAPPING_VERSION, formMappingSchema, mappingFile, readMappingFile, type FormMapping } from './mapping';

const form: FormMapping = {
  name: 'Отчёт по этносам (форма области)',
  periodKind: 'quarter',
  template: { fileName: 'Форма 3-ЭК.xlsx', sha256: '0123456789abcdef'.repeat(4) },
  cells: [{ sheet: 'Лист1', address: 'B7', figure: { figure: 'eventsHeld', period: 'q3' } }],
  blocks: [
    {
      sheet: 'Лист1',
      labelColumn: 'A',
      firstRow: 10,
      lastRow: 12,
      dimension: 'ethnos',
      rows: [
        { row: 10, label: 'казахи', match: 'kazakhs' },
        { row: 11, label: 'прочие', match: null },
        { row: 12, label: 'Итого', match: null },
      ],
      columns: [{ column: 'C', figure: { figure: 'membersByEthnos' } }],
    },
  ],
};

const fileOf = (envelope: object) => JSON.stringify(envelope);

describe('the saved mapping of a form and its exchange file', () => {
  it('comes back from its exported file exactly as it was saved', () => {
    const text = mappingFile(form);
    expect(JSON.parse(text)).toMatchObject({ format: 'kelisim-form-mapping', version: MAPPING_VERSION });
    expect(readMappingFile(text)).toEqual({ ok: true, form });
    expect(readMappingFile(`\uFEFF${text}`)).toEqual({ ok: true, form });
  });

  it('refuses a file of a newer version, saying which, rather than reading part of it', () => {
    const newer = fileOf({ format: 'kelisim-form-mapping', version: MAPPING_VERSION + 1, form: { anything: 1 } });
    expect(readMappingFile(newer)).toEqual({
      ok: false,
      error: { code: 'newerVersion', found: MAPPING_VERSION + 1, supported: MAPPING_VERSION },
    });
  });

  it('tells a broken file, another kind of file and a damaged mapping apart', () => {
    expect(readMappingFile('{"format": "kelisim-form')).toEqual({ ok: false, error: { code: 'notJson' } });
    expect(readMappingFile(fileOf({ format: 'kelisim-exchange', version: 1 }))).toEqual({
      ok: false,
      error: { code: 'notMapping' },
    });
    const damaged = { ...form, cells: [{ sheet: 'Лист1', address: 'B0', figure: { figure: 'eventsHeld' } }] };
    expect(readMappingFile(fileOf({ format: 'kelisim-form-mapping', version: 1, form: damaged }))).toEqual({
      ok: false,
      error: { code: 'invalid', path: 'cells.0.address' },
    });
  });

  it('keeps a figure to where it belongs: a single cell takes no row figure, a block only its dimension', () => {
    const cellByRow = { ...form, cells: [{ sheet: 'Лист1', address: 'B7', figure: { figure: 'membersByEthnos' } }] };
    expect(formMappingSchema.safeParse(cellByRow).success).toBe(false);
    const block = form.blocks[0];
    if (!block) throw new Error('the form has a block');
    const wrongColumn = { ...block, columns: [{ column: 'C', figure: { figure: 'eventsHeldByDistrict' } }] };
    expect(formMappingSchema.safeParse({ ...form, blocks: [wrongColumn] }).success).toBe(false);
    const rowOutside = { ...block, rows: [{ row: 13, label: 'казахи', match: 'kazakhs' }] };
    expect(formMappingSchema.safeParse({ ...form, blocks: [rowOutside] }).success).toBe(false);
    expect(formMappingSchema.safeParse({ ...form, periodKind: 'week' }).success).toBe(false);
  });

  it('refuses a cell mapped twice, by a single cell and a block', () => {
    const twice = { ...form, cells: [{ sheet: 'Лист1', address: 'C10', figure: { figure: 'members' } }] };
    const result = formMappingSchema.safeParse(twice);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Лист1!C10 is mapped twice']);
    expect(formMappingSchema.safeParse({ ...twice, cells: [{ ...twice.cells[0], sheet: 'Лист2' }] }).success).toBe(
      true,
    );
  });

  it('has a reason in both languages for each way an import can fail', () => {
    for (const code of ['notJson', 'notMapping', 'newerVersion', 'invalid'] as const) {
      expect(ru.forms.importErrors[code].length).toBeGreaterThan(10);
      expect(kk.forms.importErrors[code]).not.toBe(ru.forms.importErrors[code]);
    }
    expect(ru.forms.importErrors.newerVersion).toContain('{{found}}');
    expect(kk.forms.importErrors.newerVersion).toContain('{{found}}');
  });
});
