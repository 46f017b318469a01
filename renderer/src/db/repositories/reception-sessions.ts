import type { Period } from '@shared/events/period';
import { toPersonId, toPlaceId, toVisitId, type ReceptionSessionId } from '@shared/model/ids';
import type { BaseRecord, Reception, ReceptionSession } from '@shared/model/records';
import { sessionInputSchema, type SessionInput } from '@shared/receptions/session-input';
import { sessionFigures, type SessionFigures } from '@shared/receptions/sessions';
import { nowTimestamp, today } from '@/lib/clock';
import { authorize, type Scope } from '../access';
import { newRecordFields, touched } from '../stamp';
import { appendAudit } from './audit';

type SessionFields = Omit<ReceptionSession, keyof BaseRecord<ReceptionSessionId>>;

function fieldsOf(input: SessionInput): SessionFields {
  const fields: SessionFields = {
    date: input.date,
    officialIds: input.officialIds.map(toPersonId),
    received: input.received,
    byTopic: input.byTopic,
    byOutcome: input.byOutcome,
  };
  if (input.placeId) fields.placeId = toPlaceId(input.placeId);
  if (input.visitId) fields.visitId = toVisitId(input.visitId);
  if (input.notes) fields.notes = input.notes;
  return fields;
}

/** A session with what it counts and how many citizens were entered under it one by one. */
export interface SessionRow {
  session: ReceptionSession;
  figures: SessionFigures;
  entered: number;
}

/**
 * Mass receptions of a period, newest first, each with its figures counted with the citizens
 * entered under it (sessionFigures). Only clear fields of the linked receptions are read (topic,
 * outcome), so confidential ones count without being opened.
 */
export async function sessionsInPeriod(scope: Scope, period: Period): Promise<SessionRow[]> {
  authorize(scope, 'view');
  const { db } = scope;
  const sessions = (await db.receptionSessions.where('date').between(period.from, period.to, true, true).toArray())
    .filter((session) => !session.deletedAt)
    .sort((a, b) => b.date.localeCompare(a.date));
  const linked: Reception[] = sessions.length
    ? await db.receptions
        .where('sessionId')
        .anyOf(sessions.map((session) => session.id))
        .toArray()
    : [];
  return sessions.map((session) => {
    const own = linked.filter((reception) => reception.sessionId === session.id && !reception.deletedAt);
    return { session, figures: sessionFigures(session, own), entered: own.length };
  });
}

export async function createSession(scope: Scope, input: unknown): Promise<ReceptionSession> {
  authorize(scope, 'edit');
  const { db } = scope;
  const session: ReceptionSession = {
    ...newRecordFields<ReceptionSessionId>(scope.actor),
    ...fieldsOf(sessionInputSchema(today()).parse(input)),
  };
  await db.transaction('rw', db.receptionSessions, db.auditLog, async () => {
    await db.receptionSessions.add(session);
    await appendAudit(scope, 'create', { table: 'receptionSessions', recordId: session.id });
  });
  return session;
}

export async function updateSession(scope: Scope, id: ReceptionSessionId, input: unknown): Promise<ReceptionSession> {
  authorize(scope, 'edit');
  const { db } = scope;
  const fields = fieldsOf(sessionInputSchema(today()).parse(input));
  return db.transaction('rw', db.receptionSessions, db.auditLog, async () => {
    const existing = await db.receptionSessions.get(id);
    if (!existing || existing.deletedAt) throw new Error('reception session not found');
    const { createdAt, updatedAt, author } = touched(existing, scope.actor);
    const saved: ReceptionSession = { id, createdAt, updatedAt, author, ...fields };
    await db.receptionSessions.put(saved);
    await appendAudit(scope, 'update', { table: 'receptionSessions', recordId: id });
    return saved;
  });
}

/**
 * Marks a session deleted. The citizens entered under it stay: they are receptions with their
 * own control items, and from then on count on their own (receptionTotals).
 */
export async function deleteSession(scope: Scope, id: ReceptionSessionId): Promise<void> {
  authorize(scope, 'edit');
  const { db } = scope;
  await db.transaction('rw', db.receptionSessions, db.auditLog, async () => {
    const existing = await db.receptionSessions.get(id);
    if (!existing || existing.deletedAt) return;
    await db.receptionSessions.put({ ...touched(existing, scope.actor), deletedAt: nowTimestamp() });
    await appendAudit(scope, 'delete', { table: 'receptionSessions', recordId: id });
  });
}

export async function restoreSession(scope: Scope, id: ReceptionSessionId): Promise<void> {
  authorize(scope, 'edit');
  const { db } = scope;
  await db.transaction('rw', db.receptionSessions, db.auditLog, async () => {
    const existing = await db.receptionSessions.get(id);
    if (!existing?.deletedAt) return;
    const restored = touched(existing, scope.actor);
    delete restored.deletedAt;
    await db.receptionSessions.put(restored);
    await appendAudit(scope, 'update', { table: 'receptionSessions', recordId: id });
  });
}
