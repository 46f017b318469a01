import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { readCalendarSheet } from '@shared/dates/calendar-import';
import { resources } from '@shared/i18n/resources';
import { importProblemLine } from './import-problem-text';

async function translator(language: 'ru' | 'kk') {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { ru: { translation: resources.ru }, kk: { translation: resources.kk } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('a calendar file that cannot be imported, told in the user’s language', () => {
  const result = readCalendarSheet([
    ['Дата', 'Вид', 'Название'],
    ['03.01.2028', 'выходной', 'Новый год'],
    ['31.02.2028', 'выходной', ''],
    ['07.01.2028', 'полувыходной', 'Рождество'],
    ['03.01.2028', '', 'Повтор'],
  ]);
  const problems = result.ok || !('problems' in result) ? [] : result.problems;

  it('names the row, the column by its letter and header, what is wrong and what to do, in Russian', async () => {
    const t = await translator('ru');
    expect(problems.map((problem) => importProblemLine(t, problem))).toEqual([
      'Строка 3, столбец A «Дата»: дата «31.02.2028» не распознана. Запишите её как ДД.ММ.ГГГГ.',
      'Строка 4, столбец B «Вид»: вид дня «полувыходной» не распознан. Напишите «выходной» или «рабочий».',
      'Строка 5, столбец A «Дата»: дата «03.01.2028» уже есть в строке 2. Удалите повтор.',
    ]);
  });

  it('and in Kazakh', async () => {
    const t = await translator('kk');
    expect(problems.slice(1, 2).map((problem) => importProblemLine(t, problem))).toEqual([
      '4-жол, B бағаны «Вид»: «полувыходной» күн түрі танылмады. «Демалыс» немесе «жұмыс» деп жазыңыз.',
    ]);
  });
});
