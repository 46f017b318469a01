import { formatDate } from '../dates/format';
import type { Language } from '../i18n/languages';
import { resources } from '../i18n/resources';
import { mediationResults } from '../model/records';
import { LEVELS_HIGH_FIRST, type SituationSummary } from '../monitoring/situation';
import { nameIn, type BilingualNamed } from '../text/name-in';
import { localName, type Named } from './columns';
import { safeSheetName, type ExportCell, type ExportColumn, type ExportTable } from './table';

export interface SituationLookups {
  places: ReadonlyMap<string, Named>;
  ethnicGroups: ReadonlyMap<string, Named>;
  councils: ReadonlyMap<string, BilingualNamed>;
}

type ColumnKey = keyof (typeof resources)['ru']['situation']['columns'];

/**
 * The справка on the inter-ethnic situation as the sheets of one workbook, in Russian or Kazakh:
 * a summary of figures, the risks by level with their measures, the mediation cases and their
 * results, and the villages of compact residence without information work. Every sheet says it is
 * confidential, in its subtitle and under its table, so that a printed page says it too.
 */
export function situationReport(
  summary: SituationSummary,
  lookups: SituationLookups,
  language: Language,
): ExportTable[] {
  const text = resources[language].situation;
  const monitoring = resources[language].monitoring;
  const column = (key: ColumnKey, width: number, kind: ExportColumn['kind'] = 'text'): ExportColumn => ({
    header: text.columns[key],
    width,
    kind,
  });
  const place = (id: string | undefined) => (id ? localName(lookups.places.get(id), language) || id : null);
  const period = text.period
    .replace('{{from}}', formatDate(summary.period.from))
    .replace('{{to}}', formatDate(summary.period.to));
  const sheet = (key: keyof typeof text.sheets, columns: ExportColumn[], rows: ExportCell[][], extra = {}) => ({
    sheetName: safeSheetName(text.sheets[key]),
    title: `${text.title}: ${text.sheets[key].toLowerCase()}`,
    subtitle: `${period}. ${text.mark}`,
    columns,
    rows,
    notes: [text.mark],
    ...extra,
  });

  const count = (level: keyof SituationSummary['risks']) => summary.risks[level].length;
  const figures: [string, number][] = [
    [text.figures.risksHigh, count('high')],
    [text.figures.risksMedium, count('medium')],
    [text.figures.risksLow, count('low')],
    [text.figures.risksWithMeasures, summary.risksWithMeasures],
    [text.figures.risksResolved, summary.risksResolved],
    [text.figures.mediationCases, summary.mediation.length],
    ...[...mediationResults, 'open' as const].map((result): [string, number] => [
      `— ${monitoring.mediationResults[result]}`,
      summary.mediationByResult[result],
    ]),
    [text.figures.villagesWithoutWork, summary.villages.length],
  ];

  const riskRows: ExportCell[][] = [];
  const headings: number[] = [];
  let number = 0;
  for (const level of LEVELS_HIGH_FIRST) {
    const risks = summary.risks[level];
    headings.push(riskRows.length);
    riskRows.push([
      null,
      text.levelHeading.replace('{{level}}', monitoring.riskLevels[level]).replace('{{count}}', String(risks.length)),
      null,
      null,
      null,
      null,
      null,
    ]);
    for (const { risk, measures } of risks)
      riskRows.push([
        ++number,
        monitoring.riskLevels[level],
        place(risk.placeId),
        risk.description,
        risk.identifiedOn,
        risk.status === 'resolved' && risk.resolvedOn
          ? `${monitoring.riskStatuses.resolved} ${formatDate(risk.resolvedOn)}`
          : monitoring.riskStatuses[risk.status],
        measures.length > 0
          ? measures.map((event) => `${formatDate(event.start)} ${nameIn(language, event)}`).join('; ')
          : text.noMeasures,
      ]);
  }

  return [
    sheet(
      'summary',
      [column('number', 6, 'number'), column('indicator', 60), column('value', 14, 'number')],
      figures.map(([label, value], index) => [index + 1, label, value]),
    ),
    sheet(
      'risks',
      [
        column('number', 6, 'number'),
        column('level', 12),
        column('place', 24),
        column('description', 48),
        column('identifiedOn', 12, 'date'),
        column('status', 22),
        column('measures', 48),
      ],
      riskRows,
      { boldRows: headings },
    ),
    sheet(
      'mediation',
      [
        column('number', 6, 'number'),
        column('date', 12, 'date'),
        column('place', 24),
        column('disputeType', 20),
        column('council', 30),
        column('result', 20),
      ],
      summary.mediation.map((item, index) => [
        index + 1,
        item.date,
        place(item.placeId),
        monitoring.disputeTypes[item.disputeType],
        item.councilId ? nameIn(language, lookups.councils.get(item.councilId)) || null : null,
        monitoring.mediationResults[item.result ?? 'open'],
      ]),
    ),
    sheet(
      'villages',
      [
        column('number', 6, 'number'),
        column('district', 24),
        column('place', 28),
        column('groups', 30),
        column('lastWork', 20),
      ],
      summary.villages.map((village, index) => [
        index + 1,
        place(village.districtId),
        place(village.placeId),
        village.groupIds.map((id) => localName(lookups.ethnicGroups.get(id), language) || id).join(', '),
        village.lastWork ? formatDate(village.lastWork) : text.neverWorked,
      ]),
      {
        notes: [
          text.villagesNote
            .replace('{{months}}', String(summary.monthsWithoutWork))
            .replace('{{date}}', formatDate(summary.asOf)),
          text.mark,
        ],
      },
    ),
  ];
}
