import { describe, expect, it } from 'vitest';
import { MAX_READINGS, nameSkeletons } from './name-skeleton';

/** One name in Cyrillic and the Latin spellings it meets: passport (ICAO), Kazakh Latin 2021, translit. */
const SAME_NAME: readonly (readonly [string, ...string[]])[] = [
  ['Жанбырбаев', 'Zhanbyrbayev', 'Zhanbyrbaev', 'Janbyrbaev', 'Jañbyrbaev', 'ZHANBYRBAYEV'],
  ['Иванов', 'Ivanov'],
  ['Цой', 'Tsoi', 'Tsoy', 'Coi'],
  ['Юсупов', 'Yusupov', 'Iusupov', 'Jusupov'],
  ['Шевченко', 'Shevchenko', 'Şevçenko', 'Şevchenko'],
  ['Щербаков', 'Shcherbakov', 'Scherbakov', 'Şerbakov'],
  ['Хасанов', 'Khasanov', 'Hasanov'],
  ['Ержан', 'Yerzhan', 'Erzhan', 'Erjan'],
  ['Әлия', 'Aliya', 'Aliia', 'Äliä'],
  ['Нұрлан', 'Nurlan', 'Nūrlan'],
  ['Қасым', 'Kasym', 'Qasym'],
  ['Назарбаев', 'Nazarbayev', 'Nazarbaev'],
  ['Сергеев', 'Sergeyev', 'Sergeev'],
  ['Григорьев', 'Grigoryev', 'Grigoriev', 'Grigorev'],
  ['Валиев', 'Valiyev', 'Valiev'],
  ['Фёдор', 'Fyodor', 'Fedor'],
  ['Ёлкин', 'Yolkin', 'Elkin'],
  ['Юлия', 'Yuliya', 'Iuliia', 'Julija'],
  ['Юрий', 'Yuriy', 'Yury', 'Iurii', 'Jurij'],
  ['Айгерім', 'Aigerim', 'Aygerim', 'Ajgerim'],
  ['Ғалымжан', 'Galymzhan', 'Ğalymjan', 'Ghalymzhan'],
  ['Өмірзақ', 'Omirzak', 'Ömirzaq'],
  ['Үміт', 'Umit', 'Ümit'],
  ['Ілияс', 'Iliyas', 'Ilias', 'Ilyas', 'Ilıias', 'İLIYAS'],
  ['Бірлік', 'Birlik', 'Bırlık'],
  ['Жәңгір', 'Zhangir', 'Jañgir'],
  ['Ахмеджанов', 'Akhmedzhanov', 'Ahmedjanov'],
  ['Александр', 'Aleksandr', 'Alexandr'],
  ['Мамедов-Алиев', 'Mamedov-Aliyev'],
  ["Д'Артаньян", 'Dartanian', "D'Artanyan"],
];

const shareAKey = (a: string, b: string) => nameSkeletons(a).some((key) => nameSkeletons(b).includes(key));

describe('name skeleton: one key for the spellings of one name', () => {
  it.each(SAME_NAME.flatMap(([cyrillic, ...latin]) => latin.map((spelling) => [spelling, cyrillic])))(
    '%s is %s',
    (spelling, cyrillic) => {
      expect(shareAKey(spelling, cyrillic)).toBe(true);
    },
  );

  it('reads the four spellings of the issue as one surname', () => {
    const keys = ['Zhanbyrbayev', 'Janbyrbaev', 'Jañbyrbaev', 'Жанбырбаев'].map((word) => nameSkeletons(word));
    for (const wordKeys of keys) expect(wordKeys).toContain('janbirbaiev');
  });

  it.each([
    ['Zhanbyrbayev', 'Занбырбаев'],
    ['Khasanov', 'Касанов'],
    ['Tsoi', 'Той'],
    ['Shevchenko', 'Савченко'],
    ['Shcherbakov', 'Сербаков'],
    ['Ivanov', 'Иванова'],
    ['Nurlan', 'Нұрбек'],
    ['Aliya', 'Алина'],
    ['Kasym', 'Хасым'],
    ['Yusupov', 'Юнусов'],
    ['Erzhan', 'Ерлан'],
    ['Chernov', 'Цернов'],
  ])('keeps %s apart from %s', (spelling, other) => {
    expect(shareAKey(spelling, other)).toBe(false);
  });

  it('keeps a few readings at most for a word that is read several ways', () => {
    expect(nameSkeletons('Jjjjjjj').length).toBeLessThanOrEqual(MAX_READINGS);
    expect(nameSkeletons('Щёщёщё').length).toBeLessThanOrEqual(MAX_READINGS);
  });

  it('passes digits and other scripts through', () => {
    expect(nameSkeletons('900101300126')).toEqual(['900101300126']);
    expect(nameSkeletons('김')).toEqual(['김']);
    expect(nameSkeletons('')).toEqual([]);
  });
});

describe('name skeleton as you type', () => {
  /** Every prefix typed (from two letters on) finds the whole name written in the other script. */
  const foundWhileTyping = (typed: string, stored: string) => {
    const storedKeys = nameSkeletons(stored);
    for (let length = 2; length <= typed.length; length++) {
      const candidates = nameSkeletons(typed.slice(0, length), { prefix: true });
      if (!candidates.some((candidate) => storedKeys.some((key) => key.startsWith(candidate))))
        return typed.slice(0, length);
    }
    return 'found';
  };

  it.each(SAME_NAME.flatMap(([cyrillic, ...latin]) => latin.map((spelling) => [spelling, cyrillic])))(
    'typing %s finds %s at every keystroke',
    (spelling, cyrillic) => {
      expect(foundWhileTyping(spelling, cyrillic)).toBe('found');
    },
  );

  it.each(SAME_NAME.flatMap(([cyrillic, ...latin]) => latin.map((spelling) => [cyrillic, spelling])))(
    'typing %s finds %s at every keystroke',
    (cyrillic, spelling) => {
      expect(foundWhileTyping(cyrillic, spelling)).toBe('found');
    },
  );

  it('offers the completed reading of a spelling cut in the middle', () => {
    expect(nameSkeletons('Zh', { prefix: true })).toEqual(['j']);
    expect(nameSkeletons('Z', { prefix: true })).toContain('j');
    expect(nameSkeletons('Shc', { prefix: true })).toContain('şç');
    expect(nameSkeletons('Kh', { prefix: true })).toEqual(['h']);
  });
});
