import { describe, expect, it } from 'vitest';
import { russianForm, russianPluralCategory } from './russian-plural';

const EVENT = { one: 'мероприятие', few: 'мероприятия', many: 'мероприятий' };

describe('Russian plural forms after a number', () => {
  it.each([
    [0, 'мероприятий'],
    [1, 'мероприятие'],
    [2, 'мероприятия'],
    [4, 'мероприятия'],
    [5, 'мероприятий'],
    [11, 'мероприятий'],
    [12, 'мероприятий'],
    [14, 'мероприятий'],
    [17, 'мероприятий'],
    [21, 'мероприятие'],
    [22, 'мероприятия'],
    [25, 'мероприятий'],
    [101, 'мероприятие'],
    [111, 'мероприятий'],
    [112, 'мероприятий'],
    [122, 'мероприятия'],
    [1001, 'мероприятие'],
    [2350, 'мероприятий'],
  ])('%i %s', (count, form) => {
    expect(russianForm(count, EVENT)).toBe(form);
  });

  it('agrees with CLDR for every number up to 1 000', () => {
    const rules = new Intl.PluralRules('ru');
    for (let n = 0; n <= 1000; n++) expect(russianPluralCategory(n)).toBe(rules.select(n));
  });
});
