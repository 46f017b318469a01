import { describe, expect, it } from 'vitest';
import type { Compared } from '../dashboard/compute';
import { informationNarrative, type NarrativeFigures } from './information-narrative';

const NB = '\u00a0';
const value = (current: number, previous = 0): Compared => ({
  current,
  previous,
  change: current - previous,
  ratio: null,
});

function figures(changes: Partial<Omit<NarrativeFigures, 'period' | 'previousPeriod'>> = {}): NarrativeFigures {
  return {
    period: { from: '2026-07-01', to: '2026-09-30' },
    previousPeriod: { from: '2026-04-01', to: '2026-06-30' },
    eventsHeld: value(17, 12),
    participants: value(2350, 1800),
    eventsPlanned: value(0),
    receptions: value(45),
    helped: value(12),
    underControl: value(5),
    overdue: value(1),
    associations: value(14),
    members: value(320),
    ...changes,
  };
}

describe('the information told in sentences', () => {
  it('writes the example of the issue in Russian, with the period before', () => {
    const [events] = informationNarrative(figures(), 'ru');
    expect(events).toBe(
      `За период с 01.07.2026 по 30.09.2026 проведено 17 мероприятий, в них приняли участие 2${NB}350 человек. ` +
        `В предыдущем периоде (01.04.2026–30.06.2026) проведено 12 мероприятий, в них приняли участие 1${NB}800 человек.`,
    );
  });

  it('writes it in Kazakh with the nouns in the singular after numerals', () => {
    const [events] = informationNarrative(figures(), 'kk');
    expect(events).toBe(
      `01.07.2026 бастап 30.09.2026 дейінгі кезеңде 17 іс-шара өткізілді, оларға 2${NB}350 адам қатысты. ` +
        `Алдыңғы кезеңде (01.04.2026–30.06.2026) 12 іс-шара өткізілді, оларға 1${NB}800 адам қатысты.`,
    );
  });

  it.each([
    [1, 1, 'проведено 1 мероприятие, в нём принял участие 1 человек.'],
    [2, 2, 'проведено 2 мероприятия, в них приняли участие 2 человека.'],
    [5, 5, 'проведено 5 мероприятий, в них приняли участие 5 человек.'],
    [11, 11, 'проведено 11 мероприятий, в них приняли участие 11 человек.'],
    [12, 12, 'проведено 12 мероприятий, в них приняли участие 12 человек.'],
    [21, 21, 'проведено 21 мероприятие, в них принял участие 21 человек.'],
    [22, 22, 'проведено 22 мероприятия, в них приняли участие 22 человека.'],
    [25, 25, 'проведено 25 мероприятий, в них приняли участие 25 человек.'],
    [111, 111, 'проведено 111 мероприятий, в них приняли участие 111 человек.'],
    [3, 0, 'проведено 3 мероприятия.'],
  ])('Russian: %i events, %i participants', (held, participants, expected) => {
    const [events] = informationNarrative(
      figures({ eventsHeld: value(held), participants: value(participants) }),
      'ru',
    );
    expect(events).toContain(`30.09.2026 ${expected}`);
  });

  it.each([
    [1, 1, '1 іс-шара өткізілді, оған 1 адам қатысты.'],
    [2, 22, '2 іс-шара өткізілді, оларға 22 адам қатысты.'],
    [21, 111, '21 іс-шара өткізілді, оларға 111 адам қатысты.'],
  ])('Kazakh: %i events, %i participants', (held, participants, expected) => {
    const [events] = informationNarrative(
      figures({ eventsHeld: value(held), participants: value(participants) }),
      'kk',
    );
    expect(events).toContain(`кезеңде ${expected}`);
  });

  it('says when no events were held, in either language', () => {
    const none = figures({ eventsHeld: value(0, 0), participants: value(0, 0) });
    expect(informationNarrative(none, 'ru')[0]).toContain('30.09.2026 мероприятия не проводились.');
    expect(informationNarrative(none, 'kk')[0]).toContain('кезеңде іс-шаралар өткізілген жоқ.');
  });

  it('counts citizens received and helped with the case the verb needs', () => {
    const text = (received: number, helped: number) =>
      informationNarrative(figures({ receptions: value(received), helped: value(helped) }), 'ru')[1];
    expect(text(1, 1)).toContain('На личном приёме принят 1 гражданин, из них 1 гражданину оказана помощь.');
    expect(text(2, 2)).toContain('принято 2 гражданина, из них 2 гражданам оказана помощь.');
    expect(text(21, 21)).toContain('принят 21 гражданин, из них 21 гражданину оказана помощь.');
    expect(text(45, 12)).toContain('принято 45 граждан, из них 12 гражданам оказана помощь.');
    expect(text(111, 0)).toContain('принято 111 граждан.');
    expect(informationNarrative(figures(), 'kk')[1]).toBe(
      'Жеке қабылдауда 45 азамат қабылданды, оның ішінде 12 азаматқа көмек көрсетілді. ' +
        'Бақылауда 5 өтініш бар, оның ішінде 1 өтініштің орындау мерзімі өтіп кетті.',
    );
  });

  it('tells the items under control and the overdue ones', () => {
    const text = (open: number, overdue: number) =>
      informationNarrative(figures({ underControl: value(open), overdue: value(overdue) }), 'ru')[1];
    expect(text(5, 1)).toContain('На контроле 5 обращений, срок исполнения истёк по 1 обращению.');
    expect(text(22, 2)).toContain('На контроле 22 обращения, срок исполнения истёк по 2 обращениям.');
    expect(text(1, 0)).toContain('На контроле 1 обращение, сроки исполнения не нарушены.');
    expect(text(0, 0)).toContain('Обращений на контроле нет.');
  });

  it('describes the registry with the adjective agreeing', () => {
    const text = (associations: number, members: number, language: 'ru' | 'kk' = 'ru') =>
      informationNarrative(figures({ associations: value(associations), members: value(members) }), language)[2];
    expect(text(1, 21)).toBe('В реестре 1 этнокультурное объединение, в котором состоит 21 член.');
    expect(text(2, 3)).toBe('В реестре 2 этнокультурных объединения, в которых состоит 3 члена.');
    expect(text(14, 320)).toBe('В реестре 14 этнокультурных объединений, в которых состоит 320 членов.');
    expect(text(14, 320, 'kk')).toBe('Тізілімде 14 этномәдени бірлестік тіркелген, оларға 320 мүше кіреді.');
    expect(text(1, 5, 'kk')).toBe('Тізілімде 1 этномәдени бірлестік тіркелген, оған 5 мүше кіреді.');
  });

  it('mentions the events still planned', () => {
    const planned = figures({ eventsPlanned: value(3) });
    expect(informationNarrative(planned, 'ru')[0]).toContain('Ещё 3 мероприятия в статусе «запланировано».');
    expect(informationNarrative(planned, 'kk')[0]).toContain('Тағы 3 іс-шара «жоспарланған» мәртебесінде тұр.');
  });
});
