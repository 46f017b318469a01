import { describe, expect, it } from 'vitest';
import type { PersonId } from '../model/ids';
import type { Person } from '../model/records';
import { editDistance, findDuplicates, mergedPerson } from './duplicates';

let next = 0;
function person(fields: Partial<Person> & Pick<Person, 'surname' | 'givenName'>): Person {
  next++;
  return {
    id: `p${String(next).padStart(3, '0')}` as PersonId,
    createdAt: '',
    updatedAt: '',
    author: '',
    searchTokens: [],
    ...fields,
  };
}

describe('duplicate people', () => {
  it('measures how many letters two names differ by, stopping at the limit', () => {
    expect(editDistance('абдрахманов', 'абдирахманов', 2)).toBe(1);
    expect(editDistance('ким', 'пак', 2)).toBe(3);
    expect(editDistance('а', 'абвгдеж', 2)).toBe(3);
  });

  it('pairs a Cyrillic and a Latin spelling of one name with the same birth date, for review', () => {
    const cyrillic = person({ surname: 'Жанбырбаев', givenName: 'Ержан', birthDate: '1990-01-01' });
    const passport = person({ surname: 'ZHANBYRBAYEV', givenName: 'YERZHAN', birthDate: '1990-01-01' });
    const kazakhLatin = person({ surname: 'Jañbyrbaev', givenName: 'Erjan', birthDate: '1990-01-01' });
    const otherBirth = person({ surname: 'Zhanbyrbayev', givenName: 'Yerzhan', birthDate: '1991-01-01' });
    const otherName = person({ surname: 'Zhanbyrbayev', givenName: 'Yerlan', birthDate: '1990-01-01' });
    const pairs = findDuplicates([cyrillic, passport, kazakhLatin, otherBirth, otherName]);
    const reasons = new Map(pairs.map((pair) => [`${pair.a.id}|${pair.b.id}`, pair.reason]));
    expect(reasons.get(`${cyrillic.id}|${passport.id}`)).toBe('other_script');
    expect(reasons.get(`${cyrillic.id}|${kazakhLatin.id}`)).toBe('other_script');
    // Two Latin spellings of one name are alike, not a change of script.
    expect(reasons.get(`${passport.id}|${kazakhLatin.id}`)).toBe('similar_name');
    expect([...reasons.keys()].some((key) => key.includes(otherBirth.id))).toBe(false);
    expect(reasons.get(`${cyrillic.id}|${otherName.id}`)).toBeUndefined();
  });

  it('pairs a person with someone written as their passport Latin name, and not two people whose IINs differ', () => {
    // The passport's spelling of a Korean surname is not a transliteration of the Cyrillic one.
    const withPassport = person({
      surname: 'Хван',
      givenName: 'Сергей',
      latinName: 'HWANG SERGEI',
      birthDate: '1985-05-05',
    });
    const latin = person({ surname: 'Hwang', givenName: 'Sergei', birthDate: '1985-05-05' });
    const withoutPassport = person({ surname: 'Хван', givenName: 'Сергей', birthDate: '1986-06-06' });
    const latinToo = person({ surname: 'Hwang', givenName: 'Sergei', birthDate: '1986-06-06' });
    const otherIins = [
      person({ surname: 'Цой', givenName: 'Ирина', birthDate: '1970-07-07', iin: '700707400001' }),
      person({ surname: 'Tsoi', givenName: 'Irina', birthDate: '1970-07-07', iin: '700707400002' }),
    ];
    const pairs = findDuplicates([withPassport, latin, withoutPassport, latinToo, ...otherIins]);
    expect(pairs.map((pair) => [pair.a.id, pair.b.id, pair.reason])).toEqual([
      [withPassport.id, latin.id, 'other_script'],
    ]);
  });

  it('pairs the same IIN, the same name and birth date, and near-identical names on one birth date', () => {
    const sameIin = [
      person({ surname: 'Ким', givenName: 'Марина', iin: '850731400453' }),
      person({ surname: 'Kim', givenName: 'Marina', iin: '850731400453' }),
    ];
    const sameNameBirth = [
      person({ surname: 'Иванов', givenName: 'Иван', birthDate: '1980-01-01' }),
      person({ surname: 'ИВАНОВ', givenName: 'иван', birthDate: '1980-01-01' }),
    ];
    const typo = [
      person({ surname: 'Әбдірахманов', givenName: 'Нұрлан', birthDate: '1975-03-03' }),
      person({ surname: 'Абдрахманов', givenName: 'Нурлан', birthDate: '1975-03-03' }),
    ];
    const different = [
      person({ surname: 'Петров', givenName: 'Олег', birthDate: '1975-03-03' }),
      person({ surname: 'Петров', givenName: 'Олег', birthDate: '1976-03-03' }),
      person({ surname: 'Смирнова', givenName: 'Анна', birthDate: '1990-05-05', iin: '900505400001' }),
      person({ surname: 'Смирнова', givenName: 'Анна', birthDate: '1990-05-05', iin: '900505400002' }),
    ];
    const pairs = findDuplicates([...sameIin, ...sameNameBirth, ...typo, ...different]);
    expect(pairs.map((pair) => [pair.a.id, pair.b.id, pair.reason])).toEqual([
      [sameIin[0]?.id, sameIin[1]?.id, 'iin'],
      [sameNameBirth[0]?.id, sameNameBirth[1]?.id, 'name_birth'],
      [typo[0]?.id, typo[1]?.id, 'similar_name'],
    ]);
  });

  it('leaves deleted people out', () => {
    const a = person({ surname: 'Ли', givenName: 'Инна', iin: '061211600012' });
    const b = person({ surname: 'Ли', givenName: 'Инна', iin: '061211600012', deletedAt: '2026-01-01T00:00:00Z' });
    expect(findDuplicates([a, b])).toEqual([]);
  });

  it('finds the one planted pair among 100,000 different people', () => {
    const day = (index: number) => new Date(Date.UTC(1750, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
    const many = Array.from({ length: 100_000 }, (_, index) =>
      person({ surname: `Фамилия${index}`, givenName: `Имя${index % 97}`, birthDate: day(index) }),
    );
    const planted = person({ surname: 'Фамилия5000', givenName: 'Имя53', birthDate: day(5000) });
    const pairs = findDuplicates([...many, planted]);
    expect(pairs.map((pair) => [pair.a.surname, pair.b.surname, pair.reason])).toEqual([
      ['Фамилия5000', 'Фамилия5000', 'name_birth'],
    ]);
  });

  it('keeps the kept record and completes it with what only the duplicate has', () => {
    const keep = person({ surname: 'Ким', givenName: 'Марина', iin: '850731400453', notes: 'председатель' });
    const drop = person({
      surname: 'Ким',
      givenName: 'Марина',
      phone: '77011234567',
      iin: '850731400453',
      notes: 'из списка 2024',
    });
    expect(mergedPerson(keep, drop)).toEqual({ ...keep, phone: '77011234567', notes: 'председатель\nиз списка 2024' });
  });
});
