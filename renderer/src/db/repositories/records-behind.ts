import type { DashboardRecords } from '@shared/dashboard/compute';
import type { IsoDate } from '@shared/model/records';
import { fullName } from '@shared/people/search';
import { compareText } from '@shared/text/collator';
import { authorize, visibleRecords, type Scope, type Visible } from '../access';

/** One line of the list a dashboard figure opens. */
export interface RecordLine {
  id: string;
  date?: IsoDate;
  /** Event title, topic code, association name or person's name. */
  text: string;
  /** The Kazakh name, for associations. */
  textKk?: string;
  /** Event status or reception outcome, for the screen to label. */
  state?: string;
  confidential?: boolean;
  /** A mass reception's line stands for this many people of the figure; any other line for one. */
  count?: number;
}

/**
 * The records behind a figure or a chart item, as short lines, newest first. Confidential
 * receptions are listed only to those who may see them; for everyone else they are counted apart,
 * so that lines and hidden together still make the figure.
 */
export async function recordLines(scope: Scope, records: DashboardRecords): Promise<Visible<RecordLine>> {
  authorize(scope, 'view');
  const { db } = scope;
  const ids = records.ids;
  const byDate = (a: RecordLine, b: RecordLine) => (b.date ?? '').localeCompare(a.date ?? '');
  switch (records.table) {
    case 'events': {
      const events = await db.events.bulkGet(ids as never[]);
      const rows = events.flatMap((event) =>
        event ? [{ id: event.id, date: event.start.slice(0, 10), text: event.title, state: event.status }] : [],
      );
      return { rows: rows.sort(byDate), hidden: 0 };
    }
    case 'receptions': {
      const found = (await db.receptions.bulkGet(ids as never[])).filter((reception) => reception !== undefined);
      // The dashboard counts deleted records nowhere, so nothing here is deleted: only confidentiality hides.
      const { rows, hidden } = visibleRecords(scope, found);
      const lines: RecordLine[] = rows.map((reception) => ({
        id: reception.id,
        date: reception.date,
        text: reception.topicCode,
        state: reception.outcome,
        confidential: reception.confidential,
      }));
      const counts = new Map((records.sessions ?? []).map((session) => [session.id, session.count]));
      const sessions = await db.receptionSessions.bulkGet([...counts.keys()] as never[]);
      for (const session of sessions)
        if (session) lines.push({ id: session.id, date: session.date, text: '', count: counts.get(session.id) ?? 0 });
      return { rows: lines.sort(byDate), hidden };
    }
    case 'associations': {
      const associations = await db.associations.bulkGet(ids as never[]);
      const rows = associations.flatMap((association) =>
        association
          ? [{ id: association.id, text: association.nameRu || association.nameKk, textKk: association.nameKk }]
          : [],
      );
      return { rows, hidden: 0 };
    }
    case 'people': {
      const people = await db.people.bulkGet(ids as never[]);
      const rows = people.flatMap((person) => (person ? [{ id: person.id, text: fullName(person) }] : []));
      return { rows: rows.sort((a, b) => compareText(a.text, b.text)), hidden: 0 };
    }
  }
}
