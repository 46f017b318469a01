import type { DashboardRecords } from '@shared/dashboard/compute';
import type { IsoDate } from '@shared/model/records';
import { fullName } from '@shared/people/search';
import type { KelisimDb } from '../db';

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
}

/**
 * The records behind a figure or a chart item, as short lines, oldest last. Confidential
 * receptions are kept as lines without their content unless the user may see it.
 */
export async function recordLines(
  db: KelisimDb,
  records: DashboardRecords,
  canSeeConfidential: boolean,
): Promise<RecordLine[]> {
  const ids = records.ids;
  switch (records.table) {
    case 'events':
      return (await db.events.bulkGet(ids as never[]))
        .flatMap((event) =>
          event ? [{ id: event.id, date: event.start.slice(0, 10), text: event.title, state: event.status }] : [],
        )
        .sort((a, b) => b.date.localeCompare(a.date));
    case 'receptions':
      return (await db.receptions.bulkGet(ids as never[]))
        .flatMap((reception) =>
          reception
            ? [
                {
                  id: reception.id,
                  date: reception.date,
                  text: reception.confidential && !canSeeConfidential ? '' : reception.topicCode,
                  state: reception.outcome,
                  confidential: reception.confidential,
                },
              ]
            : [],
        )
        .sort((a, b) => b.date.localeCompare(a.date));
    case 'associations':
      return (await db.associations.bulkGet(ids as never[])).flatMap((association) =>
        association
          ? [{ id: association.id, text: association.nameRu || association.nameKk, textKk: association.nameKk }]
          : [],
      );
    case 'people':
      return (await db.people.bulkGet(ids as never[]))
        .flatMap((person) => (person ? [{ id: person.id, text: fullName(person) }] : []))
        .sort((a, b) => a.text.localeCompare(b.text, 'ru'));
  }
}
