import type { Compared } from '../dashboard/compute';
import type { Period } from '../events/period';
import { formatDate } from '../dates/format';
import type { Language } from '../i18n/languages';
import { formatNumber } from '../text/number-format';
import { russianForm, russianPluralCategory, type RussianForms } from '../text/russian-plural';

/** The figures the narrative is written from: those of the information report. */
export interface NarrativeFigures {
  period: Period;
  previousPeriod: Period;
  eventsHeld: Compared;
  participants: Compared;
  eventsPlanned: Compared;
  receptions: Compared;
  helped: Compared;
  underControl: Compared;
  overdue: Compared;
  associations: Compared;
  members: Compared;
  /** Publications of the period and their views; the paragraph is left out when not given. */
  publications?: { count: number; reach: number };
}

const EVENT: RussianForms = { one: 'мероприятие', few: 'мероприятия', many: 'мероприятий' };
const PERSON: RussianForms = { one: 'человек', few: 'человека', many: 'человек' };
const CITIZEN: RussianForms = { one: 'гражданин', few: 'гражданина', many: 'граждан' };
const APPEAL: RussianForms = { one: 'обращение', few: 'обращения', many: 'обращений' };
const MATERIAL: RussianForms = { one: 'материал', few: 'материала', many: 'материалов' };
const TIMES: RussianForms = { one: 'раз', few: 'раза', many: 'раз' };
const MEMBER: RussianForms = { one: 'член', few: 'члена', many: 'членов' };
const ASSOCIATION: RussianForms = {
  one: 'этнокультурное объединение',
  few: 'этнокультурных объединения',
  many: 'этнокультурных объединений',
};

/** "17 мероприятий", the number grouped as documents write it (2 350). */
export function russianCount(count: number, forms: RussianForms): string {
  return `${formatNumber(count)} ${russianForm(count, forms)}`;
}

/**
 * A past-tense verb agreeing with a counted masculine noun: «принят 21 гражданин», «приняты 22 гражданина»
 * reads stiff, so only the singular-looking numbers (1, 21, 101) take the singular and the rest the plural.
 */
const agreeing = (count: number, singular: string, plural: string) =>
  russianPluralCategory(count) === 'one' ? singular : plural;

/** Dative of a counted noun: «21 гражданину», «5 гражданам». */
const dative = (count: number, singular: string, plural: string) =>
  `${formatNumber(count)} ${russianPluralCategory(count) === 'one' ? singular : plural}`;

/** "за период с 01.07.2026 по 30.09.2026" / "01.07.2026 бастап 30.09.2026 дейінгі кезеңде" */
function periodPhrase(period: Period, language: Language): string {
  const from = formatDate(period.from);
  const to = formatDate(period.to);
  return language === 'kk' ? `${from} бастап ${to} дейінгі кезеңде` : `За период с ${from} по ${to}`;
}

function russianEvents(opening: string, held: number, participants: number): string {
  if (held === 0) return `${opening} мероприятия не проводились.`;
  const events = `${opening} проведено ${russianCount(held, EVENT)}`;
  if (participants === 0) return `${events}.`;
  const where = held === 1 ? 'в нём' : 'в них';
  const verb = agreeing(participants, 'принял', 'приняли');
  return `${events}, ${where} ${verb} участие ${russianCount(participants, PERSON)}.`;
}

function kazakhEvents(opening: string, held: number, participants: number): string {
  if (held === 0) return `${opening} іс-шаралар өткізілген жоқ.`;
  // A Kazakh noun after a numeral stays singular: 17 іс-шара, 2 350 адам.
  const events = `${opening} ${formatNumber(held)} іс-шара өткізілді`;
  if (participants === 0) return `${events}.`;
  return `${events}, ${held === 1 ? 'оған' : 'оларға'} ${formatNumber(participants)} адам қатысты.`;
}

function russianReceptions(received: number, helped: number): string {
  if (received === 0) return 'Граждане на личный приём за период не обращались.';
  const main = `На личном приёме ${agreeing(received, 'принят', 'принято')} ${russianCount(received, CITIZEN)}`;
  if (helped === 0) return `${main}.`;
  return `${main}, из них ${dative(helped, 'гражданину', 'гражданам')} оказана помощь.`;
}

function kazakhReceptions(received: number, helped: number): string {
  if (received === 0) return 'Кезеңде жеке қабылдауға азаматтар жүгінген жоқ.';
  const main = `Жеке қабылдауда ${formatNumber(received)} азамат қабылданды`;
  if (helped === 0) return `${main}.`;
  return `${main}, оның ішінде ${formatNumber(helped)} азаматқа көмек көрсетілді.`;
}

function russianControl(open: number, overdue: number): string {
  if (open === 0) return 'Обращений на контроле нет.';
  const main = `На контроле ${russianCount(open, APPEAL)}`;
  if (overdue === 0) return `${main}, сроки исполнения не нарушены.`;
  return `${main}, срок исполнения истёк по ${dative(overdue, 'обращению', 'обращениям')}.`;
}

function kazakhControl(open: number, overdue: number): string {
  if (open === 0) return 'Бақылауда өтініш жоқ.';
  const main = `Бақылауда ${formatNumber(open)} өтініш бар`;
  if (overdue === 0) return `${main}, орындау мерзімдері бұзылған жоқ.`;
  return `${main}, оның ішінде ${formatNumber(overdue)} өтініштің орындау мерзімі өтіп кетті.`;
}

function russianRegistry(associations: number, members: number): string {
  if (associations === 0) return 'Этнокультурных объединений в реестре нет.';
  const main = `В реестре ${russianCount(associations, ASSOCIATION)}`;
  if (members === 0) return `${main}.`;
  return `${main}, в ${associations === 1 ? 'котором' : 'которых'} состоит ${russianCount(members, MEMBER)}.`;
}

function kazakhRegistry(associations: number, members: number): string {
  if (associations === 0) return 'Тізілімде этномәдени бірлестік жоқ.';
  const main = `Тізілімде ${formatNumber(associations)} этномәдени бірлестік тіркелген`;
  if (members === 0) return `${main}.`;
  return `${main}, ${associations === 1 ? 'оған' : 'оларға'} ${formatNumber(members)} мүше кіреді.`;
}

function russianPublications(count: number, reach: number): string {
  if (count === 0) return 'Публикаций в СМИ и социальных сетях за период нет.';
  const main = `В СМИ и социальных сетях ${agreeing(count, 'опубликован', 'опубликовано')} ${russianCount(count, MATERIAL)}`;
  if (reach === 0) return `${main}.`;
  return `${main}, ${count === 1 ? 'его' : 'их'} просмотрели ${russianCount(reach, TIMES)}.`;
}

function kazakhPublications(count: number, reach: number): string {
  if (count === 0) return 'Кезеңде БАҚ пен әлеуметтік желілерде жарияланым болған жоқ.';
  const main = `БАҚ пен әлеуметтік желілерде ${formatNumber(count)} материал жарияланды`;
  if (reach === 0) return `${main}.`;
  return `${main}, ${count === 1 ? 'ол' : 'олар'} ${formatNumber(reach)} рет қаралды.`;
}

/**
 * The paragraphs that open "information on the work done": the period's figures told in
 * sentences, with the period before for comparison, as an official writes them by hand.
 */
export function informationNarrative(figures: NarrativeFigures, language: Language): string[] {
  const previous = `${formatDate(figures.previousPeriod.from)}–${formatDate(figures.previousPeriod.to)}`;
  const planned = figures.eventsPlanned.current;
  if (language === 'kk') {
    return [
      [
        kazakhEvents(periodPhrase(figures.period, 'kk'), figures.eventsHeld.current, figures.participants.current),
        kazakhEvents(`Алдыңғы кезеңде (${previous})`, figures.eventsHeld.previous, figures.participants.previous),
        planned > 0 ? `Тағы ${formatNumber(planned)} іс-шара «жоспарланған» мәртебесінде тұр.` : '',
      ]
        .filter(Boolean)
        .join(' '),
      `${kazakhReceptions(figures.receptions.current, figures.helped.current)} ${kazakhControl(
        figures.underControl.current,
        figures.overdue.current,
      )}`,
      kazakhRegistry(figures.associations.current, figures.members.current),
      ...(figures.publications ? [kazakhPublications(figures.publications.count, figures.publications.reach)] : []),
    ];
  }
  return [
    [
      russianEvents(periodPhrase(figures.period, 'ru'), figures.eventsHeld.current, figures.participants.current),
      russianEvents(`В предыдущем периоде (${previous})`, figures.eventsHeld.previous, figures.participants.previous),
      planned > 0 ? `Ещё ${russianCount(planned, EVENT)} в статусе «запланировано».` : '',
    ]
      .filter(Boolean)
      .join(' '),
    `${russianReceptions(figures.receptions.current, figures.helped.current)} ${russianControl(
      figures.underControl.current,
      figures.overdue.current,
    )}`,
    russianRegistry(figures.associations.current, figures.members.current),
    ...(figures.publications ? [russianPublications(figures.publications.count, figures.publications.reach)] : []),
  ];
}
