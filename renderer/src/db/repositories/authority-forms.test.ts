import { describe, expect, it } from 'vitest';
import type { FormMapping } from '@shared/forms/mapping';
import { openTestScope, scopeAs } from '../test-db';
import { auditEntries } from './audit';
import { authorityForm, deleteAuthorityForm, listAuthorityForms, saveAuthorityForm } from './authority-forms';

const mapping: FormMapping = {
  name: 'Квартальная информация АНК',
  periodKind: 'quarter',
  template: { fileName: 'форма.xlsx', sha256: 'a'.repeat(64) },
  cells: [{ sheet: 'Лист1', address: 'C5', figure: { figure: 'eventsHeld' } }],
  blocks: [],
};
const workbook = new Uint8Array([80, 75, 3, 4, 1, 2, 3]);

describe('the authority forms of an office', () => {
  it('keeps a form with its workbook and lists it without the bytes', async () => {
    const scope = await openTestScope('editor');
    const saved = await saveAuthorityForm(scope, { mapping, template: workbook });
    const [listed] = await listAuthorityForms(scope);
    expect(listed).toMatchObject({ id: saved.id, mapping: { name: mapping.name }, size: workbook.byteLength });
    expect(listed).not.toHaveProperty('template');
    expect((await authorityForm(scope, saved.id))?.template).toEqual(workbook);
  });

  it('changes the mapping and keeps the workbook, with both writes in the audit log', async () => {
    const scope = await openTestScope('editor');
    const saved = await saveAuthorityForm(scope, { mapping, template: workbook });
    await saveAuthorityForm(scope, { id: saved.id, mapping: { ...mapping, name: 'Форма 2' } });
    const form = await authorityForm(scope, saved.id);
    expect(form?.mapping.name).toBe('Форма 2');
    expect(form?.template).toEqual(workbook);
    const actions = (await auditEntries(scopeAs(scope.db, 'administrator'))).filter(
      (entry) => entry.table === 'authorityForms',
    );
    expect(actions.map((entry) => entry.action).sort()).toEqual(['create', 'update']);
  });

  it('refuses a mapping that would put two figures in one cell, storing nothing', async () => {
    const scope = await openTestScope('editor');
    const twice = { ...mapping, cells: [...mapping.cells, ...mapping.cells] };
    await expect(saveAuthorityForm(scope, { mapping: twice, template: workbook })).rejects.toThrow();
    expect(await listAuthorityForms(scope)).toEqual([]);
  });

  it('removes a form from the list and keeps the record marked deleted', async () => {
    const scope = await openTestScope('editor');
    const saved = await saveAuthorityForm(scope, { mapping, template: workbook });
    await deleteAuthorityForm(scope, saved.id);
    expect(await listAuthorityForms(scope)).toEqual([]);
    expect((await scope.db.authorityForms.get(saved.id))?.deletedAt).toBeTruthy();
  });

  it('lets a viewer see forms but not add them', async () => {
    const scope = await openTestScope('editor');
    await saveAuthorityForm(scope, { mapping, template: workbook });
    const viewer = scopeAs(scope.db, 'viewer');
    expect(await listAuthorityForms(viewer)).toHaveLength(1);
    await expect(saveAuthorityForm(viewer, { mapping, template: workbook })).rejects.toThrow(/access denied/);
  });
});
