import { daysInMonth, isRealDate } from '../dates/iso';
import type { IsoDate, PlanDeadline } from '../model/records';
import { foldForSearch } from '../text/search-normalize';

/**
 * The deadline of a plan item as plans write it, in Russian or Kazakh. When the text names several
 * deadlines («I, III кварталы», «июнь, декабрь») the item is due at the last of them: it is done only
 * when the last one is met, and checking it against the first would call it overdue all year.
 * All four quarters, or all twelve months, are the plan's way of saying «quarterly» or «monthly».
 */
export type DeadlineReading =
  | { ok: true; deadline: PlanDeadline; several: boolean }
  | { ok: false; problem: 'deadline_required' | 'deadline_unknown' };

/** Month stems as they appear in folded text (see foldForSearch), January first. */
const MONTHS: readonly (readonly string[])[] = [
  ['январ', 'кантар'],
  ['феврал', 'акпан'],
  ['март', 'наурыз'],
  ['апрел', 'сауир'],
  ['ма[йяе]', 'мамыр'],
  ['июн', 'маусым'],
  ['июл', 'шилде'],
  ['август', 'тамыз'],
  ['сентябр', 'кыркуйек'],
  ['октябр', 'казан'],
  ['ноябр', 'караша'],
  ['декабр', 'желтоксан'],
];

const NOT_LETTER_BEFORE = '(?<![а-яa-z0-9])';
const MONTH_WORD = MONTHS.map((stems, index) => `(?<m${index}>${stems.join('|')})`).join('|');
/** «25 декабря», «25-ші желтоқсан», «декабрь», «желтоқсанның 25-і», with an optional year after. */
const DAY_MONTH = new RegExp(
  `${NOT_LETTER_BEFORE}(?:(?<day>\\d{1,2})(?:\\s*-?\\s*[а-я]{1,4})?\\s+)?(?:${MONTH_WORD})(?<ending>[а-я]*)` +
    `(?:\\s+(?<dayAfter>\\d{1,2})(?!\\d))?(?:\\s+(?<year>\\d{4}))?`,
  'g',
);
const NUMERIC_DATE = /(?<!\d)(?:(\d{1,2})[./](\d{1,2})[./](\d{4})|(\d{4})-(\d{2})-(\d{2}))(?!\d)/g;
const QUARTER_LIST = new RegExp(
  `${NOT_LETTER_BEFORE}((?:(?:iv|iii|ii|i|[1-4])(?![0-9a-z])(?:\\s*-?\\s*(?:й|го|ого|ый|ом|ши|шы))?[\\s,–—-]*(?:и\\s+|жане\\s+)?)+)(?:квартал|токсан)`,
  'g',
);
const HALF_YEAR = new RegExp(
  `${NOT_LETTER_BEFORE}(i|ii|1|2|первое|второе|биринши|екинши)(?![0-9a-z])(?:\\s*-?\\s*(?:е|ое|ши))?\\s*-?\\s*(?:полугод|жарты\\s*жыл)`,
);
const MONTHLY = /ежемесячн|ай сайын|каждый месяц/;
const QUARTERLY = /ежекварталь|токсан сайын|каждый квартал|раз в квартал/;
const YEAR =
  /в течение\s+(?:всего\s+)?(?:\d{4}\s+)?(?:года|г\.?)(?![а-я])|на протяжении\s+(?:всего\s+)?(?:\d{4}\s+)?года|постоянно|ежегодно|жыл бойы|жыл ишинде|жыл сайын|унеми|туракты/;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Latin I and V and the Cyrillic І all serve as Roman numerals in plans; the Kazakh і inside a word does not. */
function folded(text: string): string {
  return foldForSearch(text.replace(/І(?![а-яәіңғүұқөһ])/g, 'I').replace(/[«»"]/g, ' '));
}

function quarterNumber(token: string): number {
  return ROMAN[token] ?? Number(token);
}

/** The quarters a list such as «I, III», «II-IV», «1-2» names: a dash between two numbers is a range. */
function quartersOf(list: string): number[] {
  const tokens = list.match(/iv|iii|ii|i|[1-4]|[–—-]/g) ?? [];
  const quarters = new Set<number>();
  tokens.forEach((token, index) => {
    if (/[–—-]/.test(token)) return;
    const number = quarterNumber(token);
    const before = tokens[index - 2];
    if (tokens[index - 1] && /[–—-]/.test(tokens[index - 1] ?? '') && before && !/[–—-]/.test(before)) {
      for (let q = quarterNumber(before); q <= number; q += 1) quarters.add(q);
    }
    quarters.add(number);
  });
  return [...quarters].filter((q) => q >= 1 && q <= 4).sort();
}

function monthIndexOf(groups: Record<string, string | undefined>): number {
  return MONTHS.findIndex((_stems, index) => groups[`m${index}`] !== undefined);
}

function isoDate(year: number, month: number, day: number): IsoDate | null {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isRealDate(iso) ? iso : null;
}

/** Every date the text names, or null when one of them is not a real date («31 июня»). */
function datesIn(text: string, planYear: number): IsoDate[] | null {
  const yearInText = /(?<!\d)(20\d\d)(?!\d)/.exec(text)?.[1];
  const defaultYear = yearInText ? Number(yearInText) : planYear;
  const dates: (IsoDate | null)[] = [];
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const [, day, month, year, isoYear, isoMonth, isoDay] = match;
    dates.push(
      isoYear
        ? isoDate(Number(isoYear), Number(isoMonth), Number(isoDay))
        : isoDate(Number(year), Number(month), Number(day)),
    );
  }
  for (const match of text.matchAll(DAY_MONTH)) {
    const groups = match.groups ?? {};
    const month = monthIndexOf(groups) + 1;
    const year = groups.year ? Number(groups.year) : defaultYear;
    // «желтоқсанның 25-і»: a day after the month only in the genitive, never «июнь 2026».
    const dayAfter = /^(нын|нин|дын|дин|тын|тин)$/.test(groups.ending ?? '') ? groups.dayAfter : undefined;
    const day = groups.day ?? dayAfter;
    dates.push(day ? isoDate(year, month, Number(day)) : isoDate(year, month, daysInMonth(year, month)));
  }
  return dates.some((date) => date === null) ? null : (dates as IsoDate[]);
}

const found = (deadline: PlanDeadline, several = false): DeadlineReading => ({ ok: true, deadline, several });

/** Reads a deadline cell; `planYear` dates a day and month written without a year. */
export function parseDeadline(text: string, planYear: number): DeadlineReading {
  const value = folded(text);
  if (!value) return { ok: false, problem: 'deadline_required' };
  if (MONTHLY.test(value)) return found({ kind: 'monthly' });
  if (QUARTERLY.test(value)) return found({ kind: 'quarterly' });

  const quarters = [...value.matchAll(QUARTER_LIST)].flatMap((match) => quartersOf(match[1] ?? ''));
  const distinctQuarters = [...new Set(quarters)].sort();
  if (distinctQuarters.length === 4) return found({ kind: 'quarterly' });
  const lastQuarter = distinctQuarters.at(-1);
  if (lastQuarter !== undefined) {
    return found({ kind: 'quarter', quarter: lastQuarter as 1 | 2 | 3 | 4 }, distinctQuarters.length > 1);
  }

  const half = HALF_YEAR.exec(value)?.[1];
  if (half) return found({ kind: 'quarter', quarter: ['i', '1', 'первое', 'биринши'].includes(half) ? 2 : 4 });

  const dates = datesIn(value, planYear);
  if (dates === null) return { ok: false, problem: 'deadline_unknown' };
  const distinctDates = [...new Set(dates)].sort();
  const monthsNamed = new Set(distinctDates.map((date) => date.slice(0, 7)));
  if (monthsNamed.size === 12 && distinctDates.length === 12) return found({ kind: 'monthly' });
  const lastDate = distinctDates.at(-1);
  if (lastDate) return found({ kind: 'date', date: lastDate }, distinctDates.length > 1);

  if (YEAR.test(value)) return found({ kind: 'year' });
  return { ok: false, problem: 'deadline_unknown' };
}
