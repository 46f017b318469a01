import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { readPlanTable } from '@shared/plans/plan-table';
import { pickPlanTable, readPlanFile } from './read-plan-file';

const cell = (text: string, extra: { columnSpan?: number; verticalMerge?: 'restart' | 'continue' } = {}) =>
  new TableCell({
    children: text.split('\n').map((line) => new Paragraph(line)),
    ...(extra.columnSpan ? { columnSpan: extra.columnSpan } : {}),
    ...(extra.verticalMerge
      ? { verticalMerge: extra.verticalMerge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }
      : {}),
  });

async function wordPlan(): Promise<Uint8Array> {
  const contacts = new Table({
    rows: [new TableRow({ children: [cell('Телефон'), cell('8 726 33 2 11 11')] })],
  });
  const plan = new Table({
    rows: [
      new TableRow({
        children: [
          cell('№ п/п', { verticalMerge: 'restart' }),
          cell('Наименование мероприятия', { columnSpan: 2 }),
          cell('Ответственные (исполнители)', { verticalMerge: 'restart' }),
          cell('Срок исполнения', { verticalMerge: 'restart' }),
        ],
      }),
      new TableRow({
        children: [
          cell('', { verticalMerge: 'continue' }),
          cell('на казахском языке'),
          cell('на русском языке'),
          cell('', { verticalMerge: 'continue' }),
          cell('', { verticalMerge: 'continue' }),
        ],
      }),
      new TableRow({ children: [cell('1. Бірлік / Единство', { columnSpan: 5 })] }),
      new TableRow({
        children: [
          cell('1'),
          cell('Қоғамдық келісім кеңесінің отырыстары'),
          cell('Заседания Совета общественного согласия'),
          cell('Отдел внутренней политики\nДом дружбы'),
          cell('ежеквартально'),
        ],
      }),
      new TableRow({
        children: [cell('2'), cell('Наурыз мейрамы'), cell('Праздник Наурыз'), cell('Дом дружбы'), cell('до 25 марта')],
      }),
    ],
  });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph('Утвержден постановлением акимата района от 20.01.2026 № 7'),
          new Paragraph('План мероприятий на 2026 год'),
          contacts,
          new Paragraph(''),
          plan,
          new Paragraph('Аббревиатуры'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

const agencies = [
  { id: 'agency:internal_policy', names: ['Управление внутренней политики', 'Ішкі саясат басқармасы'] },
  { id: 'agency:house_of_friendship', names: ['Дом дружбы', 'Достық үйі'] },
];

describe('readPlanFile', () => {
  it('takes the plan out of a Word document: its table (not the contacts one), merged header, lines of a cell', async () => {
    const outcome = await readPlanFile('План 2026.docx', await wordPlan());
    if (!outcome.ok) throw new Error(outcome.failure);
    expect(outcome.source.table).toBe(1);
    expect(outcome.source.rows[0]).toEqual([
      '№ п/п',
      'Наименование мероприятия',
      '',
      'Ответственные (исполнители)',
      'Срок исполнения',
    ]);
    expect(outcome.source.rows[2]).toEqual(['1. Бірлік / Единство', '', '', '', '']);
    expect(outcome.source.rows[3]?.[3]).toBe('Отдел внутренней политики\nДом дружбы');

    const table = readPlanTable(outcome.source.rows, { defaultYear: 2025, agencies, before: outcome.source.before });
    expect(table.problems).toEqual([]);
    expect(table.bilingual).toBe(true);
    expect(table.title).toMatchObject({
      name: 'План мероприятий на 2026 год',
      documentNo: '7',
      documentDate: '2026-01-20',
    });
    expect(table.items.map((item) => [item.number, item.textKk, item.textRu, item.responsibleAgencyIds])).toEqual([
      [
        '1',
        'Қоғамдық келісім кеңесінің отырыстары',
        'Заседания Совета общественного согласия',
        ['agency:internal_policy', 'agency:house_of_friendship'],
      ],
      ['2', 'Наурыз мейрамы', 'Праздник Наурыз', ['agency:house_of_friendship']],
    ]);
    expect(table.items[1]?.deadline).toEqual({ kind: 'date', date: '2026-03-25' });
    expect(table.sections).toEqual([{ row: 3, text: '1. Бірлік / Единство' }]);
  });

  it('takes the plan out of a workbook, on whichever sheet it is, the title rows above the header', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Справка'], ['нет плана']]), 'Справка');
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['2026 жылға арналған іс-шаралар жоспары'],
        [],
        ['Р/с №', 'Іс-шара атауы', 'Жауаптылар (орындаушылар)', 'Орындау мерзімі'],
        [1, 'Қоғамдық келісім кеңесінің отырыстары', 'Ішкі саясат бөлімі', 'тоқсан сайын'],
        [2, 'Наурыз мейрамы', 'Достық үйі', new Date(Date.UTC(2026, 2, 22))],
      ]),
      'Жоспар',
    );
    const data = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const outcome = await readPlanFile('жоспар.xlsx', data);
    if (!outcome.ok) throw new Error(outcome.failure);
    expect(outcome.source.sheet).toBe('Жоспар');
    const table = readPlanTable(outcome.source.rows, { defaultYear: 2025, agencies });
    expect(table.problems).toEqual([]);
    expect(table.title.name).toBe('2026 жылға арналған іс-шаралар жоспары');
    expect(table.items.map((item) => [item.row, item.textKk, item.deadline])).toEqual([
      [4, 'Қоғамдық келісім кеңесінің отырыстары', { kind: 'quarterly' }],
      [5, 'Наурыз мейрамы', { kind: 'date', date: '2026-03-22' }],
    ]);
  });

  it('a Word plan cut into tables continues in the next ones, a repeated header left out', () => {
    const header = ['№', 'Наименование мероприятия', 'Ответственные', 'Срок исполнения'];
    const picked = pickPlanTable([
      { rows: [['Телефон', '1']], before: [], table: 0 },
      { rows: [header, ['1', 'Первое', 'Дом дружбы', 'I квартал']], before: [], table: 1 },
      { rows: [['2', 'Второе', 'Дом дружбы', 'II квартал']], before: [], table: 2 },
      {
        rows: [header, ['1', '2', '3', '4'], ['3', 'Третье', 'Дом дружбы', 'III квартал']],
        before: [],
        table: 3,
      },
      { rows: [['Подпись', '']], before: [], table: 4 },
    ]);
    expect(picked?.table).toBe(1);
    expect(picked?.rows.map((row) => row[0])).toEqual(['№', '1', '2', '3']);
  });

  it('refuses a file with no plan table, and one that is not a plan format', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['ФИО', 'ИИН']]), 'Лист1');
    const data = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    expect(await readPlanFile('list.xlsx', data)).toEqual({ ok: false, failure: 'no_plan_table' });
    expect(await readPlanFile('plan.pdf', data)).toEqual({ ok: false, failure: 'unsupported' });
    expect(await readPlanFile('plan.docx', new Uint8Array([1, 2, 3]))).toEqual({ ok: false, failure: 'unreadable' });
  });
});
