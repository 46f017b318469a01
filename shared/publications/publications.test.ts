import { describe, expect, it } from 'vitest';
import { publicationsExport } from '../export/publication-exports';
import { problemsOf } from '../validation/issues';
import { countPublications, type CountedPublication } from './counts';
import { filterPublications } from './filter';
import { publicationInputSchema } from './publication-input';

const TODAY = '2026-11-21';
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

const problems = (input: unknown) => {
  const parsed = publicationInputSchema(TODAY).safeParse(input);
  return parsed.success ? [] : problemsOf(parsed.error).map((problem) => [problem.field, problem.code]);
};

const valid = {
  date: '2026-11-12',
  outletType: 'telegram',
  outletName: 'Кордай жаңалықтары',
  language: 'kk',
  title: 'Бейбітшілік пен келісім күні',
  url: 'https://t.me/korday_news/1520',
  reach: '15300',
};

describe('publicationInputSchema', () => {
  it('accepts a publication with an https link and takes the reach as a whole number', () => {
    const parsed = publicationInputSchema(TODAY).parse(valid);
    expect(parsed.reach).toBe(15300);
    expect(parsed.url).toBe('https://t.me/korday_news/1520');
  });

  it('refuses a link that is not https, a negative or fractional reach, a future date and an unknown outlet', () => {
    expect(problems({ ...valid, url: 'http://t.me/korday_news/1520' })).toEqual([['url', 'link_invalid']]);
    expect(problems({ ...valid, url: 'javascript:alert(1)' })).toEqual([['url', 'link_invalid']]);
    expect(problems({ ...valid, reach: -5 })).toEqual([['reach', 'number_invalid']]);
    expect(problems({ ...valid, reach: '12.5' })).toEqual([['reach', 'number_invalid']]);
    expect(problems({ ...valid, date: '2026-12-01' })).toEqual([['date', 'date_future']]);
    expect(problems({ ...valid, outletType: 'vk' })).toEqual([['outletType', 'required']]);
    expect(problems({ ...valid, outletName: '  ' })).toEqual([['outletName', 'required']]);
  });

  it('lets the link and the reach be left empty', () => {
    const parsed = publicationInputSchema(TODAY).parse({ ...valid, url: '', reach: '' });
    expect(parsed.url).toBeUndefined();
    expect(parsed.reach).toBeUndefined();
  });
});

describe('countPublications', () => {
  const publication = (
    date: string,
    outletType: CountedPublication['outletType'],
    language: CountedPublication['language'],
    reach?: number,
  ): CountedPublication => ({ date, outletType, language, ...(reach === undefined ? {} : { reach }) });

  it('counts the period and sums the reach in all, by outlet type and by language', () => {
    const counts = countPublications(
      [
        publication('2026-11-02', 'tv', 'kk', 12_000),
        publication('2026-11-15', 'telegram', 'ru', 3_300),
        publication('2026-11-30', 'telegram', 'kk_ru'),
        publication('2026-10-31', 'tv', 'kk', 99_000),
        { ...publication('2026-11-10', 'radio', 'kk', 500), deletedAt: '2026-11-11T08:00:00.000Z' },
      ],
      NOVEMBER,
    );
    expect(counts.count).toBe(3);
    expect(counts.reach).toBe(15_300);
    expect(counts.byOutletType.telegram).toEqual({ count: 2, reach: 3_300 });
    expect(counts.byOutletType.tv).toEqual({ count: 1, reach: 12_000 });
    expect(counts.byOutletType.radio).toEqual({ count: 0, reach: 0 });
    expect(counts.byLanguage.kk).toEqual({ count: 1, reach: 12_000 });
    expect(counts.byLanguage.kk_ru).toEqual({ count: 1, reach: 0 });
  });
});

describe('publicationsExport', () => {
  it('lists the period in date order with the linked event named, and totals by outlet type and language', () => {
    const stored = (date: string, outletName: string, reach: number, eventId?: string) =>
      ({
        id: outletName,
        createdAt: '',
        updatedAt: '',
        author: '',
        date,
        outletType: 'telegram',
        outletName,
        language: 'kk',
        reach,
        ...(eventId ? { eventId } : {}),
      }) as unknown as Parameters<typeof publicationsExport>[0][number];
    const [list, summary] = publicationsExport(
      [stored('2026-11-20', 'Б', 300), stored('2026-11-02', 'А', 1000, 'e1'), stored('2026-10-02', 'В', 5)],
      (id) => (id === 'e1' ? 'Круглый стол' : ''),
      NOVEMBER,
      { language: 'ru', headers: 'ru', maskPersonalData: false, asOf: TODAY },
    );
    expect(list?.rows.map((row) => [row[1], row[3], row[8]])).toEqual([
      ['2026-11-02', 'А', 'Круглый стол'],
      ['2026-11-20', 'Б', null],
    ]);
    expect(list?.totals?.[7]).toBe(1300);
    expect(summary?.rows.find((row) => row[1] === 'Telegram')).toEqual([7, 'Telegram', 2, 1300]);
    expect(summary?.rows.find((row) => row[1] === 'казахский')).toEqual([1, 'казахский', 2, 1300]);
    expect(summary?.totals).toEqual([null, 'Итого', 2, 1300]);
  });
});

describe('filterPublications', () => {
  it('keeps what matches the outlet type, the language and a part of the outlet or title in any case', () => {
    const rows = [
      { outletType: 'tv', language: 'kk', outletName: 'Jambyl TV', title: 'Достық үйі' },
      { outletType: 'telegram', language: 'ru', outletName: 'Кордай news', title: 'Круглый стол' },
    ] as const;
    expect(filterPublications(rows, { outletType: 'tv' }).map((row) => row.outletName)).toEqual(['Jambyl TV']);
    expect(filterPublications(rows, { language: 'ru' }).map((row) => row.outletName)).toEqual(['Кордай news']);
    expect(filterPublications(rows, { text: 'КРУГЛЫЙ' }).map((row) => row.outletName)).toEqual(['Кордай news']);
    expect(filterPublications(rows, { text: 'jambyl' })).toHaveLength(1);
    expect(filterPublications(rows, {})).toHaveLength(2);
  });
});
