import { type AttachmentId, type EventId, toEventId } from '@shared/model/ids';
import type { Attachment } from '@shared/model/records';
import { authorize, type Scope } from '../access';
import { newRecordFields, touched } from '../stamp';
import { appendAudit } from './audit';

/**
 * 25 MB: a programme in PDF or a dozen photos from a phone. Larger files would make every backup
 * (which holds them) slow to write to a flash drive.
 */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export class AttachmentTooLargeError extends Error {
  constructor(readonly fileName: string) {
    super('attachment too large');
    this.name = 'AttachmentTooLargeError';
  }
}

/** Attached files of an event, without their contents: the list is cheap, a file is read when opened. */
export async function attachmentsOf(scope: Scope, ownerId: string): Promise<Omit<Attachment, 'data'>[]> {
  authorize(scope, 'view');
  const { db } = scope;
  const files = await db.attachments.where('ownerId').equals(ownerId).toArray();
  return files
    .filter((file) => !file.deletedAt)
    .map(({ data: _data, ...meta }) => meta)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export function attachmentData(scope: Scope, id: AttachmentId): Promise<Attachment | undefined> {
  authorize(scope, 'view');
  const { db } = scope;
  return db.attachments.get(id);
}

/** Stores a photo or a programme with an event, kept on this PC only and included in backups. */
export async function attachToEvent(
  scope: Scope,
  eventId: EventId,
  file: { name: string; type: string; data: Uint8Array },
): Promise<Attachment> {
  authorize(scope, 'edit');
  const { db } = scope;
  if (file.data.byteLength > MAX_ATTACHMENT_BYTES) throw new AttachmentTooLargeError(file.name);
  return db.transaction('rw', db.events, db.attachments, db.auditLog, async () => {
    const event = await db.events.get(eventId);
    if (!event || event.deletedAt) throw new Error('event not found');
    const attachment: Attachment = {
      ...newRecordFields<AttachmentId>(scope.actor),
      ownerId: eventId,
      fileName: file.name.slice(0, 200),
      mimeType: file.type || 'application/octet-stream',
      size: file.data.byteLength,
      data: file.data,
    };
    await db.attachments.add(attachment);
    await db.events.put({ ...touched(event, scope.actor), attachmentIds: [...event.attachmentIds, attachment.id] });
    await appendAudit(scope, 'create', { table: 'attachments', recordId: attachment.id });
    return attachment;
  });
}

export async function removeAttachment(scope: Scope, id: AttachmentId): Promise<void> {
  authorize(scope, 'edit');
  const { db } = scope;
  await db.transaction('rw', db.events, db.attachments, db.auditLog, async () => {
    const attachment = await db.attachments.get(id);
    if (!attachment) return;
    await db.attachments.delete(id);
    const event = await db.events.get(toEventId(attachment.ownerId));
    if (event)
      await db.events.put({
        ...touched(event, scope.actor),
        attachmentIds: event.attachmentIds.filter((other) => other !== id),
      });
    await appendAudit(scope, 'delete', { table: 'attachments', recordId: id });
  });
}
