import { addDays } from '../dates/iso';
import { directoryItemId } from '../directories/seed';
import { toDirectoryItemId, toPlanId, toPlanItemId, toPublicationId, toReceptionSessionId } from '../model/ids';
import type {
  KelisimEvent,
  OutletType,
  Plan,
  PlanDeadline,
  PlanItem,
  Publication,
  PublicationLanguage,
  ReceptionOutcome,
  ReceptionSession,
  Visit,
  WorkingGroup,
} from '../model/records';
import type { DemoPlace } from './generate';
import { SeededRandom } from './random';

export interface PlanDemo {
  plans: Plan[];
  planItems: PlanItem[];
  publications: Publication[];
  receptionSessions: ReceptionSession[];
}

type Base = { createdAt: string; updatedAt: string; author: string };

interface ItemTemplate {
  ru: string;
  kk: string;
  agencies: readonly string[];
  deadline: PlanDeadline;
  form: string;
  target?: { value: number; unit: string };
}

const date = (monthDay: string): PlanDeadline => ({ kind: 'date', date: monthDay });

/** Items as district plans of the Concept of public accord word them (seed texts 000–002). */
const TEMPLATES: readonly ((year: number) => ItemTemplate)[] = [
  (y) => ({
    ru: 'Проведение мероприятий, посвящённых Дню благодарности',
    kk: 'Алғыс айту күніне арналған іс-шаралар өткізу',
    agencies: ['internal_policy', 'house_of_friendship'],
    deadline: date(`${y}-03-01`),
    form: 'Информация в секретариат АНК',
  }),
  (y) => ({
    ru: 'Празднование Наурыз мейрамы с участием этнокультурных объединений',
    kk: 'Этномәдени бірлестіктердің қатысуымен Наурыз мейрамын мерекелеу',
    agencies: ['culture', 'house_of_friendship'],
    deadline: date(`${y}-03-23`),
    form: 'Информация в секретариат АНК',
  }),
  (y) => ({
    ru: 'Мероприятия ко Дню единства народа Казахстана',
    kk: 'Қазақстан халқының бірлігі күніне арналған іс-шаралар',
    agencies: ['internal_policy', 'culture'],
    deadline: date(`${y}-05-01`),
    form: 'Информация в акимат',
  }),
  () => ({
    ru: 'Заседания Совета общественного согласия',
    kk: 'Қоғамдық келісім кеңесінің отырыстары',
    agencies: ['internal_policy'],
    deadline: { kind: 'quarterly' },
    form: 'Протокол заседания',
    target: { value: 4, unit: 'заседаний' },
  }),
  () => ({
    ru: 'Выездные встречи информационно-разъяснительных групп с жителями сельских округов',
    kk: 'Ақпараттық-түсіндіру топтарының ауылдық округ тұрғындарымен көшпелі кездесулері',
    agencies: ['internal_policy', 'akimat'],
    deadline: { kind: 'monthly' },
    form: 'Информация в акимат',
    target: { value: 24, unit: 'встреч' },
  }),
  () => ({
    ru: 'Мониторинг этносоциальной ситуации и выявление очагов напряжённости',
    kk: 'Этноәлеуметтік ахуалды мониторингтеу және шиеленіс ошақтарын анықтау',
    agencies: ['internal_policy', 'law_enforcement'],
    deadline: { kind: 'monthly' },
    form: 'Аналитическая справка',
  }),
  () => ({
    ru: 'Курсы казахского языка для взрослых при этнокультурных объединениях',
    kk: 'Этномәдени бірлестіктер жанындағы ересектерге арналған қазақ тілі курстары',
    agencies: ['languages', 'house_of_friendship'],
    deadline: { kind: 'year' },
    form: 'Информация в управление по развитию языков',
    target: { value: 60, unit: 'слушателей' },
  }),
  (y) => ({
    ru: 'Мероприятия ко Дню языков народа Казахстана',
    kk: 'Қазақстан халқы тілдері күніне арналған іс-шаралар',
    agencies: ['languages', 'education'],
    deadline: date(`${y}-09-05`),
    form: 'Информация в секретариат АНК',
  }),
  () => ({
    ru: 'Обучение членов советов общественного согласия навыкам медиации',
    kk: 'Қоғамдық келісім кеңестерінің мүшелерін медиация дағдыларына оқыту',
    agencies: ['internal_policy', 'assembly'],
    deadline: { kind: 'quarter', quarter: 2 },
    form: 'Семинар',
    target: { value: 30, unit: 'человек' },
  }),
  () => ({
    ru: 'Освещение в СМИ и социальных сетях деятельности Ассамблеи народа Казахстана',
    kk: 'Қазақстан халқы Ассамблеясының қызметін БАҚ пен әлеуметтік желілерде жариялау',
    agencies: ['internal_policy'],
    deadline: { kind: 'quarterly' },
    form: 'Публикации',
    target: { value: 120, unit: 'публикаций' },
  }),
  () => ({
    ru: 'Встречи с молодёжью по профилактике религиозного экстремизма',
    kk: 'Діни экстремизмнің алдын алу бойынша жастармен кездесулер',
    agencies: ['religion', 'youth'],
    deadline: { kind: 'year' },
    form: 'Информация в акимат',
  }),
  () => ({
    ru: 'Дни культуры этносов Казахстана',
    kk: 'Қазақстан этностарының мәдениет күндері',
    agencies: ['culture', 'house_of_friendship'],
    deadline: { kind: 'quarter', quarter: 3 },
    form: 'Концертная программа',
  }),
  (y) => ({
    ru: 'Мероприятия ко Дню Конституции Республики Казахстан',
    kk: 'Қазақстан Республикасының Конституция күніне арналған іс-шаралар',
    agencies: ['internal_policy', 'education'],
    deadline: date(`${y}-08-30`),
    form: 'Информация в акимат',
  }),
  (y) => ({
    ru: 'Мероприятия ко Дню Республики',
    kk: 'Республика күніне арналған іс-шаралар',
    agencies: ['internal_policy', 'culture'],
    deadline: date(`${y}-10-25`),
    form: 'Информация в акимат',
  }),
  (y) => ({
    ru: 'Мероприятия ко Дню Независимости Республики Казахстан',
    kk: 'Қазақстан Республикасының Тәуелсіздік күніне арналған іс-шаралар',
    agencies: ['internal_policy', 'culture', 'youth'],
    deadline: date(`${y}-12-16`),
    form: 'Информация в секретариат АНК',
  }),
  () => ({
    ru: 'Районный конкурс «Лучшее этнокультурное объединение года»',
    kk: '«Жылдың үздік этномәдени бірлестігі» аудандық байқауы',
    agencies: ['house_of_friendship'],
    deadline: { kind: 'quarter', quarter: 4 },
    form: 'Приказ о награждении',
  }),
  () => ({
    ru: 'Семинар для руководителей этнокультурных объединений',
    kk: 'Этномәдени бірлестіктер басшыларына арналған семинар',
    agencies: ['internal_policy', 'assembly'],
    deadline: { kind: 'quarter', quarter: 1 },
    form: 'Семинар',
  }),
  () => ({
    ru: 'Приём граждан рабочими группами в сельских округах',
    kk: 'Ауылдық округтерде жұмыс топтарының азаматтарды қабылдауы',
    agencies: ['akimat', 'employment'],
    deadline: { kind: 'monthly' },
    form: 'Журнал приёма',
  }),
  () => ({
    ru: 'Круглый стол «Единство в многообразии» с участием духовенства и общественности',
    kk: 'Дін қызметкерлері мен жұртшылықтың қатысуымен «Алуандықтағы бірлік» дөңгелек үстелі',
    agencies: ['religion', 'internal_policy'],
    deadline: { kind: 'quarter', quarter: 2 },
    form: 'Резолюция круглого стола',
  }),
  () => ({
    ru: 'Спортивный турнир среди молодёжи этнокультурных объединений',
    kk: 'Этномәдени бірлестіктер жастары арасында спорттық турнир',
    agencies: ['sport', 'youth'],
    deadline: { kind: 'quarter', quarter: 3 },
    form: 'Информация в акимат',
  }),
];

function pickTemplate(index: number, year: number): ItemTemplate {
  const template = TEMPLATES[index % TEMPLATES.length];
  if (!template) throw new RangeError('no plan item templates');
  return template(year);
}

const OUTLETS: readonly (readonly [OutletType, string, PublicationLanguage])[] = [
  ['newspaper', '«Ақ жол»', 'kk'],
  ['newspaper', '«Знамя труда»', 'ru'],
  ['tv', 'Телеканал «Jambyl»', 'kk_ru'],
  ['radio', 'Радио «Шалқар»', 'kk'],
  ['website', 'Сайт акимата района', 'kk_ru'],
  ['instagram', 'Instagram акимата района', 'kk_ru'],
  ['facebook', 'Facebook Дома дружбы', 'ru'],
  ['telegram', 'Telegram-канал акимата района', 'kk_ru'],
  ['youtube', 'YouTube-канал АНК района', 'kk'],
  ['tiktok', 'TikTok молодёжного ресурсного центра', 'kk'],
];

const SESSION_OUTCOMES: readonly (readonly [ReceptionOutcome, number])[] = [
  ['helped', 0.19],
  ['control', 0.02],
  ['referred', 0.2],
  ['declined', 0.04],
];
const SESSION_TOPICS = ['housing', 'land', 'employment', 'social_support', 'utilities', 'legal_advice'] as const;

/**
 * The year's plan of measures (its items spread over the district's settlements when the district is
 * large: 200 items at 100,000 people), publications about the work (5 per 100 people) and the
 * working groups' mass receptions, some of the demo's events and publications carrying out plan
 * items. Drawn from its own seed so that the other demo records stay the same; events are linked by
 * setting their `planItemId`.
 */
export function planDemo(
  options: { today: string; author: string; seed: number; people: number; places: readonly DemoPlace[] },
  events: KelisimEvent[],
  visits: readonly Visit[],
  groups: readonly WorkingGroup[],
): PlanDemo {
  const random = new SeededRandom(options.seed);
  const stamp = `${options.today}T09:00:00.000Z`;
  const base: Base = { createdAt: stamp, updatedAt: stamp, author: options.author };
  const year = Number(options.today.slice(0, 4));
  const plan: Plan = {
    id: toPlanId(random.uuid()),
    ...base,
    name: `План мероприятий по реализации Концепции развития общественного согласия на ${year} год`,
    nameKk: `Қоғамдық келісімді дамыту тұжырымдамасын іске асыру жөніндегі ${year} жылға арналған іс-шаралар жоспары`,
    approvedBy: 'Акимат района',
    documentNo: String(random.int(10, 250)),
    documentDate: `${year}-01-${String(random.int(10, 28)).padStart(2, '0')}`,
    year,
    projectId: toDirectoryItemId(directoryItemId('project', 'united_society')),
  };
  const itemCount = Math.min(200, Math.max(TEMPLATES.length, Math.round(options.people / 500)));
  const planItems = Array.from({ length: itemCount }, (_, index): PlanItem => {
    const template = pickTemplate(index, year);
    const round = Math.floor(index / TEMPLATES.length);
    // Past the first round the same measure is planned settlement by settlement, as large plans are.
    const place = round > 0 ? options.places[(index + round) % options.places.length] : undefined;
    const item: PlanItem = {
      id: toPlanItemId(random.uuid()),
      ...base,
      planId: plan.id,
      number: String(index + 1),
      order: index + 1,
      textRu: place ? `${template.ru} (${place.nameRu})` : template.ru,
      textKk: place ? `${template.kk} (${place.nameKk})` : template.kk,
      responsibleAgencyIds: template.agencies.map((code) => toDirectoryItemId(directoryItemId('agency', code))),
      deadline: template.deadline,
      completionForm: template.form,
      executions: [],
    };
    if (template.target) {
      item.targetValue = template.target.value;
      item.targetUnit = template.target.unit;
    }
    return item;
  });

  const heldThisYear = events.filter((event) => event.status === 'held' && event.start.startsWith(String(year)));
  for (const event of heldThisYear) {
    if (random.chance(0.3)) event.planItemId = random.pick(planItems).id;
  }
  const currentQuarter = Math.floor((Number(options.today.slice(5, 7)) - 1) / 3) + 1;
  for (const item of planItems) {
    const due = item.deadline.kind === 'date' ? item.deadline.date : undefined;
    if (due && due < options.today && random.chance(0.85)) item.doneOn = due;
    for (let quarter = 1; quarter < currentQuarter; quarter++) {
      if (!random.chance(0.6)) continue;
      item.executions.push({
        quarter: quarter as 1 | 2 | 3 | 4,
        textRu: 'Мероприятия проведены в соответствии с планом, информация направлена в установленный срок.',
        textKk: 'Іс-шаралар жоспарға сәйкес өткізілді, ақпарат белгіленген мерзімде жіберілді.',
        ...(item.targetValue !== undefined
          ? { value: Math.round((item.targetValue / 4) * random.int(6, 12)) / 10 }
          : {}),
        author: options.author,
        updatedAt: stamp,
      });
    }
  }

  const publicationCount = Math.max(10, Math.round(options.people * 0.05));
  const publications = Array.from({ length: publicationCount }, (): Publication => {
    const [outletType, outletName, language] = random.pick(OUTLETS);
    const event = heldThisYear.length > 0 && random.chance(0.4) ? random.pick(heldThisYear) : undefined;
    const publication: Publication = {
      id: toPublicationId(random.uuid()),
      ...base,
      date: event ? addDays(event.start.slice(0, 10), random.int(0, 2)) : addDays(options.today, -random.int(0, 365)),
      outletType,
      outletName,
      language,
      title: event ? `«${event.title}»` : 'О работе Ассамблеи народа Казахстана в районе',
    };
    if (event) publication.eventId = event.id;
    if (event?.planItemId) publication.planItemId = event.planItemId;
    if (outletType !== 'newspaper' || random.chance(0.3)) publication.reach = random.int(2, 150) * 100;
    return publication;
  });

  const leaders = new Map(groups.map((group) => [group.id as string, group.leaderId]));
  const receptionSessions = visits
    .filter((visit) => visit.start <= options.today && random.chance(0.3))
    .map((visit): ReceptionSession => {
      const received = random.int(4, 60) * 10;
      const byOutcome: Partial<Record<ReceptionOutcome, number>> = {};
      for (const [outcome, share] of SESSION_OUTCOMES) byOutcome[outcome] = Math.round(received * share);
      // Whoever the rounding left over was given an explanation, so that the outcomes add up to those received.
      const others = SESSION_OUTCOMES.reduce(
        (sum, [outcome]) => sum + (outcome === 'explained' ? 0 : (byOutcome[outcome] ?? 0)),
        0,
      );
      byOutcome.explained = received - others;
      const byTopic: Record<string, number> = {};
      for (const topic of SESSION_TOPICS) byTopic[topic] = Math.round((received * random.int(5, 15)) / 100);
      const leader = leaders.get(visit.workingGroupId);
      return {
        id: toReceptionSessionId(random.uuid()),
        ...base,
        date: visit.start,
        placeId: visit.placeId,
        visitId: visit.id,
        officialIds: leader ? [leader] : [],
        received,
        byTopic,
        byOutcome,
      };
    });

  return { plans: [plan], planItems, publications, receptionSessions };
}
