import { describe, expect, it } from 'vitest';
import { directorySeed } from '../directories/seed';
import { matchAnswerResult, matchAppealChannel, matchAppealType } from './appeal-values';
import { analyseReceptions, detectLayout } from './pipeline';
import type { ImportLookups } from './read-rows';
import type { CellValue } from './types';

const TODAY = '2026-11-30';
const lookups: ImportLookups = {
  ethnicGroups: [],
  places: [],
  legalForms: [],
  associations: [],
  receptionTopics: directorySeed
    .filter((item) => item.kind === 'reception_topic')
    .map((item) => ({ id: item.code, names: [item.nameRu, item.nameKk] })),
  agencies: [],
};

function analyse(header: CellValue[], rows: CellValue[][]) {
  const sheet = { name: 'Журнал', rows: [['Журнал обращений граждан'], header, ...rows], merges: [] };
  const layout = detectLayout(sheet, 'receptions');
  return { layout, ...analyseReceptions(sheet, layout, lookups, TODAY) };
}

describe('a journal with the appeal columns', () => {
  it('reads the kind, channel, registration and answer from Russian and Kazakh words', () => {
    const { layout, valid, rejected } = analyse(
      [
        'Дата',
        'ФИО заявителя',
        'Тема обращения',
        'Результат',
        'Вид обращения',
        'Канал поступления',
        'Регистрационный номер',
        'Дата регистрации',
        'Дата ответа',
        'Форма ответа',
        'Итог рассмотрения',
      ],
      [
        [
          '20.11.2026',
          'Пак Виктор',
          'Трудоустройство',
          'Разъяснено',
          'Жалоба',
          'письменное',
          'ЖТ-15',
          '20.11.2026',
          '27.11.2026',
          'письменно',
          'Отказано в удовлетворении',
        ],
        ['21.11.2026', 'Ли Ольга', 'Трудоустройство', 'Разъяснено', 'Ұсыныс', 'e-Otinish', 117, '', '', '', ''],
      ],
    );
    expect(layout.mapping).toEqual(
      expect.arrayContaining(['appealType', 'channel', 'registrationNo', 'registeredOn', 'answeredOn', 'answerForm']),
    );
    expect(rejected).toEqual([]);
    expect(valid.map((row) => row.reception)).toMatchObject([
      {
        appealType: 'complaint',
        channel: 'written',
        registrationNo: 'ЖТ-15',
        registeredOn: '2026-11-20',
        answeredOn: '2026-11-27',
        answerForm: 'written',
        answerResult: 'refused',
      },
      { appealType: 'proposal', channel: 'e_otinish', registrationNo: '117' },
    ]);
  });

  it('rejects a kind of appeal it does not know, on its column, rather than leave it out', () => {
    const { rejected } = analyse(
      ['Дата', 'ФИО заявителя', 'Тема обращения', 'Результат', 'Вид обращения'],
      [['20.11.2026', 'Пак Виктор', 'Трудоустройство', 'Разъяснено', 'Петиция']],
    );
    expect(rejected.map((row) => row.problems.map((problem) => [problem.field, problem.code, problem.column]))).toEqual(
      [[['appealType', 'unknown_value', 4]]],
    );
  });

  it('reads a journal kept before these columns as before, the appeal fields left empty', () => {
    const { valid, rejected } = analyse(
      ['Дата', 'ФИО заявителя', 'Тема обращения', 'Результат'],
      [['20.11.2026', 'Пак Виктор', 'Трудоустройство', 'Разъяснено']],
    );
    expect(rejected).toEqual([]);
    const reception = valid[0]?.reception;
    expect(reception?.outcome).toBe('explained');
    expect([reception?.appealType, reception?.channel, reception?.registrationNo, reception?.answeredOn]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('appeal words', () => {
  it('take the particular before the general', () => {
    expect(matchAnswerResult('Отказано в удовлетворении')).toBe('refused');
    expect(matchAnswerResult('Оставлено без рассмотрения')).toBe('not_considered');
    expect(matchAnswerResult('Қанағаттандырылды')).toBe('satisfied');
    expect(matchAppealType('ден қою')).toBe('response');
    expect(matchAppealType('арыз')).toBe('application');
    expect(matchAppealChannel('Жеке қабылдауда')).toBe('in_person');
    expect(matchAppealChannel('по телефону')).toBe('phone');
    expect(matchAppealType('петиция')).toBeNull();
  });
});
