import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { planTotals } from '@shared/import/member-rows';
import { analyseReceptions, detectLayout } from '@shared/import/pipeline';
import type { PersonId } from '@shared/model/ids';
import { defaultDeadline } from '@shared/receptions/control';
import { readWorkbook } from '@/import/read-workbook';
import { zhambylLookups } from '@/import/test-lookups';
import { loadWorkingCalendar } from '@/reference/reference-files';
import type { Scope } from '../access';
import type { KelisimDb } from '../db';
import { openTestDb, scopeAs } from '../test-db';
import { applyReceptionImport, undoImport } from './imports';
import { planReceptions } from './import-plan';
import { savePerson } from './people';

const TODAY = '2026-11-30';

/** A district's journal as it is kept in Excel: a merged title, the header on row 2, a row per reception. */
function journalFile(): Uint8Array {
  const rows = [
    ['Журнал приёма граждан за ноябрь 2026 года'],
    [
      '№ п/п',
      'Дата приёма',
      'ФИО заявителя',
      'ИИН',
      'Телефон',
      'Тема обращения',
      'Суть обращения',
      'Результат',
      'Ответственный',
      'Срок исполнения',
      'Принимал',
    ],
    [
      1,
      new Date(Date.UTC(2026, 10, 2)),
      'Ким Марина Викторовна',
      '850731400453',
      '',
      'Земельный вопрос',
      'Просит участок под ИЖС',
      'Разъяснено',
      '',
      '',
      'Сейткали Арман',
    ],
    [
      2,
      '03.11.2026',
      'Пак Виктор Сергеевич',
      900101300126,
      '8 701 555 12 34',
      'Трудоустройство',
      'Ищет работу',
      'Оказана помощь: направление на вакансию',
      '',
      '',
      '',
    ],
    [
      3,
      '25.11.2026',
      'Абенов Ерлан Серикович',
      '',
      '',
      'Жилищный вопрос',
      'Протекает крыша',
      'Взято на контроль',
      'Отдел ЖКХ',
      '',
      'Иванов И.И.',
    ],
    [
      4,
      '26.11.2026',
      'Пак Виктор Сергеевич',
      '900101300126',
      '',
      'Социальная поддержка',
      'Пособие',
      'Направлено в Управление занятости и социальных программ',
      '',
      '',
      '',
    ],
    [5, '27.11.2026', '', '', '', 'Земельный вопрос', '', 'Разъяснено', '', '', ''],
    [6, '27.11.2026', 'Ли Ольга', '', '', 'Коммунальные услуги', '', 'Отказано: вне компетенции', '', '', ''],
    [7, '27.11.2026', 'Серикова Айгуль', '', '', 'Вопросы религии', '', 'Направлено в ЦОН', '', '', ''],
  ];
  const sheet = XLSX.utils.aoa_to_sheet(rows, { cellDates: true });
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 10 } }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Журнал');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

async function importJournal(scope: Scope) {
  const outcome = readWorkbook('журнал.xlsx', journalFile());
  if (!outcome.ok || !outcome.workbook.sheets[0]) throw new Error('unreadable');
  const sheet = outcome.workbook.sheets[0];
  const lookups = { ...(await zhambylLookups()), workingCalendar: await loadWorkingCalendar() };
  const analysis = analyseReceptions(sheet, detectLayout(sheet, 'receptions'), lookups, TODAY);
  const { items, rejected } = await planReceptions(scope, analysis.valid);
  const totals = planTotals(items, analysis.rejected.length + rejected.length);
  const batch = await applyReceptionImport(scope, items, { fileName: 'журнал.xlsx', totals });
  return { analysis, totals, batch };
}

async function setUp() {
  const db = await openTestDb();
  const scope = scopeAs(db);
  const { person: kim } = await savePerson(scope, { surname: 'Ким', givenName: 'Марина', iin: '850731400453' }, TODAY);
  const { person: official } = await savePerson(scope, { surname: 'Сейткали', givenName: 'Арман' }, TODAY);
  return { db, scope, kim, official };
}

const live = async (db: KelisimDb) => (await db.receptions.toArray()).filter((reception) => !reception.deletedAt);

describe('importing a reception journal', () => {
  it('stores the receptions, reuses the person found by IIN and adds the new citizens once', async () => {
    const { db, scope, kim, official } = await setUp();
    const { analysis, totals, batch } = await importJournal(scope);
    expect(analysis.rejected.map((row) => [row.rowNumber, row.problems.map((problem) => problem.code)])).toEqual([
      [7, ['citizen_required']],
      [9, ['agency_required']],
    ]);
    expect(totals).toEqual({ new: 5, updated: 0, unchanged: 0, rejected: 2 });
    expect(batch.counts).toEqual({ added: 5, updated: 0, unchanged: 0, rejected: 2 });

    const receptions = (await live(db)).sort((a, b) => a.date.localeCompare(b.date));
    const people = await db.people.toArray();
    const idOf = (surname: string) => people.find((person) => person.surname === surname)?.id;
    expect(people.map((person) => person.surname).sort()).toEqual(['Абенов', 'Ким', 'Ли', 'Пак', 'Сейткали']);
    expect(batch.added.people.sort()).toEqual([idOf('Абенов'), idOf('Ли'), idOf('Пак')].sort());

    expect(
      receptions.map((reception) => [
        reception.date,
        reception.citizenId,
        reception.topicCode,
        reception.outcome,
        reception.officialId,
      ]),
    ).toEqual([
      ['2026-11-02', kim.id, 'land', 'explained', official.id],
      ['2026-11-03', idOf('Пак'), 'employment', 'helped', undefined],
      ['2026-11-25', idOf('Абенов'), 'housing', 'control', undefined],
      ['2026-11-26', idOf('Пак'), 'social_support', 'referred', undefined],
      ['2026-11-27', idOf('Ли'), 'utilities', 'declined', undefined],
    ]);
    const [explained, helped, control, referred, declined] = receptions;
    expect(explained?.summary).toBe('Просит участок под ИЖС');
    expect(helped?.helpText).toBe('Оказана помощь: направление на вакансию');
    // No deadline in the journal: 15 working days from the reception, Independence Day (16.12) skipped.
    const deadline = defaultDeadline('2026-11-25', await loadWorkingCalendar());
    expect(deadline).toBe('2026-12-17');
    expect(control?.control).toEqual({ responsibleBody: 'Отдел ЖКХ', deadline, history: [] });
    expect(control?.openControlDue).toBe(deadline);
    expect(referred?.referredToAgencyId).toBe('agency:employment');
    expect(declined?.declineReason).toBe('Отказано: вне компетенции');

    // The stored person keeps what was stored; the new one has what the journal says.
    expect(await db.people.get(kim.id)).toEqual(kim);
    expect(people.find((person) => person.surname === 'Пак')).toMatchObject({
      givenName: 'Виктор',
      patronymic: 'Сергеевич',
      iin: '900101300126',
      birthDate: '1990-01-01',
      phone: '77015551234',
    });
    expect(people.find((person) => person.surname === 'Пак')?.searchTokens).toContain('pak');
  });

  it('adds nothing when the same journal is imported again', async () => {
    const { db, scope } = await setUp();
    await importJournal(scope);
    const again = await importJournal(scope);
    expect(again.totals).toEqual({ new: 0, updated: 0, unchanged: 5, rejected: 2 });
    expect(again.batch.added.receptions).toEqual([]);
    expect(again.batch.added.people).toEqual([]);
    expect(await db.receptions.count()).toBe(5);
    expect(await db.people.count()).toBe(5);
  });

  it('undo removes the receptions and the people the journal added, and nothing else', async () => {
    const { db, scope, kim, official } = await setUp();
    const { batch } = await importJournal(scope);
    const undone = await undoImport(scope, batch.id);
    expect(undone).toEqual({
      removed: { people: 3, memberships: 0, other: 5 },
      restored: 0,
      keptChangedLater: 0,
      keptReferenced: 0,
    });
    expect(await db.receptions.count()).toBe(0);
    expect((await db.people.toArray()).map((person) => person.id).sort()).toEqual([kim.id, official.id].sort());
    // Imported again after the undo, everything is new again.
    expect((await importJournal(scope)).totals.new).toBe(5);
  });

  it('undo keeps a person it added who has since been named in another reception', async () => {
    const { db, scope } = await setUp();
    const { batch } = await importJournal(scope);
    const li = (await db.people.where('surname').equals('Ли').first())?.id as PersonId;
    await db.receptions.add({
      id: crypto.randomUUID() as never,
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
      author: 'test',
      date: '2026-11-28',
      citizenId: li,
      topicCode: 'other',
      outcome: 'explained',
      confidential: false,
    });
    const undone = await undoImport(scope, batch.id);
    expect(undone).toEqual({
      removed: { people: 2, memberships: 0, other: 5 },
      restored: 0,
      keptChangedLater: 0,
      keptReferenced: 1,
    });
    expect(await db.people.get(li)).toBeDefined();
    expect(await db.receptions.count()).toBe(1);
  });
});
