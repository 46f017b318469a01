import { describe, expect, it } from 'vitest';
import { makeDistrictOf } from '../places/district-of';
import { matchLabels } from './labels';
import { rowEntries, type RowDirectories } from './row-entries';

const places = [
  { id: '310000000', level: 'oblast', nameRu: 'Жамбылская область', nameKk: 'Жамбыл облысы', parentId: undefined },
  { id: '314000000', level: 'district', nameRu: 'Кордайский район', nameKk: 'Қордай ауданы', parentId: '310000000' },
  { id: '316000000', level: 'district', nameRu: 'Меркенский район', nameKk: 'Меркі ауданы', parentId: '310000000' },
  { id: '314030000', level: 'sub_district', nameRu: 'Сортобинский с/о', nameKk: 'Сортөбе а/о', parentId: '314000000' },
  { id: '314030100', level: 'settlement', nameRu: 'с. Сортобе', nameKk: 'Сортөбе ауылы', parentId: '314030000' },
  { id: '316030100', level: 'settlement', nameRu: 'с. Мерке', nameKk: 'Меркі ауылы', parentId: '316000000' },
] as const;

const directories = (districtId?: string): RowDirectories => ({
  places: places.map((place) => ({ ...place })),
  districtId,
  districtOf: makeDistrictOf(places.map((place) => ({ ...place }))),
  ethnicGroups: [{ id: 'kazakh', nameRu: 'Казахи', nameKk: 'Қазақтар' }],
  eventTypes: [{ code: 'round_table', nameRu: 'Круглый стол', nameKk: 'Дөңгелек үстел' }],
  topics: [{ code: 'language', nameRu: 'Язык', nameKk: 'Тіл' }],
  outcomes: [{ id: 'helped', nameRu: 'Оказана помощь', nameKk: 'Көмек көрсетілді' }],
});

describe('the entries a block of a form is matched against', () => {
  it('gives the districts of the classifier, whatever office fills the form', () => {
    expect(rowEntries('district', directories('314000000')).map((entry) => entry.id)).toEqual([
      '314000000',
      '316000000',
    ]);
  });

  it("gives a district office's own villages and rural districts only", () => {
    expect(rowEntries('village', directories('314000000')).map((entry) => entry.id)).toEqual([
      '314030000',
      '314030100',
    ]);
    expect(rowEntries('village', directories()).map((entry) => entry.id)).toContain('316030100');
  });

  it('keys event types and topics by their directory code, as the figures count them', () => {
    expect(rowEntries('eventType', directories())).toEqual([
      { id: 'round_table', nameRu: 'Круглый стол', nameKk: 'Дөңгелек үстел' },
    ]);
    expect(rowEntries('topic', directories())[0]?.id).toBe('language');
  });

  it('lets a form in Kazakh land its district rows on the same entries as one in Russian', () => {
    const entries = rowEntries('district', directories('314000000'));
    const matches = matchLabels(['Қордай ауданы', 'Меркенский район', 'Барлығы'], entries);
    expect(matches.map((match) => match.match)).toEqual(['314000000', '316000000', null]);
    expect(matches[2]?.total).toBe(true);
  });
});
