import type { DirectoryKind } from '../model/records';

export interface DirectorySeed {
  kind: DirectoryKind;
  code: string;
  nameRu: string;
  nameKk: string;
  /** Code of the parent item of kind `project`, for directions. */
  parentCode?: string;
}

type Pair = readonly [code: string, ru: string, kk: string];

function items(kind: DirectoryKind, pairs: readonly Pair[], parentCode?: string): DirectorySeed[] {
  return pairs.map(([code, nameRu, nameKk]) => ({ kind, code, nameRu, nameKk, ...(parentCode ? { parentCode } : {}) }));
}

/** Event formats named in the seeds (meetings with residents, dialogue platforms, raids…). */
const eventTypes: Pair[] = [
  ['residents_meeting', 'Встреча с жителями', 'Тұрғындармен кездесу'],
  ['seminar', 'Семинар', 'Семинар'],
  ['round_table', 'Круглый стол', 'Дөңгелек үстел'],
  ['training', 'Тренинг', 'Тренинг'],
  ['focus_group', 'Фокус-групповое исследование', 'Фокус-топтық зерттеу'],
  ['dialogue_platform', 'Диалоговая площадка', 'Диалог алаңы'],
  ['cultural', 'Культурное мероприятие', 'Мәдени іс-шара'],
  ['sports', 'Спортивное мероприятие', 'Спорттық іс-шара'],
  ['literary', 'Литературное мероприятие', 'Әдеби іс-шара'],
  ['raid', 'Рейдовое мероприятие', 'Рейдтік іс-шара'],
  ['master_class', 'Мастер-класс', 'Шеберлік сыныбы'],
  ['team_building', 'Тимбилдинг', 'Тимбилдинг'],
  ['reception_day', 'День приёма граждан', 'Азаматтарды қабылдау күні'],
  ['probation_meeting', 'Встреча с состоящими на учёте пробации', 'Пробация есебіндегілермен кездесу'],
];

const audiences: Pair[] = [
  ['youth', 'Молодёжь', 'Жастар'],
  ['students', 'Студенты', 'Студенттер'],
  ['schoolchildren', 'Школьники', 'Мектеп оқушылары'],
  ['teachers', 'Учителя', 'Мұғалімдер'],
  ['doctors', 'Врачи', 'Дәрігерлер'],
  ['elders', 'Аксакалы', 'Ақсақалдар'],
  ['women', 'Женщины', 'Әйелдер'],
  ['believers', 'Верующие', 'Дінге сенушілер'],
  ['probation', 'Состоящие на учёте пробации', 'Пробация есебіндегілер'],
  ['civil_servants', 'Государственные служащие', 'Мемлекеттік қызметшілер'],
  ['entrepreneurs', 'Предприниматели', 'Кәсіпкерлер'],
  ['ethnocultural', 'Этнокультурные объединения', 'Этномәдени бірлестіктер'],
  ['residents', 'Жители', 'Тұрғындар'],
];

const receptionTopics: Pair[] = [
  ['housing', 'Жилищный вопрос', 'Тұрғын үй мәселесі'],
  ['land', 'Земельный вопрос', 'Жер мәселесі'],
  ['employment', 'Трудоустройство', 'Жұмысқа орналасу'],
  ['grants_credits', 'Гранты и кредиты', 'Гранттар мен несиелер'],
  ['social_support', 'Социальная поддержка', 'Әлеуметтік қолдау'],
  ['utilities', 'Коммунальные услуги', 'Коммуналдық қызметтер'],
  ['legal_advice', 'Юридическая консультация', 'Заң кеңесі'],
  ['religion', 'Вопросы религии', 'Дін мәселелері'],
  ['interethnic', 'Межэтнические отношения', 'Этносаралық қатынастар'],
  ['corruption', 'Коррупция', 'Сыбайлас жемқорлық'],
  ['other', 'Другое', 'Басқа'],
];

/** Departments whose staff sit in the working groups (seed 001). */
const agencies: Pair[] = [
  ['internal_policy', 'Управление внутренней политики', 'Ішкі саясат басқармасы'],
  ['law_enforcement', 'Правоохранительные органы', 'Құқық қорғау органдары'],
  ['culture', 'Управление культуры', 'Мәдениет басқармасы'],
  ['education', 'Управление образования', 'Білім басқармасы'],
  ['sport', 'Управление физической культуры и спорта', 'Дене шынықтыру және спорт басқармасы'],
  ['religion', 'Управление по делам религий', 'Дін істері басқармасы'],
  ['languages', 'Управление по развитию языков', 'Тілдерді дамыту басқармасы'],
  ['youth', 'Управление молодёжной политики', 'Жастар саясаты басқармасы'],
  [
    'employment',
    'Управление занятости и социальных программ',
    'Жұмыспен қамту және әлеуметтік бағдарламалар басқармасы',
  ],
  ['veterinary', 'Управление ветеринарии', 'Ветеринария басқармасы'],
  ['energy_housing', 'Управление энергетики и ЖКХ', 'Энергетика және тұрғын үй-коммуналдық шаруашылық басқармасы'],
  ['natural_resources', 'Управление природных ресурсов', 'Табиғи ресурстар басқармасы'],
  ['anti_corruption', 'Антикоррупционная служба', 'Сыбайлас жемқорлыққа қарсы іс-қимыл қызметі'],
  ['probation', 'Служба пробации', 'Пробация қызметі'],
  ['akimat', 'Аппарат акима', 'Әкім аппараты'],
  ['house_of_friendship', 'Дом дружбы', 'Достық үйі'],
  ['assembly', 'Ассамблея народа Казахстана', 'Қазақстан халқы Ассамблеясы'],
];

const projects: Pair[] = [
  ['peace_and_accord', 'Мир и согласие («Бейбітшілік пен келісім»)', '«Бейбітшілік пен келісім»'],
  ['united_society', '«Біртұтас қоғам: келісім және сенім»', '«Біртұтас қоғам: келісім және сенім»'],
];

/** The five working-group directions of the Zhambyl pilot (seed 000). */
const peaceDirections: Pair[] = [
  ['information', 'Информационно-разъяснительная работа', 'Ақпараттық-түсіндіру жұмысы'],
  ['rural_business', 'Развитие бизнеса на селе', 'Ауылда бизнесті дамыту'],
  ['religion', 'Вопросы религии', 'Дін мәселелері'],
  ['public_order', 'Правопорядок и безопасность дорожного движения', 'Құқықтық тәртіп және жол қозғалысы қауіпсіздігі'],
  ['anti_corruption', 'Противодействие коррупции', 'Сыбайлас жемқорлыққа қарсы іс-қимыл'],
];

/** Seed 002: training civil servants and finding possible hotbeds of tension early. */
const unitedSocietyDirections: Pair[] = [
  ['interethnic_training', 'Обучение навыкам межэтнической коммуникации', 'Этносаралық коммуникация дағдыларына оқыту'],
  ['tension_prevention', 'Выявление и профилактика очагов напряжённости', 'Шиеленіс ошақтарын анықтау және алдын алу'],
  ['mediation', 'Медиация и советы общественного согласия', 'Медиация және қоғамдық келісім кеңестері'],
];

const legalForms: Pair[] = [
  ['public_association', 'Общественное объединение', 'Қоғамдық бірлестік'],
  ['public_fund', 'Общественный фонд', 'Қоғамдық қор'],
  ['association_of_legal_entities', 'Объединение юридических лиц', 'Заңды тұлғалар бірлестігі'],
  ['branch', 'Филиал', 'Филиал'],
  ['no_legal_entity', 'Без образования юридического лица', 'Заңды тұлға құрмай'],
];

const unitKinds: Pair[] = [
  ['sunday_school', 'Воскресная школа родного языка', 'Ана тілі жексенбілік мектебі'],
  ['art_collective', 'Творческий коллектив', 'Шығармашылық ұжым'],
  ['youth_wing', 'Молодёжное крыло', 'Жастар қанаты'],
  ['womens_council', 'Женский совет', 'Әйелдер кеңесі'],
  ['elders_council', 'Совет аксакалов', 'Ақсақалдар кеңесі'],
];

export const directorySeed: readonly DirectorySeed[] = [
  ...items('event_type', eventTypes),
  ...items('audience', audiences),
  ...items('reception_topic', receptionTopics),
  ...items('agency', agencies),
  ...items('project', projects),
  ...items('direction', peaceDirections, 'peace_and_accord'),
  ...items('direction', unitedSocietyDirections, 'united_society'),
  ...items('legal_form', legalForms),
  ...items('unit_kind', unitKinds),
];

export function directoryItemId(kind: DirectoryKind, code: string): `${DirectoryKind}:${string}` {
  return `${kind}:${code}`;
}
