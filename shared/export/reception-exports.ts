import { formatDate } from '../dates/format';
import { inPeriod, type Period } from '../events/period';
import { resources } from '../i18n/resources';
import { receptionOutcomes, type IsoDate, type Person, type Reception, type ReceptionSession } from '../model/records';
import { fullName } from '../people/search';
import { exportableRecords } from '../monitoring/confidential';
import { controlState } from '../receptions/control';
import { countedInSession, sessionFigures } from '../receptions/sessions';
import { receptionSummary, type OutcomeCounts } from '../receptions/summary';
import type { ExportOptions, Named } from './registry-exports';
import { maskIin, safeSheetName, type ExportCell, type ExportColumn, type ExportTable } from './table';
import { localName, columns, type ColumnKey } from './columns';

export interface ReceptionLookups {
  /** Citizens and receiving officials. */
  people: ReadonlyMap<string, Pick<Person, 'surname' | 'givenName' | 'patronymic' | 'iin'>>;
  /** Places and districts by id (KATO code for classifier places). */
  places: ReadonlyMap<string, Named>;
  /** Reception topics by directory code. */
  topics: ReadonlyMap<string, Named>;
  /** Agencies by directory item id. */
  agencies: ReadonlyMap<string, Named>;
  /** A label for each working-group visit, when the caller has them. */
  visits?: ReadonlyMap<string, string>;
  /** The district (KATO code) a place lies in, '' when unknown. */
  districtOf: (placeId: string | undefined) => string;
  /** The day control items are judged overdue against. */
  today: IsoDate;
}

export interface ReceptionExportOptions extends ExportOptions {
  /** Confidential receptions (religion, probation, rehabilitation) go into the file only when chosen. */
  includeConfidential: boolean;
  /**
   * Confidential receptions of the period that were never handed over, because the operator may
   * not see them: they are not in the file either way, and the note counts them with the rest.
   */
  withheld?: number;
  /**
   * The mass receptions of the period: the summary counts each once, apart from the topic blocks
   * (a session's totals by topic and by outcome are not crossed), with the citizens entered under it.
   */
  sessions?: readonly Pick<
    ReceptionSession,
    'id' | 'date' | 'placeId' | 'received' | 'byTopic' | 'byOutcome' | 'deletedAt'
  >[];
}

const local = localName;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/{{(\w+)}}/g, (match, name: string) => String(values[name] ?? match));

const JOURNAL_COLUMNS: readonly [ColumnKey, number, ExportColumn['kind']][] = [
  ['number', 6, 'number'],
  ['receptionDate', 12, 'date'],
  ['citizen', 28, 'text'],
  ['iin', 15, 'code'],
  ['place', 22, 'text'],
  ['district', 22, 'text'],
  ['topic', 28, 'text'],
  ['summary', 44, 'text'],
  ['official', 26, 'text'],
  ['visit', 24, 'text'],
  ['outcome', 18, 'text'],
  ['actionTaken', 40, 'text'],
  ['control', 30, 'text'],
];

const OUTCOME_COLUMNS = [
  ['explained', 'explained'],
  ['helped', 'helped'],
  ['control', 'underControl'],
  ['referred', 'referred'],
  ['declined', 'declined'],
  ['total', 'total'],
] as const satisfies readonly (readonly [keyof OutcomeCounts, ColumnKey])[];

const SUMMARY_COLUMNS: readonly [ColumnKey, number, ExportColumn['kind']][] = [
  ['number', 6, 'number'],
  ['districtTopic', 40, 'text'],
  ...OUTCOME_COLUMNS.map(([, key]) => [key, 14, 'number'] as [ColumnKey, number, ExportColumn['kind']]),
];

/**
 * The reception journal of a period and its summary as the oblast asks for it: one sheet with a
 * row per reception by date, one with topics × outcomes per district. Confidential receptions are
 * left out of both unless the user includes them, and a note under each sheet says how many.
 */
export function receptionsExport(
  receptions: readonly Reception[],
  lookups: ReceptionLookups,
  period: Period,
  options: ReceptionExportOptions,
): ExportTable[] {
  const { language, headers } = options;
  const text = resources[language].exports;
  const enums = resources[language].enums;
  const dates = { from: formatDate(period.from), to: formatDate(period.to) };
  const title = (key: 'receptionsJournalTitle' | 'receptionsSummaryTitle') =>
    headers === 'both'
      ? `${fill(resources.ru.exports[key], dates)} / ${fill(resources.kk.exports[key], dates)}`
      : fill(text[key], dates);
  const subtitle = fill(text.asOf, { date: formatDate(options.asOf) });

  const ofPeriod = receptions.filter((reception) => inPeriod(reception.date, period));
  const shown = exportableRecords(ofPeriod, options.includeConfidential).rows.sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
  );
  const sessions = (options.sessions ?? [])
    .filter((session) => !session.deletedAt && inPeriod(session.date, period))
    .sort((a, b) => a.date.localeCompare(b.date));
  // Receptions under a live session count with it, as on the dashboard, whatever their own date.
  const liveSessionIds = new Set<string>((options.sessions ?? []).filter((s) => !s.deletedAt).map((s) => s.id));
  const summary = receptionSummary(
    ofPeriod.filter((reception) => !countedInSession(reception, liveSessionIds)),
    lookups.districtOf,
    options.includeConfidential,
  );
  const leftOut = summary.leftOut + (options.withheld ?? 0);
  const notes = leftOut > 0 ? [fill(text.confidentialLeftOut, { count: leftOut })] : [];

  const personName = (id: string | undefined) => {
    const person = id ? lookups.people.get(id) : undefined;
    return person ? fullName(person) : null;
  };
  const districtName = (code: string) => (code ? local(lookups.places.get(code), language) || code : text.noPlace);
  const topicName = (code: string) => local(lookups.topics.get(code), language) || code;

  const actionTaken = (reception: Reception): string | null => {
    switch (reception.outcome) {
      case 'helped':
        return reception.helpText ?? null;
      case 'control':
        return reception.control
          ? fill(text.controlDeadline, {
              body: reception.control.responsibleBody,
              date: formatDate(reception.control.deadline),
            })
          : null;
      case 'referred':
        return local(lookups.agencies.get(reception.referredToAgencyId ?? ''), language) || null;
      case 'declined':
        return reception.declineReason ?? null;
      default:
        return null;
    }
  };

  const controlText = (reception: Reception): string | null => {
    const control = reception.control;
    if (!control) return null;
    switch (controlState(reception, lookups.today)) {
      case 'open':
        return fill(text.controlOpen, { date: formatDate(control.deadline) });
      case 'overdue':
        return fill(text.controlOverdue, { date: formatDate(control.deadline) });
      case 'closed': {
        const closed = fill(text.controlClosed, { date: formatDate(control.closedOn) });
        return control.resolution ? `${closed}: ${control.resolution}` : closed;
      }
      default:
        return null;
    }
  };

  const journalRows: ExportCell[][] = shown.map((reception, index) => {
    const citizen = reception.citizenId ? lookups.people.get(reception.citizenId) : undefined;
    const districtCode = lookups.districtOf(reception.placeId);
    return [
      index + 1,
      reception.date,
      personName(reception.citizenId),
      (options.maskPersonalData ? maskIin(citizen?.iin) : citizen?.iin) || null,
      local(lookups.places.get(reception.placeId ?? ''), language) || null,
      districtCode ? districtName(districtCode) : null,
      topicName(reception.topicCode),
      reception.summary ?? null,
      personName(reception.officialId),
      (reception.visitId && lookups.visits?.get(reception.visitId)) || null,
      enums.receptionOutcome[reception.outcome],
      actionTaken(reception),
      controlText(reception),
    ];
  });

  const counts = (values: OutcomeCounts) => OUTCOME_COLUMNS.map(([outcome]) => values[outcome]);
  const summaryRows: ExportCell[][] = [];
  const boldRows: number[] = [];
  for (const block of summary.districts) {
    boldRows.push(summaryRows.length);
    summaryRows.push([null, districtName(block.district), ...OUTCOME_COLUMNS.map(() => null)]);
    block.byTopic.forEach(({ topic, counts: topicCounts }, index) =>
      summaryRows.push([index + 1, topicName(topic), ...counts(topicCounts)]),
    );
    boldRows.push(summaryRows.length);
    summaryRows.push([null, text.districtTotal, ...counts(block.totals)]);
  }
  const totals: OutcomeCounts = { ...summary.totals };
  if (sessions.length > 0) {
    const sessionTotals: OutcomeCounts = { explained: 0, helped: 0, control: 0, referred: 0, declined: 0, total: 0 };
    boldRows.push(summaryRows.length);
    summaryRows.push([null, text.massReceptions, ...OUTCOME_COLUMNS.map(() => null)]);
    sessions.forEach((session, index) => {
      const linked = receptions.filter((reception) => reception.sessionId === session.id);
      const figures = sessionFigures(session, linked);
      const row: OutcomeCounts = { ...figures.byOutcome, total: figures.received };
      for (const outcome of [...receptionOutcomes, 'total'] as const) {
        sessionTotals[outcome] += row[outcome];
        totals[outcome] += row[outcome];
      }
      const place = local(lookups.places.get(session.placeId ?? ''), language);
      summaryRows.push([index + 1, [formatDate(session.date), place].filter(Boolean).join(', '), ...counts(row)]);
    });
    boldRows.push(summaryRows.length);
    summaryRows.push([null, text.massReceptionsTotal, ...counts(sessionTotals)]);
  }

  return [
    {
      sheetName: safeSheetName(text.sheetJournal),
      title: title('receptionsJournalTitle'),
      subtitle,
      columns: columns(JOURNAL_COLUMNS, headers),
      rows: journalRows,
      totals: [null, text.total, journalRows.length, ...JOURNAL_COLUMNS.slice(3).map(() => null)],
      notes,
    },
    {
      sheetName: safeSheetName(text.sheetSummary),
      title: title('receptionsSummaryTitle'),
      subtitle,
      columns: columns(SUMMARY_COLUMNS, headers),
      rows: summaryRows,
      boldRows,
      totals: [null, text.total, ...counts(totals)],
      notes,
    },
  ];
}
