import type { AuthorityFormId } from '@shared/model/ids';
import type { AuthorityForm } from '@shared/model/records';
import { formMappingSchema, type FormMapping } from '@shared/forms/mapping';
import { authorize, type Scope } from '../access';
import { newRecordFields, touched } from '../stamp';
import { appendAudit } from './audit';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A form as the list shows it: everything but the workbook's bytes. */
export type AuthorityFormSummary = Omit<AuthorityForm, 'template'>;

/** The office's forms of the authority, newest change first, without their workbooks. */
export async function listAuthorityForms(scope: Scope): Promise<AuthorityFormSummary[]> {
  authorize(scope, 'view');
  const forms = await scope.db.authorityForms.orderBy('updatedAt').reverse().toArray();
  return forms.filter((form) => !form.deletedAt).map(({ template: _template, ...summary }) => summary);
}

export async function authorityForm(scope: Scope, id: AuthorityFormId): Promise<AuthorityForm | undefined> {
  authorize(scope, 'view');
  const form = await scope.db.authorityForms.get(id);
  return form && !form.deletedAt ? form : undefined;
}

/**
 * Stores a form with its blank workbook (a new one), or its mapping changed (an existing one). The
 * mapping is checked again here: whatever screen or file it came from, a stored form always fills.
 */
export async function saveAuthorityForm(
  scope: Scope,
  input: { id?: AuthorityFormId; mapping: FormMapping; template?: Uint8Array },
): Promise<AuthorityForm> {
  authorize(scope, 'edit');
  const mapping = formMappingSchema.parse(input.mapping);
  const { db } = scope;
  return db.transaction('rw', db.authorityForms, db.auditLog, async () => {
    const existing = input.id ? await db.authorityForms.get(input.id) : undefined;
    if (input.id && (!existing || existing.deletedAt)) throw new Error('form not found');
    const template = input.template ?? existing?.template;
    if (!template) throw new Error('a new form needs its workbook');
    const form: AuthorityForm = existing
      ? { ...touched(existing, scope.actor), mapping, template, size: template.byteLength }
      : {
          ...newRecordFields<AuthorityFormId>(scope.actor),
          mapping,
          mimeType: XLSX_TYPE,
          size: template.byteLength,
          template,
        };
    await db.authorityForms.put(form);
    await appendAudit(scope, existing ? 'update' : 'create', {
      table: 'authorityForms',
      recordId: form.id,
      details: { form: mapping.name },
    });
    return form;
  });
}

/** Removes a form from the list; the record stays, marked deleted, as every deletion does. */
export async function deleteAuthorityForm(scope: Scope, id: AuthorityFormId): Promise<void> {
  authorize(scope, 'edit');
  const { db } = scope;
  await db.transaction('rw', db.authorityForms, db.auditLog, async () => {
    const form = await db.authorityForms.get(id);
    if (!form || form.deletedAt) return;
    const now = touched(form, scope.actor);
    await db.authorityForms.put({ ...now, deletedAt: now.updatedAt });
    await appendAudit(scope, 'delete', {
      table: 'authorityForms',
      recordId: id,
      details: { form: form.mapping.name },
    });
  });
}
