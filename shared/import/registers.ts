import type { NamedOption } from './lookups';
import type { ImportField } from './types';

/**
 * The column names people really use for each field, in Russian and Kazakh (lower case, without
 * punctuation). The importer maps a sheet's columns by these first, then by the values in them.
 */
export const memberFields: readonly ImportField[] = [
  { key: 'rowNumber', kind: 'skip', headers: ['№', 'n', 'no', '№ п/п', 'п/п', 'р/с', 'р/н', 'реттік нөмір'] },
  {
    key: 'fullName',
    kind: 'full_name',
    headers: [
      'фио',
      'ф и о',
      'фамилия имя отчество',
      'аты жөні',
      'аты-жөні',
      'тегі аты әкесінің аты',
      'т а ә',
      'тегі аты',
    ],
  },
  { key: 'surname', kind: 'text', headers: ['фамилия', 'тегі', 'тек'] },
  { key: 'givenName', kind: 'text', headers: ['имя', 'аты', 'есімі'] },
  {
    key: 'patronymic',
    kind: 'text',
    headers: ['отчество', 'әкесінің аты', 'әкесінің есімі', 'әкесінің аты бар болса'],
  },
  {
    key: 'latinName',
    kind: 'text',
    headers: [
      'фио латиницей',
      'фио на латинице',
      'фио латинскими буквами',
      'фио как в паспорте',
      'фио по паспорту латиницей',
      'латынша аты-жөні',
      'латынша аты жөні',
      'аты-жөні латынша',
      'аты жөні латын әріптерімен',
      'name in latin',
      'latin name',
      'full name in latin',
      'name as in passport',
    ],
  },
  {
    key: 'iin',
    kind: 'iin',
    headers: ['иин', 'жсн', 'индивидуальный идентификационный номер', 'жеке сәйкестендіру нөмірі'],
  },
  { key: 'birthDate', kind: 'date', headers: ['дата рождения', 'туған күні', 'туған күні айы жылы', 'дата рожд'] },
  { key: 'sex', kind: 'sex', headers: ['пол', 'жынысы'] },
  {
    key: 'ethnicGroupId',
    kind: 'ethnos',
    headers: ['национальность', 'ұлты', 'этнос', 'этническая принадлежность', 'этникалық тиесілігі'],
  },
  {
    key: 'phone',
    kind: 'phone',
    headers: [
      'телефон',
      'тел',
      'контактный телефон',
      'моб телефон',
      'мобильный телефон',
      'байланыс телефоны',
      'ұялы телефон',
      'телефоны',
    ],
  },
  {
    key: 'address',
    kind: 'text',
    headers: ['адрес', 'мекенжайы', 'мекенжай', 'адрес проживания', 'тұрғылықты мекенжайы'],
  },
  {
    key: 'placeId',
    kind: 'place',
    headers: ['населенный пункт', 'елді мекен', 'село', 'ауыл', 'нп', 'место проживания'],
  },
  { key: 'placeCode', kind: 'place', headers: ['код като', 'като', 'әаож коды', 'әаож'] },
  {
    key: 'occupation',
    kind: 'text',
    headers: ['место работы', 'должность', 'место работы должность', 'жұмыс орны', 'лауазымы', 'жұмыс орны лауазымы'],
  },
  { key: 'education', kind: 'text', headers: ['образование', 'білімі'] },
  {
    key: 'associationId',
    kind: 'association',
    headers: [
      'объединение',
      'этнокультурное объединение',
      'название объединения',
      'бірлестік',
      'этномәдени бірлестік',
      'эко',
    ],
  },
  {
    key: 'role',
    kind: 'role',
    headers: ['роль', 'роль в объединении', 'статус в объединении', 'бірлестіктегі рөлі', 'рөлі'],
  },
  {
    key: 'joinedOn',
    kind: 'date',
    headers: [
      'дата вступления',
      'дата вступления в объединение',
      'мүше болған күні',
      'кірген күні',
      'мүшелікке кірген күні',
    ],
  },
  { key: 'notes', kind: 'text', headers: ['примечание', 'ескертпе', 'прим', 'примечания'] },
];

export const associationFields: readonly ImportField[] = [
  { key: 'rowNumber', kind: 'skip', headers: ['№', 'n', 'no', '№ п/п', 'п/п', 'р/с', 'р/н'] },
  {
    key: 'nameRu',
    kind: 'text',
    headers: [
      'название рус',
      'наименование',
      'название',
      'наименование объединения',
      'название объединения',
      'атауы орыс',
    ],
  },
  {
    key: 'nameKk',
    kind: 'text',
    headers: ['название каз', 'атауы қаз', 'атауы', 'бірлестіктің атауы', 'наименование на казахском'],
  },
  { key: 'ethnicGroupIds', kind: 'ethnos_list', headers: ['этнос', 'этносы', 'национальность', 'ұлты', 'этностар'] },
  {
    key: 'legalFormCode',
    kind: 'legal_form',
    headers: ['организационно-правовая форма', 'опф', 'ұйымдық-құқықтық нысаны', 'ұйымдық құқықтық нысаны'],
  },
  { key: 'bin', kind: 'bin', headers: ['бин', 'бсн', 'бизнес-идентификационный номер'] },
  { key: 'registeredOn', kind: 'date', headers: ['дата регистрации', 'тіркелген күні'] },
  { key: 'foundedOn', kind: 'date', headers: ['дата основания', 'дата создания', 'құрылған күні'] },
  { key: 'chairman', kind: 'text', headers: ['председатель', 'руководитель', 'төраға', 'жетекші', 'фио председателя'] },
  { key: 'phone', kind: 'phone', headers: ['телефон', 'тел', 'контактный телефон', 'байланыс телефоны'] },
  {
    key: 'email',
    kind: 'email',
    headers: ['e-mail', 'email', 'эл почта', 'эл пошта', 'электронная почта', 'электрондық пошта'],
  },
  { key: 'address', kind: 'text', headers: ['адрес', 'мекенжайы', 'юридический адрес'] },
  { key: 'placeId', kind: 'place', headers: ['населенный пункт', 'елді мекен', 'село', 'ауыл'] },
  { key: 'placeCode', kind: 'place', headers: ['код като', 'като', 'әаож коды', 'әаож'] },
  { key: 'assemblyMember', kind: 'boolean', headers: ['член анк', 'член ассамблеи', 'қха мүшесі', 'ассамблея мүшесі'] },
  { key: 'cabinet', kind: 'text', headers: ['кабинет', 'кабинет в доме дружбы', 'достық үйіндегі кабинеті'] },
  { key: 'status', kind: 'status', headers: ['статус', 'состояние', 'мәртебесі'] },
  { key: 'memberCount', kind: 'skip', headers: ['членов', 'количество членов', 'мүшелер саны', 'мүшелері'] },
  { key: 'notes', kind: 'text', headers: ['примечание', 'ескертпе', 'прим'] },
];

/** A plan of events for a quarter or a year, as departments send it. */
export const eventFields: readonly ImportField[] = [
  { key: 'rowNumber', kind: 'skip', headers: ['№', 'n', 'no', '№ п/п', 'п/п', 'р/с', 'р/н'] },
  {
    key: 'title',
    kind: 'text',
    headers: [
      'наименование мероприятия',
      'мероприятие',
      'мероприятия',
      'название мероприятия',
      'название',
      'тема',
      'іс шара',
      'іс шаралар',
      'іс шараның атауы',
      'атауы',
      'тақырыбы',
    ],
  },
  {
    key: 'typeCode',
    kind: 'event_type',
    headers: ['форма проведения', 'форма', 'вид мероприятия', 'формат', 'өткізу түрі', 'өткізу нысаны', 'түрі'],
  },
  {
    key: 'date',
    kind: 'date',
    headers: [
      'дата',
      'дата проведения',
      'срок',
      'срок проведения',
      'сроки',
      'күні',
      'өткізу күні',
      'мерзімі',
      'өткізу мерзімі',
    ],
  },
  { key: 'time', kind: 'time', headers: ['время', 'время проведения', 'уақыты', 'өткізу уақыты'] },
  { key: 'placeId', kind: 'place', headers: ['населенный пункт', 'елді мекен', 'село', 'ауыл', 'район', 'аудан'] },
  { key: 'placeCode', kind: 'place', headers: ['код като', 'като', 'әаож коды', 'әаож'] },
  {
    key: 'venue',
    kind: 'text',
    headers: ['место проведения', 'место', 'өткізілетін орны', 'өткізу орны', 'орны'],
  },
  {
    key: 'plannedParticipants',
    kind: 'count',
    headers: [
      'охват',
      'планируемый охват',
      'количество участников',
      'участников',
      'қамту',
      'қатысушылар саны',
      'қатысушылар',
    ],
  },
  {
    key: 'responsible',
    kind: 'skip',
    headers: ['ответственные', 'ответственный', 'исполнитель', 'жауаптылар', 'жауапты', 'орындаушы'],
  },
];

/**
 * A journal of citizen receptions as offices keep it in Excel: date, the citizen (name, IIN,
 * phone, place), topic, summary, result, who answers for it and by when, who received.
 */
export const receptionFields: readonly ImportField[] = [
  { key: 'rowNumber', kind: 'skip', headers: ['№', 'n', 'no', '№ п/п', 'п/п', 'р/с', 'р/н'] },
  {
    key: 'date',
    kind: 'date',
    headers: [
      'дата приема',
      'дата',
      'дата обращения',
      'дата поступления',
      'қабылдау күні',
      'қабылданған күні',
      'өтініш күні',
      'күні',
    ],
  },
  {
    key: 'fullName',
    kind: 'full_name',
    headers: [
      'фио заявителя',
      'фио',
      'ф и о',
      'фамилия имя отчество',
      'фио гражданина',
      'заявитель',
      'фио обратившегося',
      'өтініш берушінің аты жөні',
      'өтініш берушінің аты-жөні',
      'өтініш беруші',
      'аты жөні',
      'аты-жөні',
      'тегі аты әкесінің аты',
    ],
  },
  {
    key: 'iin',
    kind: 'iin',
    headers: ['иин', 'жсн', 'иин заявителя', 'индивидуальный идентификационный номер', 'жеке сәйкестендіру нөмірі'],
  },
  { key: 'birthDate', kind: 'date', headers: ['дата рождения', 'туған күні', 'туған күні айы жылы'] },
  {
    key: 'phone',
    kind: 'phone',
    headers: ['телефон', 'тел', 'контактный телефон', 'байланыс телефоны', 'ұялы телефон', 'телефоны'],
  },
  {
    key: 'placeId',
    kind: 'place',
    headers: ['населенный пункт', 'елді мекен', 'село', 'ауыл', 'нп', 'место проживания'],
  },
  { key: 'placeCode', kind: 'place', headers: ['код като', 'като', 'әаож коды', 'әаож'] },
  {
    key: 'address',
    kind: 'text',
    headers: ['адрес', 'адрес проживания', 'адрес заявителя', 'мекенжайы', 'мекенжай', 'тұрғылықты мекенжайы'],
  },
  {
    key: 'topicCode',
    kind: 'reception_topic',
    headers: [
      'тема обращения',
      'тема',
      'вопрос',
      'тематика',
      'характер обращения',
      'тақырыбы',
      'өтініш тақырыбы',
      'мәселе',
      'мәселенің түрі',
    ],
  },
  {
    key: 'summary',
    kind: 'text',
    headers: [
      'краткое содержание',
      'краткое содержание обращения',
      'суть обращения',
      'суть вопроса',
      'содержание обращения',
      'содержание',
      'қысқаша мазмұны',
      'өтініштің қысқаша мазмұны',
      'өтініштің мәні',
      'мазмұны',
    ],
  },
  {
    key: 'outcome',
    kind: 'text',
    headers: [
      'результат',
      'результат рассмотрения',
      'результат приема',
      'принятые меры',
      'нәтижесі',
      'қарау нәтижесі',
      'қабылданған шаралар',
    ],
  },
  {
    key: 'referredToAgencyId',
    kind: 'agency',
    headers: ['куда направлено', 'направлено в', 'қайда жіберілді', 'жіберілген орган'],
  },
  {
    key: 'responsibleBody',
    kind: 'text',
    headers: [
      'ответственный',
      'ответственный орган',
      'ответственный исполнитель',
      'исполнитель',
      'жауапты',
      'жауапты орган',
      'жауапты орындаушы',
      'орындаушы',
    ],
  },
  {
    key: 'deadline',
    kind: 'date',
    headers: [
      'срок исполнения',
      'дата исполнения',
      'срок',
      'контрольный срок',
      'срок рассмотрения',
      'орындау мерзімі',
      'мерзімі',
    ],
  },
  {
    key: 'officialName',
    kind: 'text',
    headers: [
      'принимал',
      'кто вел прием',
      'кто принимал',
      'принявший',
      'фио принимавшего',
      'ведущий прием',
      'проводивший прием',
      'қабылдаған',
      'қабылдаған тұлға',
      'қабылдауды жүргізген',
      'қабылдау жүргізуші',
    ],
  },
  {
    key: 'confidential',
    kind: 'boolean',
    headers: ['конфиденциально', 'конфиденциальный', 'конфиденциальность', 'құпия'],
  },
  // The appeal as the Administrative Procedural Code counts it: journals kept before had none of these.
  {
    key: 'appealType',
    kind: 'text',
    headers: ['вид обращения', 'тип обращения', 'форма обращения', 'өтініш түрі', 'өтініштің түрі'],
  },
  {
    key: 'channel',
    kind: 'text',
    headers: [
      'канал поступления',
      'способ поступления',
      'как поступило',
      'источник поступления',
      'түсу арнасы',
      'келіп түсу тәсілі',
      'қалай түсті',
    ],
  },
  {
    key: 'registrationNo',
    kind: 'text',
    headers: [
      'регистрационный номер',
      'рег номер',
      'входящий номер',
      'вх номер',
      '№ регистрации',
      'тіркеу нөмірі',
      'кіріс нөмірі',
    ],
  },
  { key: 'registeredOn', kind: 'date', headers: ['дата регистрации', 'тіркелген күні', 'тіркеу күні'] },
  { key: 'answeredOn', kind: 'date', headers: ['дата ответа', 'жауап берілген күні', 'жауап күні'] },
  { key: 'answerForm', kind: 'text', headers: ['форма ответа', 'жауап нысаны'] },
  {
    key: 'answerResult',
    kind: 'text',
    headers: [
      'итог рассмотрения',
      'решение по обращению',
      'результат ответа',
      'өтініш бойынша шешім',
      'жауап нәтижесі',
    ],
  },
];

/**
 * The population of settlements by ethnos, in either of the two shapes statistics offices send:
 * long (a row per settlement and ethnos: place, ethnos, count, year) or wide (a row per settlement,
 * a column per ethnos, see `ethnosColumnFields`, and a total). A year column is optional.
 */
export const populationFields: readonly ImportField[] = [
  { key: 'rowNumber', kind: 'skip', headers: ['№', 'n', 'no', '№ п/п', 'п/п', 'р/с', 'р/н'] },
  {
    key: 'placeId',
    kind: 'place',
    identifies: true,
    headers: [
      'населенный пункт',
      'наименование населенного пункта',
      'елді мекен',
      'елді мекеннің атауы',
      'село',
      'ауыл',
      'нп',
    ],
  },
  { key: 'placeCode', kind: 'place', identifies: true, headers: ['код като', 'като', 'әаож коды', 'әаож'] },
  {
    key: 'ethnicGroupId',
    kind: 'ethnos',
    headers: ['национальность', 'ұлты', 'ұлт', 'этнос', 'этническая группа', 'этникалық топ'],
  },
  {
    key: 'count',
    kind: 'count',
    headers: [
      'численность',
      'численность населения',
      'количество',
      'количество человек',
      'кол-во',
      'число жителей',
      'чел',
      'человек',
      'саны',
      'халық саны',
      'адам саны',
      'адам',
    ],
  },
  {
    key: 'total',
    kind: 'count',
    headers: [
      'всего',
      'итого',
      'всего населения',
      'население всего',
      'численность населения всего',
      'барлығы',
      'барлық халық',
      'жиыны',
      'халық саны барлығы',
    ],
  },
  {
    key: 'year',
    kind: 'year',
    headers: ['год', 'жыл', 'жылы', 'год переписи', 'на год', 'отчетный год', 'есепті жыл'],
  },
];

/** The prefix of the key of a wide table's column that holds one ethnos's count. */
export const ETHNOS_COLUMN = 'ethnos:';

const ethnosColumnsCache = new WeakMap<readonly NamedOption[], readonly ImportField[]>();

/** A count column per ethnos of the directory, known by its names: the columns of a wide table. */
export function ethnosColumnFields(ethnicGroups: readonly NamedOption[]): readonly ImportField[] {
  const cached = ethnosColumnsCache.get(ethnicGroups);
  if (cached) return cached;
  const fields = ethnicGroups.map((group): ImportField => ({
    key: `${ETHNOS_COLUMN}${group.id}`,
    kind: 'count',
    headers: group.names.map((name) => name.toLowerCase()).filter(Boolean),
    named: { nameRu: group.names[0] ?? group.id, nameKk: group.names[1] ?? group.names[0] ?? group.id },
  }));
  ethnosColumnsCache.set(ethnicGroups, fields);
  return fields;
}

export type RegisterId = 'members' | 'associations' | 'events' | 'receptions' | 'population';

export const registers: Record<RegisterId, readonly ImportField[]> = {
  members: memberFields,
  associations: associationFields,
  events: eventFields,
  receptions: receptionFields,
  population: populationFields,
};

/** The fields of a register; the population's include a column per ethnos of the directory. */
export function registerFields(
  register: RegisterId,
  ethnicGroups: readonly NamedOption[] = [],
): readonly ImportField[] {
  return register === 'population' ? [...populationFields, ...ethnosColumnFields(ethnicGroups)] : registers[register];
}
