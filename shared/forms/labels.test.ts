import { describe, expect, it } from 'vitest';
import { isTotalLabel, matchLabels, type LabelEntry } from './labels';

// Names as the КАТО classifier and the ethnic groups directory hold them.
const districts: LabelEntry[] = [
  { id: '314800000', nameRu: 'Кордайский район', nameKk: 'Қордай ауданы' },
  { id: '315400000', nameRu: 'Рыскуловский район', nameKk: 'Тұрар Рысқұлов ауданы' },
  { id: '311000000', nameRu: 'Тараз Г.А.', nameKk: 'Тараз Қ.Ә.' },
];
const villages: LabelEntry[] = [
  { id: '314830000', nameRu: 'Кордайский с.о.', nameKk: 'Қордай а.о.' },
  { id: '314830100', nameRu: 'с.Кордай', nameKk: 'Қордай а.' },
  { id: '314854000', nameRu: 'Сортобинский с.о.', nameKk: 'Сортөбе а.о.' },
  { id: '314854100', nameRu: 'с.Сортобе', nameKk: 'Сортөбе а.' },
  { id: '314839100', nameRu: 'с.Каракемер', nameKk: 'Қаракемер а.' },
];
const ethnoses: LabelEntry[] = [
  { id: 'kazakhs', nameRu: 'казахи', nameKk: 'қазақтар' },
  { id: 'russians', nameRu: 'русские', nameKk: 'орыстар' },
  { id: 'uyghurs', nameRu: 'уйгуры', nameKk: 'ұйғырлар' },
  { id: 'dungans', nameRu: 'дунгане', nameKk: 'дүнгендер' },
];

const matchOf = (labels: string[], entries: LabelEntry[]) =>
  matchLabels(labels, entries).map(({ match, confidence }) => [match, confidence]);

describe('matching a form’s row labels to the directories', () => {
  it('lands a district named in Russian, Kazakh, short or abbreviated on the same district', () => {
    const labels = [
      'Кордайский район',
      'Қордай ауданы',
      'Кордай',
      'р-н Кордай',
      'КОРДАЙСКИЙ Р-Н',
      'Кордайского района',
    ];
    for (const [match, confidence] of matchOf(labels, districts)) {
      expect(match).toBe('314800000');
      expect(confidence).not.toBe('none');
    }
    expect(
      matchOf(['Қордай ауданы', 'Кордай', 'г. Тараз', 'Т. Рыскуловский район', 'Рысқұлов ауданы'], districts),
    ).toEqual([
      ['314800000', 'exact'],
      ['314800000', 'exact'],
      ['311000000', 'exact'],
      ['315400000', 'exact'],
      ['315400000', 'likely'],
    ]);
  });

  it('tells a village from the okrug of the same name by the words around it', () => {
    expect(matchOf(['с. Сортобе', 'Сортөбе ауылы', 'село Сортобе', 'Сортобинский сельский округ'], villages)).toEqual([
      ['314854100', 'exact'],
      ['314854100', 'exact'],
      ['314854100', 'exact'],
      ['314854000', 'exact'],
    ]);
    const [plain] = matchLabels(['Кордай'], villages);
    expect(plain?.confidence).toBe('likely');
    expect([plain?.match, ...(plain?.alternatives ?? [])].sort()).toEqual(['314830000', '314830100']);
  });

  it('lands an ethnos named in the singular, the plural or in Kazakh on the same group', () => {
    expect(matchOf(['казахи', 'қазақтар', 'Казах', 'Русские', 'орыс', 'Уйгуры', 'ұйғыр'], ethnoses)).toEqual([
      ['kazakhs', 'exact'],
      ['kazakhs', 'exact'],
      ['kazakhs', 'likely'],
      ['russians', 'exact'],
      ['russians', 'likely'],
      ['uyghurs', 'exact'],
      ['uyghurs', 'likely'],
    ]);
  });

  it('leaves a label it does not know unmatched, for the review', () => {
    expect(matchLabels(['Прочие', '', '№ п/п'], ethnoses).map((row) => row.confidence)).toEqual([
      'none',
      'none',
      'none',
    ]);
  });

  it('recognises totals rows in both languages and never matches them', () => {
    for (const label of ['Итого', 'ВСЕГО по району:', 'Барлығы', 'Жиыны', 'итого:'])
      expect(isTotalLabel(label), label).toBe(true);
    expect(isTotalLabel('Кордайский район')).toBe(false);
    expect(matchLabels(['Всего казахов'], ethnoses)).toEqual([
      { label: 'Всего казахов', match: null, confidence: 'none', alternatives: [], total: true },
    ]);
  });
});
