import type { Period } from '@shared/events/period';
import { toEventId, toPlanItemId, type PublicationId } from '@shared/model/ids';
import type { BaseRecord, Publication } from '@shared/model/records';
import { publicationInputSchema, type PublicationInput } from '@shared/publications/publication-input';
import { nowTimestamp, today } from '@/lib/clock';
import { authorize, type Scope } from '../access';
import { newRecordFields, touched } from '../stamp';
import { appendAudit } from './audit';

type PublicationFields = Omit<Publication, keyof BaseRecord<PublicationId>>;

function fieldsOf(input: PublicationInput): PublicationFields {
  const fields: PublicationFields = {
    date: input.date,
    outletType: input.outletType,
    outletName: input.outletName,
    language: input.language,
  };
  if (input.title) fields.title = input.title;
  if (input.url) fields.url = input.url;
  if (input.reach !== undefined) fields.reach = input.reach;
  if (input.eventId) fields.eventId = toEventId(input.eventId);
  if (input.planItemId) fields.planItemId = toPlanItemId(input.planItemId);
  return fields;
}

/** Publications of a period, newest first, through the date index. */
export async function publicationsInPeriod(scope: Scope, period: Period): Promise<Publication[]> {
  authorize(scope, 'view');
  const rows = await scope.db.publications.where('date').between(period.from, period.to, true, true).toArray();
  return rows
    .filter((publication) => !publication.deletedAt)
    .sort((a, b) => b.date.localeCompare(a.date) || a.outletName.localeCompare(b.outletName));
}

/** How many live publications name an event: the event's form shows it. */
export async function publicationCountOfEvent(scope: Scope, eventId: string): Promise<number> {
  authorize(scope, 'view');
  const rows = await scope.db.publications.where('eventId').equals(eventId).toArray();
  return rows.filter((publication) => !publication.deletedAt).length;
}

export async function createPublication(scope: Scope, input: unknown): Promise<Publication> {
  authorize(scope, 'edit');
  const { db } = scope;
  const publication: Publication = {
    ...newRecordFields<PublicationId>(scope.actor),
    ...fieldsOf(publicationInputSchema(today()).parse(input)),
  };
  await db.transaction('rw', db.publications, db.auditLog, async () => {
    await db.publications.add(publication);
    await appendAudit(scope, 'create', { table: 'publications', recordId: publication.id });
  });
  return publication;
}

export async function updatePublication(scope: Scope, id: PublicationId, input: unknown): Promise<Publication> {
  authorize(scope, 'edit');
  const { db } = scope;
  const fields = fieldsOf(publicationInputSchema(today()).parse(input));
  return db.transaction('rw', db.publications, db.auditLog, async () => {
    const existing = await db.publications.get(id);
    if (!existing || existing.deletedAt) throw new Error('publication not found');
    const { createdAt, updatedAt, author } = touched(existing, scope.actor);
    const saved: Publication = { id, createdAt, updatedAt, author, ...fields };
    await db.publications.put(saved);
    await appendAudit(scope, 'update', { table: 'publications', recordId: id });
    return saved;
  });
}

/** Marks a publication deleted; restorePublication brings it back (the undo of the notification). */
export async function deletePublication(scope: Scope, id: PublicationId): Promise<void> {
  authorize(scope, 'edit');
  const { db } = scope;
  await db.transaction('rw', db.publications, db.auditLog, async () => {
    const existing = await db.publications.get(id);
    if (!existing || existing.deletedAt) return;
    await db.publications.put({ ...touched(existing, scope.actor), deletedAt: nowTimestamp() });
    await appendAudit(scope, 'delete', { table: 'publications', recordId: id });
  });
}

export async function restorePublication(scope: Scope, id: PublicationId): Promise<void> {
  authorize(scope, 'edit');
  const { db } = scope;
  await db.transaction('rw', db.publications, db.auditLog, async () => {
    const existing = await db.publications.get(id);
    if (!existing?.deletedAt) return;
    const restored = touched(existing, scope.actor);
    delete restored.deletedAt;
    await db.publications.put(restored);
    await appendAudit(scope, 'update', { table: 'publications', recordId: id });
  });
}
