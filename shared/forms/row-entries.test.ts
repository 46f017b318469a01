import { describe, expect, it } from 'vitest';
import { toPlaceId } from '../model/ids';
import type { Place } from '../model/records';
import { makeDistrictOf } from '../places/district-of';
import { matchLabels } from './labels';
import { rowEntries, type RowDirectories } from './row-entries';

type TestPlace = Pick<Place, 'id' | 'level' | 'nameRu' | 'nameKk' | 'parentId'>;
const place = (id: string, level: TestPlace['level'], nameRu: string, nameKk: string, parent?: string): TestPlace => ({
  id: toPlaceId(id),
  level,
  nameRu,
  nameKk,
  ...(parent ? { parentId: toPlaceId(parent) } : {}),
});
const places: TestPlace[] = [
  place('310000000', 'oblast', 'Жамбылская область', 'Жамбыл облысы'),
  place('314000000', 'district', 'Кордайский район', 'Қордай ауданы', '310000000'),
  place('316000000', 'district', 'Меркенский район', 'Меркі ауданы', '310000000'),
  place('314030000', 'sub_district', 'Сортобинский с/о', 'Сортөбе а/о', '314000000'),
  place('314030100', 'settlement', 'с. Сортобе', 'Сортөбе ауылы', '314030000'),
  place('316030100', 'settlement', 'с. Мерке', 'Меркі ауылы', '316000000'),
];

const directories = (districtId?: string): RowDirectories => ({
  places,
  districtId,
  districtOf: makeDistrictOf(places),
  ethnicGroups: [{ id: 'kazakh', nameRu: 'Казахи', nameKk: 'Қазақтар' }],
  eventTypes: [{ code: 'round_table', nameRu: 'Круглый стол', nameKk: 'Дөңгелек үстел' }],
  topics: [{ code: 'language', nameRu: 'Язык', nameKk: 'Тіл' }],
  outcomes: [{ id: 'helped', nameRu: 'Оказана помощь', nameKk: 'Көмек көрсетілді' }],
  directions: [{ id: 'dir-1', nameRu: 'Укрепление единства', nameKk: 'Бірлікті нығайту' }],
  projects: [{ id: 'prj-1', nameRu: 'Мир и согласие', nameKk: 'Бейбітшілік пен келісім' }],
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

  it('keys directions and projects by their directory item id, which events name them by', () => {
    expect(rowEntries('direction', directories())).toEqual([
      { id: 'dir-1', nameRu: 'Укрепление единства', nameKk: 'Бірлікті нығайту' },
    ]);
    const matches = matchLabels(['Бейбітшілік пен келісім', 'Мир и согласие'], rowEntries('project', directories()));
    expect(matches.map((match) => match.match)).toEqual(['prj-1', 'prj-1']);
  });

  it('lets a form in Kazakh land its district rows on the same entries as one in Russian', () => {
    const entries = rowEntries('district', directories('314000000'));
    const matches = matchLabels(['Қордай ауданы', 'Меркенский район', 'Барлығы'], entries);
    expect(matches.map((match) => match.match)).toEqual(['314000000', '316000000', null]);
    expect(matches[2]?.total).toBe(true);
  });
});
