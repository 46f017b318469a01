import { daysInMonth } from '../dates/iso';
import type { Language } from '../i18n/languages';
import { resources } from '../i18n/resources';
import type { IsoDate, PlanDeadline } from '../model/records';

export type Quarter = 1 | 2 | 3 | 4;

export const quarters: readonly Quarter[] = [1, 2, 3, 4];

/** The quarter an office-local date falls in. */
export function quarterOf(date: IsoDate): Quarter {
  return (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as Quarter;
}

/** The first and the last day of a quarter. */
export function quarterRange(year: number, quarter: Quarter): { from: IsoDate; to: IsoDate } {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  return {
    from: `${year}-${pad(firstMonth)}-01`,
    to: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
  };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function yearEnd(year: number): IsoDate {
  return `${year}-12-31`;
}

/**
 * The last day an item of a plan for `year` may be done. A date is that date, a quarter its last day,
 * "during the year" the 31st of December. Recurring items («ежемесячно», «ежеквартально») are due at
 * the year's end too: they are done for the year only when the year is over, and missing one month
 * is a matter for that quarter's execution text, not a reason to call the whole item overdue (see
 * currentPeriodEnd for the month or quarter now under way).
 */
export function dueDateOf(deadline: PlanDeadline, year: number): IsoDate {
  switch (deadline.kind) {
    case 'date':
      return deadline.date;
    case 'quarter':
      return quarterRange(year, deadline.quarter).to;
    case 'year':
    case 'monthly':
    case 'quarterly':
      return yearEnd(year);
  }
}

/**
 * The end of the period a recurring item is reported for on `today`: the month's last day for a
 * monthly item, the quarter's for a quarterly one, kept within the plan's year (before the year
 * its first period, after it the year's end). Other items: their due date.
 */
export function currentPeriodEnd(deadline: PlanDeadline, year: number, today: IsoDate): IsoDate {
  if (deadline.kind !== 'monthly' && deadline.kind !== 'quarterly') return dueDateOf(deadline, year);
  const day = today < `${year}-01-01` ? `${year}-01-01` : today > yearEnd(year) ? yearEnd(year) : today;
  if (deadline.kind === 'quarterly') return quarterRange(year, quarterOf(day)).to;
  const month = Number(day.slice(5, 7));
  return `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;
}

/** Whether the item is due at a day of the year rather than repeatedly or over the whole year. */
export function isOneTime(deadline: PlanDeadline): boolean {
  return deadline.kind === 'date' || deadline.kind === 'quarter';
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_whole, key: string) => String(values[key] ?? ''));
}

/**
 * The deadline as plans write it in the column «Срок исполнения» / «Орындау мерзімі»: «до 25 декабря»,
 * «III квартал», «в течение года», «ежемесячно», «ежеквартально»; in Kazakh «25 желтоқсанға дейін»,
 * «III тоқсан», «жыл бойы», «ай сайын», «тоқсан сайын». A date of another year than the plan's keeps
 * its year, so that a roadmap running into the next year reads right.
 */
export function deadlineLabel(deadline: PlanDeadline, language: Language, planYear?: number): string {
  const texts = resources[language].plans.deadline;
  switch (deadline.kind) {
    case 'date': {
      const year = Number(deadline.date.slice(0, 4));
      return fill(planYear !== undefined && year !== planYear ? texts.dateOtherYear : texts.date, {
        day: Number(deadline.date.slice(8, 10)),
        month: texts.months[Number(deadline.date.slice(5, 7)) - 1] ?? '',
        year,
      });
    }
    case 'quarter':
      return fill(texts.quarter, { roman: quarterRoman(deadline.quarter) });
    case 'year':
    case 'monthly':
    case 'quarterly':
      return texts[deadline.kind];
  }
}

/** Roman numeral of a quarter, as reports head their columns: «III квартал». */
export function quarterRoman(quarter: Quarter): string {
  return ROMAN[quarter - 1] ?? '';
}
