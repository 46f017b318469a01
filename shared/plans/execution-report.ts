import { formatDate } from '../dates/format';
import { addDays } from '../dates/iso';
import { localName, type Named } from '../export/columns';
import { safeSheetName, type ExportCell, type ExportColumn, type ExportTable } from '../export/table';
import type { Language } from '../i18n/languages';
import { resources } from '../i18n/resources';
import type { IsoDate, KelisimEvent, Plan, PlanItem } from '../model/records';
import { deadlineLabel, quarterRange, quarterRoman, type Quarter } from './deadline';
import { planItemStatus } from './status';

/** The period a report covers: one quarter, or the year from January to the quarter's end. */
export interface ExecutionPeriod {
  year: number;
  quarter: Quarter;
  yearToDate: boolean;
}

export interface ExecutionReportInput {
  plan: Plan;
  items: readonly PlanItem[];
  /** Events naming an item of the plan (any status, any date): the report picks the period's held ones. */
  events: readonly KelisimEvent[];
  period: ExecutionPeriod;
  /** The office's today: an unfinished quarter's statuses are as of today, a finished one's as of its end. */
  today: IsoDate;
  agencies: ReadonlyMap<string, Named>;
  places: ReadonlyMap<string, Named>;
}

export function periodRange(period: ExecutionPeriod): { from: IsoDate; to: IsoDate } {
  const { from, to } = quarterRange(period.year, period.quarter);
  return { from: period.yearToDate ? `${period.year}-01-01` : from, to };
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_whole, key: string) => String(values[key] ?? ''));
}

/** «III квартал 2026 года», «9 месяцев 2026 года», «2026 год»; in Kazakh the forms the title takes. */
export function periodLabel(period: ExecutionPeriod, language: Language): string {
  const texts = resources[language].planFiles.report.periods;
  const values = { year: period.year, roman: quarterRoman(period.quarter) };
  if (!period.yearToDate || period.quarter === 1) return fill(texts.quarter, values);
  if (period.quarter === 2) return fill(texts.half, values);
  if (period.quarter === 3) return fill(texts.nineMonths, values);
  return fill(texts.year, values);
}

const number = (value: number) => String(Math.round(value * 100) / 100).replace('.', ',');

/**
 * «Информация об исполнении» of one item: what the specialist wrote for the period's quarter (each
 * quarter from January, headed, for the year to date), the held events under the item in the period
 * with their date, title, place and participants, and the indicator's value against its target.
 */
function executionText(item: PlanItem, input: ExecutionReportInput, language: Language): string {
  const text = resources[language].planFiles.report;
  const { period } = input;
  const { from, to } = periodRange(period);
  const quarters = period.yearToDate
    ? ([1, 2, 3, 4] as const).filter((quarter) => quarter <= period.quarter)
    : [period.quarter];
  const lines: string[] = [];
  for (const quarter of quarters) {
    const execution = item.executions.find((entry) => entry.quarter === quarter);
    const written = (
      language === 'kk' ? execution?.textKk || execution?.textRu : execution?.textRu || execution?.textKk
    )?.trim();
    if (!written) continue;
    lines.push(period.yearToDate ? fill(text.quarterPrefix, { roman: quarterRoman(quarter) }) + written : written);
  }
  const held = input.events
    .filter(
      (event) =>
        event.planItemId === item.id &&
        !event.deletedAt &&
        event.status === 'held' &&
        event.start.slice(0, 10) >= from &&
        event.start.slice(0, 10) <= to,
    )
    .sort((a, b) => a.start.localeCompare(b.start));
  if (held.length > 0) {
    lines.push(text.heldEvents);
    for (const event of held) {
      const title = (language === 'kk' ? event.titleKk || event.title : event.title).trim();
      const place = [localName(event.placeId ? input.places.get(event.placeId) : undefined, language), event.venue]
        .filter(Boolean)
        .join(', ');
      const participants = event.actualParticipants ?? event.plannedParticipants;
      lines.push(
        [
          `${formatDate(event.start.slice(0, 10))} — ${title}`,
          place,
          participants !== undefined ? fill(text.participants, { count: participants }) : '',
        ]
          .filter(Boolean)
          .join(', '),
      );
    }
  }
  if (item.targetValue !== undefined) {
    const value = item.executions
      .filter((execution) => quarters.includes(execution.quarter))
      .reduce((sum, execution) => sum + (execution.value ?? 0), 0);
    lines.push(
      fill(text.indicator, {
        value: number(value),
        target: number(item.targetValue),
        unit: item.targetUnit ? ` ${item.targetUnit}` : '',
      }),
    );
  }
  return lines.length > 0 ? lines.join('\n') : text.nothing;
}

/**
 * The execution of a plan in the layout offices file it in: item № and text, the responsible
 * agencies, the deadline as plans write it, what was done in the period drawn from the records,
 * and the item's status once the period is over (today, while it runs). One language a table:
 * a document in both languages has one of each, Kazakh first.
 */
export function executionReport(input: ExecutionReportInput, language: Language): ExportTable {
  const text = resources[language].planFiles.report;
  const statuses = resources[language].plans.statuses;
  const { to } = periodRange(input.period);
  // A finished period is judged the day after it, so that an item due on its last day and carried
  // out reads as done, and with only what was recorded for it: later quarters' texts do not count.
  const dayAfter = addDays(to, 1);
  const statusDay = input.today < dayAfter ? input.today : dayAfter;
  const columns: ExportColumn[] = [
    { header: text.columns.number, width: 7, kind: 'text' },
    { header: text.columns.text, width: 45, kind: 'text' },
    { header: text.columns.responsible, width: 26, kind: 'text' },
    { header: text.columns.deadline, width: 16, kind: 'text' },
    { header: text.columns.execution, width: 60, kind: 'text' },
    { header: text.columns.status, width: 14, kind: 'text' },
  ];
  const items = [...input.items]
    .filter((item) => item.planId === input.plan.id && !item.deletedAt)
    .sort((a, b) => a.order - b.order);
  const rows: ExportCell[][] = items.map((item) => {
    const agencies = item.responsibleAgencyIds
      .map((id) => localName(input.agencies.get(id), language))
      .filter(Boolean)
      .join(', ');
    const linked = input.events.filter((event) => event.planItemId === item.id);
    return [
      item.number,
      language === 'kk' ? item.textKk || item.textRu : item.textRu,
      [agencies, item.coExecutors].filter(Boolean).join('; '),
      deadlineLabel(item.deadline, language, input.plan.year),
      executionText(item, input, language),
      statuses[
        planItemStatus(
          {
            ...item,
            executions: item.executions.filter((execution) => execution.quarter <= input.period.quarter),
          },
          linked,
          statusDay,
          input.plan.year,
        )
      ],
    ];
  });
  const planName = language === 'kk' ? input.plan.nameKk || input.plan.name : input.plan.name;
  const approved = [
    input.plan.approvedBy,
    input.plan.documentNo ? `№ ${input.plan.documentNo}` : '',
    input.plan.documentDate ? formatDate(input.plan.documentDate) : '',
  ]
    .filter(Boolean)
    .join(', ');
  return {
    sheetName: safeSheetName(text.sheetName),
    title: fill(text.title, { period: periodLabel(input.period, language) }),
    subtitle: [planName, approved ? fill(text.approved, { body: approved }) : ''].filter(Boolean).join('. '),
    columns,
    rows,
  };
}
