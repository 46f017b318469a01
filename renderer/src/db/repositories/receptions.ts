import type { Period } from '@shared/events/period';
import { periodBounds } from '@shared/events/period';
import {
  type PersonId,
  type ReceptionId,
  toDirectoryItemId,
  toPersonId,
  toPlaceId,
  toReceptionId,
  toReceptionSessionId,
  toVisitId,
} from '@shared/model/ids';
import type { BaseRecord, IsoDate, Reception, ReceptionControl } from '@shared/model/records';
import { addControlNote, closeControl, controlList, extendControl } from '@shared/receptions/control';
import { receptionInputSchema, type ReceptionInput } from '@shared/receptions/reception-input';
import { nowTimestamp, today } from '@/lib/clock';
import { Dexie } from 'dexie';
import {
  AccessDeniedError,
  authorize,
  authorOf,
  visibleRecord,
  visibleRecords,
  type Scope,
  type Visible,
} from '../access';
import { citizenTagsFor, isClosed, openReception, sealReception } from '../sealing';
import { newRecordFields, touched } from '../stamp';
import { appendAudit } from './audit';
import { savePerson } from './people';

type ReceptionFields = Omit<Reception, keyof BaseRecord<ReceptionId>>;

/** The stored fields of a reception built from validated input; the control history is kept on edits. */
export function receptionFields(input: ReceptionInput, previous?: ReceptionControl): ReceptionFields {
  const fields: ReceptionFields = {
    date: input.date,
    topicCode: input.topicCode,
    outcome: input.outcome,
    confidential: input.confidential,
  };
  if (input.placeId) fields.placeId = toPlaceId(input.placeId);
  if (input.visitId) fields.visitId = toVisitId(input.visitId);
  if (input.sessionId) fields.sessionId = toReceptionSessionId(input.sessionId);
  if (input.officialId) fields.officialId = toPersonId(input.officialId);
  if (input.citizenId) fields.citizenId = toPersonId(input.citizenId);
  if (input.summary) fields.summary = input.summary;
  if (input.outcome === 'helped' && input.helpText) fields.helpText = input.helpText;
  if (input.outcome === 'referred' && input.referredToAgencyId)
    fields.referredToAgencyId = toDirectoryItemId(input.referredToAgencyId);
  if (input.outcome === 'declined' && input.declineReason) fields.declineReason = input.declineReason;
  if (input.outcome === 'control' && input.responsibleBody && input.deadline) {
    fields.control = {
      ...(previous ?? { history: [] }),
      responsibleBody: input.responsibleBody,
      deadline: input.deadline,
    };
    // The answer given ends the consideration, so the item leaves the control list that day.
    if (!fields.control.closedOn && input.answeredOn) fields.control.closedOn = input.answeredOn;
    if (!fields.control.closedOn) fields.openControlDue = fields.control.deadline;
  }
  Object.assign(fields, appealFields(input));
  return fields;
}

/** What the law counts about an appeal: its kind, channel, registration, applicants, answer. */
function appealFields(input: ReceptionInput): Partial<ReceptionFields> {
  const fields: Partial<ReceptionFields> = {};
  if (input.appealType) fields.appealType = input.appealType;
  if (input.channel) fields.channel = input.channel;
  if (input.registrationNo) fields.registrationNo = input.registrationNo;
  if (input.registeredOn) fields.registeredOn = input.registeredOn;
  // The citizen is the first applicant: named again among the others, they are not counted twice.
  const others = [...new Set(input.coApplicantIds ?? [])].filter((id) => id !== input.citizenId);
  if (others.length) {
    fields.coApplicantIds = others.map(toPersonId);
    fields.coApplicantCount = others.length;
  }
  if (input.repeatOfId) fields.repeatOfId = toReceptionId(input.repeatOfId);
  if (input.answeredOn)
    fields.answer = {
      date: input.answeredOn,
      ...(input.answerForm ? { form: input.answerForm } : {}),
      ...(input.answerResult ? { result: input.answerResult } : {}),
    };
  return fields;
}

/** The copy of the deadline the control list reads through its index, set only while the item is open. */
function withOpenDue(reception: Reception): Reception {
  const next = { ...reception };
  if (next.control && !next.control.closedOn) next.openControlDue = next.control.deadline;
  else delete next.openControlDue;
  return next;
}

/**
 * A reception, and the citizen with it when the form adds one: both are stored in one transaction,
 * so a reception that fails leaves no stray person behind (and the other way round).
 */
export async function createReception(scope: Scope, input: unknown, newCitizen?: unknown): Promise<Reception> {
  authorize(scope, 'edit');
  const { db } = scope;
  const parsed = receptionInputSchema(today()).parse(input);
  return db.transaction('rw', [db.people, db.memberships, db.receptions, db.auditLog], async () => {
    const citizenId = newCitizen === undefined ? undefined : await addCitizen(scope, newCitizen);
    const reception: Reception = {
      ...newRecordFields<ReceptionId>(scope.actor),
      ...receptionFields(citizenId ? { ...parsed, citizenId } : parsed),
    };
    await db.receptions.add(await Dexie.waitFor(sealReception(scope.keys, reception)));
    await appendAudit(scope, 'create', { table: 'receptions', recordId: reception.id });
    return reception;
  });
}

/** An edited reception; with a citizen added in the form, both in one transaction (see createReception). */
export async function updateReception(
  scope: Scope,
  id: ReceptionId,
  input: unknown,
  newCitizen?: unknown,
): Promise<Reception> {
  authorize(scope, 'edit');
  const { db } = scope;
  const parsed = receptionInputSchema(today()).parse(input);
  return db.transaction('rw', [db.people, db.memberships, db.receptions, db.auditLog], async () => {
    const existing = await mustGet(scope, id);
    const citizenId = newCitizen === undefined ? undefined : await addCitizen(scope, newCitizen);
    const { id: keptId, createdAt, updatedAt, author } = touched(existing, scope.actor);
    const saved: Reception = {
      id: keptId,
      createdAt,
      updatedAt,
      author,
      ...receptionFields(citizenId ? { ...parsed, citizenId } : parsed, existing.control),
    };
    await db.receptions.put(await Dexie.waitFor(sealReception(scope.keys, saved)));
    await appendAudit(scope, 'update', { table: 'receptions', recordId: id });
    return saved;
  });
}

async function addCitizen(scope: Scope, input: unknown): Promise<PersonId> {
  return (await savePerson(scope, input, today())).person.id;
}

/**
 * The stored reception opened for a change. Changing sealed content needs the key it was sealed
 * with: a session without it is refused, rather than overwrite what it cannot read.
 */
async function mustGet(scope: Scope, id: ReceptionId): Promise<Reception> {
  const { db } = scope;
  const existing = await db.receptions.get(id);
  if (!existing || existing.deletedAt) throw new Error('reception not found');
  if (isClosed(scope.keys, existing)) throw new AccessDeniedError('view-confidential');
  return Dexie.waitFor(openReception(scope.keys, existing));
}

async function changeControl(
  scope: Scope,
  id: ReceptionId,
  change: (control: ReceptionControl) => ReceptionControl,
): Promise<Reception> {
  const { db } = scope;
  return db.transaction('rw', db.receptions, db.auditLog, async () => {
    const existing = await mustGet(scope, id);
    if (!existing.control) throw new Error('reception is not under control');
    const saved = withOpenDue({ ...touched(existing, scope.actor), control: change(existing.control) });
    await db.receptions.put(await Dexie.waitFor(sealReception(scope.keys, saved)));
    await appendAudit(scope, 'update', { table: 'receptions', recordId: id });
    return saved;
  });
}

export const extendReceptionControl = (scope: Scope, id: ReceptionId, deadline: IsoDate, reason: string) =>
  changeControl(scope, id, (control) =>
    extendControl(control, deadline, reason, nowTimestamp(), authorOf(scope.actor)),
  );

export const addReceptionControlNote = (scope: Scope, id: ReceptionId, text: string) =>
  changeControl(scope, id, (control) => addControlNote(control, text, nowTimestamp(), authorOf(scope.actor)));

export const closeReceptionControl = (scope: Scope, id: ReceptionId, closedOn: IsoDate, resolution: string) =>
  changeControl(scope, id, (control) => closeControl(control, closedOn, resolution));

/** A closed item opened again (closed by mistake): its resolution goes into the history. */
export const reopenReceptionControl = (scope: Scope, id: ReceptionId) =>
  changeControl(scope, id, (control) => {
    const { closedOn, resolution, ...open } = control;
    return addControlNote(open, `${closedOn ?? ''} ${resolution ?? ''}`.trim(), nowTimestamp(), authorOf(scope.actor));
  });

export async function deleteReception(scope: Scope, id: ReceptionId): Promise<void> {
  authorize(scope, 'edit');
  const { db } = scope;
  await db.transaction('rw', db.receptions, db.auditLog, async () => {
    const existing = await db.receptions.get(id);
    if (!existing || existing.deletedAt) return;
    const deleted = { ...touched(existing, scope.actor), deletedAt: nowTimestamp() };
    delete deleted.openControlDue;
    await db.receptions.put(deleted);
    await appendAudit(scope, 'delete', { table: 'receptions', recordId: id });
  });
}

export async function restoreReception(scope: Scope, id: ReceptionId): Promise<void> {
  authorize(scope, 'edit');
  const { db } = scope;
  await db.transaction('rw', db.receptions, db.auditLog, async () => {
    const existing = await db.receptions.get(id);
    if (!existing?.deletedAt) return;
    const restored = withOpenDue(touched(existing, scope.actor));
    delete restored.deletedAt;
    await db.receptions.put(restored);
    await appendAudit(scope, 'update', { table: 'receptions', recordId: id });
  });
}

export async function getReception(scope: Scope, id: ReceptionId): Promise<Reception | undefined> {
  authorize(scope, 'view');
  const { db } = scope;
  const found = visibleRecord(scope, await db.receptions.get(id));
  return found && openReception(scope.keys, found);
}

/**
 * Receptions of a period, newest first, through the date index. Confidential ones are left out
 * unless the user chose to include them and may see them; how many were left out comes along.
 */
export async function receptionsInPeriod(
  scope: Scope,
  period: Period,
  includeConfidential: boolean,
): Promise<Visible<Reception>> {
  authorize(scope, 'view');
  const { db } = scope;
  const [from, to] = periodBounds(period);
  const rows = await db.receptions.where('date').between(from.slice(0, 10), to.slice(0, 10), true, false).toArray();
  const { rows: shown, hidden } = visibleRecords(scope, rows, includeConfidential);
  shown.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
  return { rows: await openAll(scope, shown), hidden };
}

/** Opens what the session may read; a reception sealed under a key it lacks stays as stored, its content absent. */
function openAll(scope: Scope, receptions: Reception[]): Promise<Reception[]> {
  return receptions.some((reception) => reception.sealed)
    ? Promise.all(receptions.map((reception) => openReception(scope.keys, reception)))
    : Promise.resolve(receptions);
}

/** Open control items, overdue first then by due date: one read of the open-deadline index. */
export async function openControlItems(
  scope: Scope,
  todayDate: IsoDate,
  includeConfidential: boolean,
): Promise<Visible<Reception>> {
  authorize(scope, 'view');
  const { db } = scope;
  const open = await db.receptions.where('openControlDue').above('').toArray();
  const { rows, hidden } = visibleRecords(scope, open, includeConfidential);
  return { rows: controlList(await openAll(scope, rows), todayDate), hidden };
}

/**
 * How many open control items are due between today and `until` (the day `dueSoonUntil` gives):
 * the ones to answer in the next three working days, confidential ones too, as with the overdue.
 */
export async function dueSoonControlCount(scope: Scope, todayDate: IsoDate, until: IsoDate): Promise<number> {
  authorize(scope, 'view');
  const { db } = scope;
  const due = await db.receptions.where('openControlDue').between(todayDate, until, true, true).toArray();
  return due.filter((reception) => !reception.deletedAt).length;
}

/** How many control items are past their deadline (confidential ones too: only a number is shown). */
export async function overdueControlCount(scope: Scope, todayDate: IsoDate): Promise<number> {
  authorize(scope, 'view');
  const { db } = scope;
  const overdue = await db.receptions.where('openControlDue').between('0', todayDate, true, false).toArray();
  return overdue.filter((reception) => !reception.deletedAt).length;
}

/**
 * A citizen's receptions, newest first: repeated visitors are seen on their card and in the form.
 * Someone without the right sees the open ones only, and not even how many others there are: a
 * count on one person's card would tell a viewer that this citizen has a confidential matter.
 */
export async function receptionsOfCitizen(scope: Scope, citizenId: PersonId): Promise<Reception[]> {
  authorize(scope, 'view');
  const { db } = scope;
  // A sealed reception names its citizen by a tag that only the keys can make.
  const tags = scope.keys ? await citizenTagsFor(scope.keys, citizenId) : [];
  const [named, tagged] = await Promise.all([
    db.receptions.where('citizenId').equals(citizenId).toArray(),
    tags.length ? db.receptions.where('citizenTag').anyOf(tags).toArray() : Promise.resolve([]),
  ]);
  const rows = visibleRecords(scope, [...named, ...tagged]).rows;
  return (await openAll(scope, rows)).sort((a, b) => b.date.localeCompare(a.date));
}

/** Opening a confidential reception is written to the audit log (who and when, never the content). */
export async function recordConfidentialView(scope: Scope, id: ReceptionId): Promise<void> {
  authorize(scope, 'view-confidential');
  const { db } = scope;
  await db.transaction('rw', db.auditLog, () =>
    appendAudit(scope, 'view-confidential', { table: 'receptions', recordId: id }),
  );
}
