import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventInput } from '@shared/events/event-input';
import type { ExportTable } from '@shared/export/table';
import type { AssociationId, PersonId } from '@shared/model/ids';
import type { Scope } from '../access';
import { openTestDb, scopeAs } from '../test-db';
import { saveAssociation, setAssociationDeleted } from './associations';
import { createEvent, deleteEvent } from './events';
import { saveMembership, setMembershipDeleted } from './memberships';
import { savePerson } from './people';
import { closeReceptionControl, createReception, deleteReception } from './receptions';
import { ensureReferenceData, loadOblastPlaces } from './reference-data';
import { buildStandardReport, reportKinds, type ReportOptions } from './reports';
import { confirmRotation, saveWorkingGroup } from './working-groups';

/*
 * A small office whose figures are counted by hand: the third quarter of 2026 is the period, the
 * second its comparison, today is 20 November 2026. Each record says where it counts.
 */

const TODAY = '2026-11-20';
const Q3 = { from: '2026-07-01', to: '2026-09-30' };
const options: ReportOptions = {
  language: 'ru',
  headers: 'ru',
  maskPersonalData: true,
  asOf: TODAY,
  today: TODAY,
  includeConfidential: false,
};

const KORDAI = '314800000';
const KARAKEMER = '314839100';
const BAIZAK = '313600000';
const SARYKEMER = '313630100';

beforeEach(() => {
  // Only the date is faked: IndexedDB's own timers keep running.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T04:00:00Z`));
});
afterEach(() => {
  vi.useRealTimers();
});

async function emptyOffice(): Promise<Scope> {
  const db = await openTestDb();
  const scope = scopeAs(db);
  await ensureReferenceData(db, [
    { id: 'kazakhs', nameRu: 'Казахи', nameKk: 'Қазақтар', nameEn: 'Kazakhs', order: 1 },
    { id: 'russians', nameRu: 'Русские', nameKk: 'Орыстар', nameEn: 'Russians', order: 2 },
    { id: 'koreans', nameRu: 'Корейцы', nameKk: 'Корейлер', nameEn: 'Koreans', order: 3 },
  ]);
  const place = (kato: string, level: 'oblast' | 'district' | 'settlement', nameRu: string, nameKk: string) => ({
    kato,
    katoVersion: 'NK RK 11-2025',
    level,
    typeCode: level === 'settlement' ? 2 : 0,
    nameRu,
    nameKk,
    ...(level === 'oblast' ? {} : { parentKato: level === 'district' ? '310000000' : `${kato.slice(0, 4)}00000` }),
  });
  await loadOblastPlaces(scope, [
    place('310000000', 'oblast', 'Жамбылская область', 'Жамбыл облысы'),
    place(KORDAI, 'district', 'Кордайский район', 'Қордай ауданы'),
    place(KARAKEMER, 'settlement', 'с.Каракемер', 'Қаракемер а.'),
    place(BAIZAK, 'district', 'Байзакский район', 'Байзақ ауданы'),
    place(SARYKEMER, 'settlement', 'с.Сарыкемер', 'Сарыкемер а.'),
  ]);
  return scope;
}

type EventFields = Pick<EventInput, 'title' | 'typeCode' | 'start' | 'status'> & Partial<EventInput>;

async function addEvent(scope: Scope, fields: EventFields) {
  const [event] = await createEvent(scope, {
    allDay: false,
    organiserAgencyIds: [],
    organiserPersonIds: [],
    associationIds: [],
    audienceCodes: [],
    links: [],
    ...fields,
  });
  if (!event) throw new Error('event not stored');
  return event;
}

async function addPerson(scope: Scope, surname: string, givenName: string, iin?: string): Promise<PersonId> {
  return (await savePerson(scope, { surname, givenName, ...(iin ? { iin } : {}) }, TODAY)).person.id;
}

async function addAssociation(
  scope: Scope,
  nameRu: string,
  fields: { status?: string; foundedOn?: string; chairmanId?: PersonId; ethnos: string },
): Promise<AssociationId> {
  const { ethnos, ...rest } = fields;
  const saved = await saveAssociation(
    scope,
    { nameRu, ethnicGroupIds: [ethnos], deputyIds: [], assemblyMember: false, units: [], status: 'active', ...rest },
    TODAY,
  );
  return saved.id;
}

const join = (scope: Scope, personId: PersonId, associationId: AssociationId, joinedOn: string, leftOn?: string) =>
  saveMembership(scope, { personId, associationId, role: 'member', joinedOn, ...(leftOn ? { leftOn } : {}) }, TODAY);

/**
 * Visits of the one working group: V1 to Karakemer 18–22 August, V2 to Sarykemer 10–11 September
 * with nothing recorded, and one in May (Q2).
 *
 * Events. In Q3: held E1 (120), E2 (45, on the visit), E3 (80, the evening of 30 September); planned E4;
 * cancelled E5 (50 typed in, on the visit); postponed E6; held E7 (500, on the visit) deleted.
 * In Q2: held E8 (60, the night of 30 June), E9 (30); planned E10. In Q4: held E11 (999).
 *
 * Receptions. In Q3: R1 housing explained (a citizen with an IIN), R2 housing helped, R3 land under
 * control (deadline 31 August, still open), R4 land referred, R5 employment declined, R6 religion
 * helped confidential (on the visit), R7 housing helped (on the visit) deleted, R8 land under control
 * (on the visit, deadline 15 October, closed 10 October). In Q2: R9 housing helped, R10 land under
 * control (deadline 15 July, still open). In Q4: R11 employment explained.
 *
 * Associations. A1 Kazakh, active since 2010, chairman Akhmetov; A2 Russian, active, founded 1 August
 * 2026; A3 Korean, inactive; A4 deleted. Memberships: Akhmetov chairman of A1 (no date); Ivanova in A1
 * since 2020 and in A2 since 5 August; Kim in A1 since 15 July; Seitkaziev in A1 2019 – 1 August 2026;
 * Petrov in A2, membership deleted; Nurlanov in A2 since 5 August; Pak in A3 and in A4.
 */
async function office() {
  const scope = await emptyOffice();
  const group = await saveWorkingGroup(scope, { name: 'Рабочая группа №1', members: [] });
  const visits = await confirmRotation(scope, [
    { groupId: group.id, placeId: KARAKEMER, round: 1, start: '2026-08-18', end: '2026-08-22' },
    { groupId: group.id, placeId: SARYKEMER, round: 1, start: '2026-09-10', end: '2026-09-11' },
    { groupId: group.id, placeId: SARYKEMER, round: 0, start: '2026-05-04', end: '2026-05-06' },
  ]);
  const visitId = visits[0]?.id;
  if (!visitId) throw new Error('visits not stored');

  await addEvent(scope, {
    title: 'Встреча с жителями Каракемера',
    typeCode: 'residents_meeting',
    start: '2026-07-10T10:00',
    status: 'held',
    placeId: KARAKEMER,
    venue: 'Дом культуры',
    plannedParticipants: 100,
    actualParticipants: 120,
    result: 'Обсудили вопросы благоустройства',
  });
  await addEvent(scope, {
    title: 'Круглый стол о согласии',
    typeCode: 'round_table',
    start: '2026-08-19T11:00',
    status: 'held',
    placeId: KARAKEMER,
    visitId,
    actualParticipants: 45,
  });
  await addEvent(scope, {
    title: 'Праздник единства',
    typeCode: 'cultural',
    start: '2026-09-30T18:00',
    status: 'held',
    placeId: SARYKEMER,
    actualParticipants: 80,
  });
  await addEvent(scope, {
    title: 'Концерт',
    typeCode: 'cultural',
    start: '2026-09-20',
    status: 'planned',
    placeId: SARYKEMER,
    plannedParticipants: 300,
  });
  await addEvent(scope, {
    title: 'Отменённая встреча',
    typeCode: 'residents_meeting',
    start: '2026-08-20T15:00',
    status: 'cancelled',
    statusReason: 'Карантин',
    placeId: KARAKEMER,
    visitId,
    actualParticipants: 50,
  });
  await addEvent(scope, {
    title: 'Перенесённый круглый стол',
    typeCode: 'round_table',
    start: '2026-07-20',
    status: 'postponed',
    statusReason: 'Нет зала',
  });
  const deleted = await addEvent(scope, {
    title: 'Введено по ошибке',
    typeCode: 'residents_meeting',
    start: '2026-08-21',
    status: 'held',
    placeId: KARAKEMER,
    visitId,
    actualParticipants: 500,
  });
  await deleteEvent(scope, deleted.id);
  await addEvent(scope, {
    title: 'Ночная встреча',
    typeCode: 'residents_meeting',
    start: '2026-06-30T23:00',
    status: 'held',
    placeId: KARAKEMER,
    actualParticipants: 60,
  });
  await addEvent(scope, {
    title: 'Майский концерт',
    typeCode: 'cultural',
    start: '2026-05-05',
    status: 'held',
    placeId: SARYKEMER,
    actualParticipants: 30,
  });
  await addEvent(scope, { title: 'Апрельский план', typeCode: 'round_table', start: '2026-04-15', status: 'planned' });
  await addEvent(scope, {
    title: 'Октябрьский праздник',
    typeCode: 'cultural',
    start: '2026-10-01T09:00',
    status: 'held',
    placeId: SARYKEMER,
    actualParticipants: 999,
  });

  const akhmetov = await addPerson(scope, 'Ахметов', 'Серик', '900101300126');
  const reception = (date: string, topicCode: string, outcome: string, fields: Record<string, unknown> = {}) =>
    createReception(scope, { date, topicCode, outcome, confidential: false, placeId: KARAKEMER, ...fields });
  await reception('2026-07-05', 'housing', 'explained', { citizenId: akhmetov }); // R1
  await reception('2026-07-12', 'housing', 'helped', { helpText: 'Поставлен в очередь' }); // R2
  const control = { responsibleBody: 'Отдел земельных отношений' };
  await reception('2026-08-03', 'land', 'control', { ...control, deadline: '2026-08-31' }); // R3
  await reception('2026-08-10', 'land', 'referred', { placeId: SARYKEMER, referredToAgencyId: 'agency:akimat' }); // R4
  await reception('2026-09-01', 'employment', 'declined', { placeId: SARYKEMER, declineReason: 'Не по адресу' }); // R5
  await reception('2026-08-19', 'religion', 'helped', { visitId, helpText: 'Разъяснено', confidential: true }); // R6
  const mistaken = await reception('2026-08-21', 'housing', 'helped', { visitId, helpText: 'Ошибка' }); // R7
  await deleteReception(scope, mistaken.id);
  const closed = await reception('2026-08-20', 'land', 'control', { visitId, ...control, deadline: '2026-10-15' }); // R8
  await closeReceptionControl(scope, closed.id, '2026-10-10', 'Участок выделен');
  await reception('2026-06-10', 'housing', 'helped', { helpText: 'Ремонт крыши' }); // R9
  await reception('2026-06-15', 'land', 'control', { placeId: SARYKEMER, ...control, deadline: '2026-07-15' }); // R10
  await reception('2026-10-05', 'employment', 'explained'); // R11

  const ivanova = await addPerson(scope, 'Иванова', 'Анна');
  const kim = await addPerson(scope, 'Ким', 'Виктор');
  const seitkaziev = await addPerson(scope, 'Сейтказиев', 'Нурлан');
  const petrov = await addPerson(scope, 'Петров', 'Иван');
  const nurlanov = await addPerson(scope, 'Нурланов', 'Арман');
  const pak = await addPerson(scope, 'Пак', 'Ольга');
  const kazakh = await addAssociation(scope, 'Казахский культурный центр', {
    ethnos: 'kazakhs',
    foundedOn: '2010-03-01',
    chairmanId: akhmetov,
  });
  const russian = await addAssociation(scope, 'Русский культурный центр', {
    ethnos: 'russians',
    foundedOn: '2026-08-01',
  });
  const korean = await addAssociation(scope, 'Корейский центр', { ethnos: 'koreans', status: 'inactive' });
  const gone = await addAssociation(scope, 'Удалённое объединение', { ethnos: 'koreans' });
  await join(scope, ivanova, kazakh, '2020-05-01');
  await join(scope, kim, kazakh, '2026-07-15');
  await join(scope, seitkaziev, kazakh, '2019-02-01', '2026-08-01');
  await join(scope, ivanova, russian, '2026-08-05');
  await setMembershipDeleted(scope, (await join(scope, petrov, russian, '2026-08-05')).id, true);
  await join(scope, nurlanov, russian, '2026-08-05');
  await join(scope, pak, korean, '2018-01-01');
  await join(scope, pak, gone, '2018-01-01');
  await setAssociationDeleted(scope, gone, true);
  return scope;
}

async function report(scope: Scope, kind: (typeof reportKinds)[number], changes: Partial<ReportOptions> = {}) {
  return buildStandardReport(scope, kind, Q3, { ...options, ...changes });
}

const sheet = (tables: ExportTable[], index: number): ExportTable => {
  const table = tables[index];
  if (!table) throw new Error(`no sheet ${index}`);
  return table;
};

describe('standard reports of a period', () => {
  it('every report builds, with a title and a header in the language asked', async () => {
    const scope = await office();
    for (const kind of reportKinds) {
      const tables = await report(scope, kind);
      expect(tables.length, kind).toBeGreaterThan(0);
      for (const table of tables) {
        expect(table.title, kind).not.toBe('');
        expect(table.columns[0]?.header, kind).toBe('№');
      }
    }
  });

  it('events: the three held in Q3 with 245 participants, by district and by form', async () => {
    const tables = await report(await office(), 'events');
    const list = sheet(tables, 0);
    expect(list.rows.map((row) => [row[1], row[2], row[8]])).toEqual([
      ['2026-07-10', 'Встреча с жителями Каракемера', 120],
      ['2026-08-19', 'Круглый стол о согласии', 45],
      ['2026-09-30', 'Праздник единства', 80],
    ]);
    expect(list.rows[0]).toEqual([
      1,
      '2026-07-10',
      'Встреча с жителями Каракемера',
      'Встреча с жителями',
      null,
      'Кордайский район',
      'с.Каракемер',
      'Дом культуры',
      120,
      'Обсудили вопросы благоустройства',
    ]);
    expect(list.totals?.[8]).toBe(245);
    const byDistrict = sheet(tables, 1);
    expect(byDistrict.rows).toEqual([
      [1, 'Кордайский район', 2, 165],
      [2, 'Байзакский район', 1, 80],
    ]);
    expect(byDistrict.totals).toEqual([null, 'Итого', 3, 245]);
    const byType = sheet(tables, 2);
    expect(byType.rows).toEqual([
      [1, 'Культурное мероприятие', 1, 80],
      [2, 'Встреча с жителями', 1, 120],
      [3, 'Круглый стол', 1, 45],
    ]);
    expect(byType.totals).toEqual([null, 'Итого', 3, 245]);
  });

  it('information: the figures of Q3 against Q2, as of the last day of each', async () => {
    const scope = await office();
    const tables = await report(scope, 'information');
    const figures = sheet(tables, 0);
    expect(figures.subtitle).toContain('в сравнении с 01.04.2026–30.06.2026');
    // [this quarter, the one before, change]
    expect(Object.fromEntries(figures.rows.map((row) => [row[1], row.slice(2)]))).toEqual({
      'Проведено мероприятий': [3, 2, 1],
      Участников: [245, 90, 155],
      Запланировано: [1, 1, 0],
      // R6 is confidential: counted, as on the dashboard; its content is in no figure.
      'Принято граждан': [7, 2, 5],
      'Оказана помощь': [2, 1, 1],
      // Q3 on 30 September: R3, R8 (closed only in October) and R10 (from Q2); Q2 on 30 June: R10.
      'На контроле': [3, 1, 2],
      Просрочено: [2, 0, 2],
      // A2 was founded in August; A3 is inactive and A4 deleted.
      Объединений: [2, 1, 1],
      // Q3: Akhmetov, Ivanova, Kim, Nurlanov; Q2: Akhmetov, Ivanova, Seitkaziev (left in August).
      'Членов объединений': [4, 3, 1],
    });
    expect(sheet(tables, 1).rows.map((row) => [row[1], row[5]])).toEqual([
      ['2026-07-10', 120],
      ['2026-08-19', 45],
      ['2026-09-30', 80],
    ]);

    // The same figures whoever asks and whatever is chosen: counts stay right for everyone.
    for (const asked of [{ includeConfidential: true }, {}]) {
      const again = sheet(await report(scopeAs(scope.db, 'viewer'), 'information', asked), 0);
      expect(again.rows).toEqual(figures.rows);
    }
  });

  it('information: the main events are the 20 largest, listed by date', async () => {
    const scope = await emptyOffice();
    for (let day = 1; day <= 22; day++)
      await addEvent(scope, {
        title: `Встреча ${day}`,
        typeCode: 'residents_meeting',
        start: `2026-07-${String(day).padStart(2, '0')}`,
        status: 'held',
        actualParticipants: day,
      });
    const main = sheet(await report(scope, 'information'), 1);
    expect(main.rows.map((row) => row[5])).toEqual(Array.from({ length: 20 }, (_, index) => index + 3));
    expect(main.rows[0]?.[1]).toBe('2026-07-03');
  });

  it('receptions: the journal of Q3 and its summary by district, topic and outcome', async () => {
    const scope = await office();
    const [journal, summary] = await report(scope, 'receptions');
    expect(journal?.rows.map((row) => [row[1], row[6], row[10]])).toEqual([
      ['2026-07-05', 'Жилищный вопрос', 'Разъяснено'],
      ['2026-07-12', 'Жилищный вопрос', 'Оказана помощь'],
      ['2026-08-03', 'Земельный вопрос', 'Взято на контроль'],
      ['2026-08-10', 'Земельный вопрос', 'Направлено в орган'],
      ['2026-08-20', 'Земельный вопрос', 'Взято на контроль'],
      ['2026-09-01', 'Трудоустройство', 'Отказано'],
    ]);
    expect(journal?.rows[0]?.slice(2, 6)).toEqual(['Ахметов Серик', '9001••••••26', 'с.Каракемер', 'Кордайский район']);
    expect(journal?.rows[3]?.[11]).toBe('Аппарат акима');
    expect(journal?.rows[4]?.[9]).toBe('Рабочая группа №1 · 18.08.2026–22.08.2026');
    expect(journal?.rows[4]?.[12]).toBe('Снято с контроля 10.10.2026: Участок выделен');
    expect(journal?.totals?.[2]).toBe(6);
    expect(journal?.notes).toEqual(['Не включены конфиденциальные приёмы: 1']);
    // № · district or topic · explained, helped, under control, referred, declined, total
    expect(summary?.rows).toEqual([
      [null, 'Байзакский район', null, null, null, null, null, null],
      [1, 'Трудоустройство', 0, 0, 0, 0, 1, 1],
      [2, 'Земельный вопрос', 0, 0, 0, 1, 0, 1],
      [null, 'Итого по району', 0, 0, 0, 1, 1, 2],
      [null, 'Кордайский район', null, null, null, null, null, null],
      [1, 'Жилищный вопрос', 1, 1, 0, 0, 0, 2],
      [2, 'Земельный вопрос', 0, 0, 2, 0, 0, 2],
      [null, 'Итого по району', 1, 1, 2, 0, 0, 4],
    ]);
    expect(summary?.totals).toEqual([null, 'Итого', 1, 1, 2, 1, 1, 6]);
  });

  it('receptions: the confidential one only when asked, and never for whom may not see it', async () => {
    const scope = await office();
    const [journal, summary] = await report(scope, 'receptions', { includeConfidential: true });
    expect(journal?.rows).toHaveLength(7);
    expect(journal?.notes).toEqual([]);
    expect(summary?.rows.slice(4)).toEqual([
      [null, 'Кордайский район', null, null, null, null, null, null],
      [1, 'Жилищный вопрос', 1, 1, 0, 0, 0, 2],
      [2, 'Земельный вопрос', 0, 0, 2, 0, 0, 2],
      [3, 'Вопросы религии', 0, 1, 0, 0, 0, 1],
      [null, 'Итого по району', 1, 2, 2, 0, 0, 5],
    ]);
    expect(summary?.totals).toEqual([null, 'Итого', 1, 2, 2, 1, 1, 7]);

    const [viewersJournal, viewersSummary] = await buildStandardReport(scopeAs(scope.db, 'viewer'), 'receptions', Q3, {
      ...options,
      includeConfidential: true,
    });
    expect(viewersJournal?.rows).toHaveLength(6);
    expect(viewersJournal?.notes).toEqual(['Не включены конфиденциальные приёмы: 1']);
    expect(viewersSummary?.totals).toEqual([null, 'Итого', 1, 1, 2, 1, 1, 6]);
  });

  it('visits: each visit that starts in Q3 with what it amounted to, and their sum', async () => {
    const table = sheet(await report(await office(), 'visits', { includeConfidential: true }), 0);
    // № · group · district · place · from · to · events held, participants, received, helped, under control
    expect(table.rows).toEqual([
      [1, 'Рабочая группа №1', 'Кордайский район', 'с.Каракемер', '2026-08-18', '2026-08-22', 1, 45, 2, 1, 1],
      [2, 'Рабочая группа №1', 'Байзакский район', 'с.Сарыкемер', '2026-09-10', '2026-09-11', 0, 0, 0, 0, 0],
    ]);
    expect(table.totals).toEqual([null, 'Итого', null, null, null, null, 1, 45, 2, 1, 1]);
  });

  it('visits: a confidential reception counts like any other, for whoever asks, since only numbers are shown', async () => {
    const scope = await office();
    // Of the visit's receptions R6 is confidential and R7 deleted: R6 and R8 are received.
    for (const who of [scope, scopeAs(scope.db, 'viewer')]) {
      const table = sheet(await report(who, 'visits'), 0);
      expect(table.rows[0]?.slice(6)).toEqual([1, 45, 2, 1, 1]);
      expect(table.totals?.slice(6)).toEqual([1, 45, 2, 1, 1]);
    }
  });

  it('associations: every one not deleted, with its current members', async () => {
    const table = sheet(await report(await office(), 'associations'), 0);
    // name · chairman · status · members
    const rows = table.rows.map((row) => [row[1], row[8], row[16], row[17]]);
    expect(rows.sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'ru'))).toEqual([
      ['Казахский культурный центр', 'Ахметов Серик', 'Действует', 3],
      ['Корейский центр', null, 'Не действует', 1],
      ['Русский культурный центр', null, 'Действует', 2],
    ]);
    expect(table.totals?.[17]).toBe(6);
  });

  it('members: every current membership of an association not deleted, by surname', async () => {
    const table = sheet(await report(await office(), 'members'), 0);
    // surname · association · role
    const rows = table.rows.map((row) => [row[1], row[15], row[16]]);
    expect(rows.sort((a, b) => `${a[0]} ${a[1]}`.localeCompare(`${b[0]} ${b[1]}`, 'ru'))).toEqual([
      ['Ахметов', 'Казахский культурный центр', 'Председатель'],
      ['Иванова', 'Казахский культурный центр', 'Член'],
      ['Иванова', 'Русский культурный центр', 'Член'],
      ['Ким', 'Казахский культурный центр', 'Член'],
      ['Нурланов', 'Русский культурный центр', 'Член'],
      ['Пак', 'Корейский центр', 'Член'],
    ]);
    expect(table.rows[0]?.[5]).toBe('9001••••••26');
    expect(table.rows.map((row) => row[1])).toEqual(['Ахметов', 'Иванова', 'Иванова', 'Ким', 'Нурланов', 'Пак']);
  });
});
