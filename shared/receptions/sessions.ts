import type { Period } from '../events/period';
import { receptionOutcomes, type Reception, type ReceptionOutcome, type ReceptionSession } from '../model/records';

/** What a session counts: everyone received, by topic code and by outcome. */
export interface SessionFigures {
  received: number;
  byTopic: Record<string, number>;
  byOutcome: Record<ReceptionOutcome, number>;
}

export type CountedReception = Pick<Reception, 'date' | 'topicCode' | 'outcome' | 'sessionId' | 'deletedAt'>;
export type CountedSession = Pick<ReceptionSession, 'id' | 'date' | 'received' | 'byTopic' | 'byOutcome' | 'deletedAt'>;

const noOutcomes = (): Record<ReceptionOutcome, number> => ({
  explained: 0,
  helped: 0,
  control: 0,
  referred: 0,
  declined: 0,
});

const whole = (value: number | undefined) => (value !== undefined && Number.isFinite(value) && value > 0 ? value : 0);

/**
 * A session's figures with the citizens entered one by one under it: those are among the people
 * the session's totals already count, so each figure is the larger of the stated total and the
 * linked receptions, never their sum. A session that states 600 and has 12 linked counts 600; one
 * that states 5 and has 7 linked (the count written before the queue ended) counts 7.
 */
export function sessionFigures(
  session: CountedSession,
  linked: readonly Pick<CountedReception, 'topicCode' | 'outcome' | 'sessionId' | 'deletedAt'>[],
): SessionFigures {
  const live = linked.filter((reception) => !reception.deletedAt && reception.sessionId === session.id);
  const linkedTopics: Record<string, number> = {};
  const linkedOutcomes = noOutcomes();
  for (const reception of live) {
    linkedTopics[reception.topicCode] = (linkedTopics[reception.topicCode] ?? 0) + 1;
    linkedOutcomes[reception.outcome]++;
  }
  const byTopic: Record<string, number> = {};
  for (const topic of new Set([...Object.keys(session.byTopic), ...Object.keys(linkedTopics)])) {
    const count = Math.max(whole(session.byTopic[topic]), linkedTopics[topic] ?? 0);
    if (count > 0) byTopic[topic] = count;
  }
  const byOutcome = noOutcomes();
  for (const outcome of receptionOutcomes)
    byOutcome[outcome] = Math.max(whole(session.byOutcome[outcome]), linkedOutcomes[outcome]);
  return { received: Math.max(whole(session.received), live.length), byTopic, byOutcome };
}

/** The live sessions by id, so a reception naming a deleted or unknown session counts on its own. */
function liveSessions(sessions: readonly CountedSession[]): Map<string, CountedSession> {
  return new Map(sessions.filter((session) => !session.deletedAt).map((session) => [session.id as string, session]));
}

/** Whether a reception is counted through its session rather than on its own. */
export function countedInSession(reception: Pick<Reception, 'sessionId'>, sessionIds: ReadonlySet<string>): boolean {
  return reception.sessionId !== undefined && sessionIds.has(reception.sessionId);
}

/**
 * Receptions of a period, mass receptions included, with nobody counted twice: the individual
 * receptions of the period that belong to no live session, plus each session of the period by
 * sessionFigures (its linked receptions counted with it whatever their own date).
 */
export function receptionTotals(
  receptions: readonly CountedReception[],
  sessions: readonly CountedSession[],
  period: Period,
): SessionFigures & { sessions: number } {
  const live = liveSessions(sessions);
  const ids = new Set(live.keys());
  const inPeriod = (date: string) => date >= period.from && date <= period.to;
  const totals: SessionFigures & { sessions: number } = {
    received: 0,
    byTopic: {},
    byOutcome: noOutcomes(),
    sessions: 0,
  };
  const add = (figures: SessionFigures) => {
    totals.received += figures.received;
    for (const [topic, count] of Object.entries(figures.byTopic))
      totals.byTopic[topic] = (totals.byTopic[topic] ?? 0) + count;
    for (const outcome of receptionOutcomes) totals.byOutcome[outcome] += figures.byOutcome[outcome];
  };
  const linked = new Map<string, CountedReception[]>();
  for (const reception of receptions) {
    if (reception.deletedAt) continue;
    if (countedInSession(reception, ids)) {
      const list = linked.get(reception.sessionId ?? '') ?? [];
      list.push(reception);
      linked.set(reception.sessionId ?? '', list);
    } else if (inPeriod(reception.date))
      add({
        received: 1,
        byTopic: { [reception.topicCode]: 1 },
        byOutcome: { ...noOutcomes(), [reception.outcome]: 1 },
      });
  }
  for (const session of live.values()) {
    if (!inPeriod(session.date)) continue;
    totals.sessions++;
    add(sessionFigures(session, linked.get(session.id) ?? []));
  }
  return totals;
}
