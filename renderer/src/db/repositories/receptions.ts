import type { Period } from '@shared/events/period';
import { periodBounds } from '@shared/events/period';
import type { DirectoryItemId, PersonId, PlaceId, ReceptionId, VisitId } from '@shared/model/ids';
import type { BaseRecord, IsoDate, Reception, ReceptionControl } from '@shared/model/records';
import { addControlNote, closeControl, controlList, extendControl } from '@shared/receptions/control';
import { receptionInputSchema, type ReceptionInput } from '@shared/receptions/reception-input';
import { nowTimestamp, today } from '@/lib/clock';
import type { KelisimDb } from '../db';
import { currentAuthor } from '../session';
import { newRecordFields, touched } from '../stamp';
import { appendAudit } from './audit';

type ReceptionFields = Omit<Reception, keyof BaseRecord<ReceptionId>>;

/** The stored fields of a reception built from validated input; the control history is kept on edits. */
export function receptionFields(input: ReceptionInput, previous?: ReceptionControl): ReceptionFields {
  const fields: ReceptionFields = {
    date: input.date,
    topicCode: input.topicCode,
    outcome: input.outcome,
    confidential: input.confidential,
  };
  if (input.placeId) fields.placeId = input.placeId as PlaceId;
  if (input.visitId) fields.visitId = input.visitId as VisitId;
  if (input.officialId) fields.officialId = input.officialId as PersonId;
  if (input.citizenId) fields.citizenId = input.citizenId as PersonId;
  if (input.summary) fields.summary = input.summary;
  if (input.outcome === 'helped' && input.helpText) fields.helpText = input.helpText;
  if (input.outcome === 'referred' && input.referredToAgencyId)
    fields.referredToAgencyId = input.referredToAgencyId as DirectoryItemId;
  if (input.outcome === 'declined' && input.declineReason) fields.declineReason = input.declineReason;
  if (input.outcome === 'control' && input.responsibleBody && input.deadline) {
    fields.control = {
      ...(previous ?? { history: [] }),
      responsibleBody: input.responsibleBody,
      deadline: input.deadline,
    };
    if (!fields.control.closedOn) fields.openControlDue = fields.control.deadline;
  }
  return fields;
}

/** The copy of the deadline the control list reads through its index, set only while the item is open. */
function withOpenDue(reception: Reception): Reception {
  const next = { ...reception };
  if (next.control && !next.control.closedOn) next.openControlDue = next.control.deadline;
  else delete next.openControlDue;
  return next;
}

export async function createReception(db: KelisimDb, input: unknown): Promise<Reception> {
  const parsed = receptionInputSchema(today()).parse(input);
  const reception: Reception = { ...newRecordFields<ReceptionId>(), ...receptionFields(parsed) };
  await db.transaction('rw', db.receptions, db.auditLog, async () => {
    await db.receptions.add(reception);
    await appendAudit(db, 'create', { table: 'receptions', recordId: reception.id });
  });
  return reception;
}

export async function updateReception(db: KelisimDb, id: ReceptionId, input: unknown): Promise<Reception> {
  const parsed = receptionInputSchema(today()).parse(input);
  return db.transaction('rw', db.receptions, db.auditLog, async () => {
    const existing = await mustGet(db, id);
    const { id: keptId, createdAt, updatedAt, author } = touched(existing);
    const saved: Reception = {
      id: keptId,
      createdAt,
      updatedAt,
      author,
      ...receptionFields(parsed, existing.control),
    };
    await db.receptions.put(saved);
    await appendAudit(db, 'update', { table: 'receptions', recordId: id });
    return saved;
  });
}

async function mustGet(db: KelisimDb, id: ReceptionId): Promise<Reception> {
  const existing = await db.receptions.get(id);
  if (!existing || existing.deletedAt) throw new Error('reception not found');
  return existing;
}

async function changeControl(
  db: KelisimDb,
  id: ReceptionId,
  change: (control: ReceptionControl) => ReceptionControl,
): Promise<Reception> {
  return db.transaction('rw', db.receptions, db.auditLog, async () => {
    const existing = await mustGet(db, id);
    if (!existing.control) throw new Error('reception is not under control');
    const saved = withOpenDue({ ...touched(existing), control: change(existing.control) });
    await db.receptions.put(saved);
    await appendAudit(db, 'update', { table: 'receptions', recordId: id });
    return saved;
  });
}

export const extendReceptionControl = (db: KelisimDb, id: ReceptionId, deadline: IsoDate, reason: string) =>
  changeControl(db, id, (control) => extendControl(control, deadline, reason, nowTimestamp(), currentAuthor()));

export const addReceptionControlNote = (db: KelisimDb, id: ReceptionId, text: string) =>
  changeControl(db, id, (control) => addControlNote(control, text, nowTimestamp(), currentAuthor()));

export const closeReceptionControl = (db: KelisimDb, id: ReceptionId, closedOn: IsoDate, resolution: string) =>
  changeControl(db, id, (control) => closeControl(control, closedOn, resolution));

/** A closed item opened again (closed by mistake): its resolution goes into the history. */
export const reopenReceptionControl = (db: KelisimDb, id: ReceptionId) =>
  changeControl(db, id, (control) => {
    const { closedOn, resolution, ...open } = control;
    return addControlNote(open, `${closedOn ?? ''} ${resolution ?? ''}`.trim(), nowTimestamp(), currentAuthor());
  });

export async function deleteReception(db: KelisimDb, id: ReceptionId): Promise<void> {
  await db.transaction('rw', db.receptions, db.auditLog, async () => {
    const existing = await db.receptions.get(id);
    if (!existing || existing.deletedAt) return;
    const deleted = { ...touched(existing), deletedAt: nowTimestamp() };
    delete deleted.openControlDue;
    await db.receptions.put(deleted);
    await appendAudit(db, 'delete', { table: 'receptions', recordId: id });
  });
}

export async function restoreReception(db: KelisimDb, id: ReceptionId): Promise<void> {
  await db.transaction('rw', db.receptions, db.auditLog, async () => {
    const existing = await db.receptions.get(id);
    if (!existing?.deletedAt) return;
    const restored = withOpenDue(touched(existing));
    delete restored.deletedAt;
    await db.receptions.put(restored);
    await appendAudit(db, 'update', { table: 'receptions', recordId: id });
  });
}

export async function getReception(db: KelisimDb, id: ReceptionId): Promise<Reception | undefined> {
  const reception = await db.receptions.get(id);
  return reception && !reception.deletedAt ? reception : undefined;
}

/**
 * Receptions of a period, newest first, through the date index. Confidential ones are left out
 * unless the user chose to include them.
 */
export async function receptionsInPeriod(
  db: KelisimDb,
  period: Period,
  includeConfidential: boolean,
): Promise<Reception[]> {
  const [from, to] = periodBounds(period);
  const rows = await db.receptions.where('date').between(from.slice(0, 10), to.slice(0, 10), true, false).toArray();
  return rows
    .filter((reception) => !reception.deletedAt && (includeConfidential || !reception.confidential))
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/** Open control items, overdue first then by due date: one read of the open-deadline index. */
export async function openControlItems(
  db: KelisimDb,
  todayDate: IsoDate,
  includeConfidential: boolean,
): Promise<Reception[]> {
  const open = await db.receptions.where('openControlDue').above('').toArray();
  return controlList(
    open.filter((reception) => !reception.deletedAt && (includeConfidential || !reception.confidential)),
    todayDate,
  );
}

/** How many control items are past their deadline (confidential ones too: only a number is shown). */
export async function overdueControlCount(db: KelisimDb, todayDate: IsoDate): Promise<number> {
  const overdue = await db.receptions.where('openControlDue').between('0', todayDate, true, false).toArray();
  return overdue.filter((reception) => !reception.deletedAt).length;
}

/** A citizen's receptions, newest first: repeated visitors are seen on their card and in the form. */
export async function receptionsOfCitizen(db: KelisimDb, citizenId: PersonId): Promise<Reception[]> {
  const rows = await db.receptions.where('citizenId').equals(citizenId).toArray();
  return rows.filter((reception) => !reception.deletedAt).sort((a, b) => b.date.localeCompare(a.date));
}

/** Opening a confidential reception is written to the audit log (who and when, never the content). */
export async function recordConfidentialView(db: KelisimDb, id: ReceptionId): Promise<void> {
  await db.transaction('rw', db.auditLog, () =>
    appendAudit(db, 'view-confidential', { table: 'receptions', recordId: id }),
  );
}
