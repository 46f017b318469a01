import { describe, expect, it } from 'vitest';
import type { KelisimEvent } from '../model/records';
import { eventsHeldExport } from './event-exports';

const named = (ru: string, kk: string) => ({ nameRu: ru, nameKk: kk });

let counter = 0;

function event(fields: Partial<KelisimEvent>): KelisimEvent {
  return {
    id: `e${(counter += 1)}`,
    createdAt: '',
    updatedAt: '',
    author: 'test',
    title: 'Встреча с жителями',
    typeCode: 'meeting',
    start: '2026-12-02T10:00',
    allDay: false,
    organiserAgencyIds: [],
    organiserPersonIds: [],
    associationIds: [],
    audienceCodes: [],
    status: 'held',
    links: [],
    attachmentIds: [],
    ...fields,
  } as KelisimEvent;
}

describe('information on events held', () => {
  const lookups = {
    places: new Map([
      ['311000000', named('Байзакский район', 'Байзақ ауданы')],
      ['311030100', named('с. Сарыкемер', 'Сарыкемер а.')],
      ['312000000', named('Жамбылский район', 'Жамбыл ауданы')],
    ]),
    eventTypes: new Map([
      ['meeting', named('Встреча с жителями', 'Тұрғындармен кездесу')],
      ['seminar', named('Семинар', 'Семинар')],
    ]),
    directions: new Map(),
    districtOf: (placeId: string | undefined) => (placeId ? `${placeId.slice(0, 4)}00000` : ''),
  };

  it('lists the events held with their district, and totals them per district and per form', () => {
    const tables = eventsHeldExport(
      [
        event({ placeId: '311030100' as never, actualParticipants: 120, start: '2026-12-03T10:00' }),
        event({ placeId: '312000000' as never, actualParticipants: 45, typeCode: 'seminar' }),
        event({ placeId: '311030100' as never, status: 'planned', plannedParticipants: 500 }),
      ],
      lookups,
      { from: '2026-12-01', to: '2026-12-31' },
      { language: 'kk', headers: 'kk', maskPersonalData: false, asOf: '2026-12-31' },
    );
    const [list, byDistrict, byType] = tables;
    expect(list?.title).toBe('Өткізілген іс-шаралар туралы ақпарат');
    expect(list?.subtitle).toBe('01.12.2026 бастап 31.12.2026 дейінгі кезең');
    expect(list?.rows.map((row) => [row[1], row[3], row[5], row[8]])).toEqual([
      ['2026-12-02', 'Семинар', 'Жамбыл ауданы', 45],
      ['2026-12-03', 'Тұрғындармен кездесу', 'Байзақ ауданы', 120],
    ]);
    expect(list?.totals?.[8]).toBe(165);
    expect(byDistrict?.rows).toEqual([
      [1, 'Байзақ ауданы', 1, 120],
      [2, 'Жамбыл ауданы', 1, 45],
    ]);
    expect(byDistrict?.totals).toEqual([null, 'Барлығы', 2, 165]);
    expect(byType?.rows.map((row) => row[1])).toEqual(['Тұрғындармен кездесу', 'Семинар']);
  });
});
