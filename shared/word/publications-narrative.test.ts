import { describe, expect, it } from 'vitest';
import type { Compared } from '../dashboard/compute';
import { informationNarrative, type NarrativeFigures } from './information-narrative';

const NB = '\u00a0';
const none: Compared = { current: 0, previous: 0, change: 0, ratio: null };

const figures = (publications?: NarrativeFigures['publications']): NarrativeFigures => ({
  period: { from: '2026-07-01', to: '2026-09-30' },
  previousPeriod: { from: '2026-04-01', to: '2026-06-30' },
  eventsHeld: none,
  participants: none,
  eventsPlanned: none,
  receptions: none,
  helped: none,
  underControl: none,
  overdue: none,
  associations: none,
  members: none,
  ...(publications ? { publications } : {}),
});

const last = (paragraphs: string[]) => paragraphs[paragraphs.length - 1];

describe('the publications of the information told in a sentence', () => {
  it.each([
    [12, 15_300, `В СМИ и социальных сетях опубликовано 12 материалов, их просмотрели 15${NB}300 раз.`],
    [1, 1, 'В СМИ и социальных сетях опубликован 1 материал, его просмотрели 1 раз.'],
    [3, 22, 'В СМИ и социальных сетях опубликовано 3 материала, их просмотрели 22 раза.'],
    [21, 0, 'В СМИ и социальных сетях опубликован 21 материал.'],
    [0, 0, 'Публикаций в СМИ и социальных сетях за период нет.'],
  ])('in Russian: %i publications, %i views', (count, reach, sentence) => {
    expect(last(informationNarrative(figures({ count, reach }), 'ru'))).toBe(sentence);
  });

  it.each([
    [12, 15_300, `БАҚ пен әлеуметтік желілерде 12 материал жарияланды, олар 15${NB}300 рет қаралды.`],
    [1, 40, 'БАҚ пен әлеуметтік желілерде 1 материал жарияланды, ол 40 рет қаралды.'],
    [0, 0, 'Кезеңде БАҚ пен әлеуметтік желілерде жарияланым болған жоқ.'],
  ])('in Kazakh: %i publications, %i views', (count, reach, sentence) => {
    expect(last(informationNarrative(figures({ count, reach }), 'kk'))).toBe(sentence);
  });

  it('is left out when the publications are not given', () => {
    expect(informationNarrative(figures(), 'ru')).toHaveLength(3);
  });
});
