import { describe, expect, it } from 'vitest';
import { analyseMembers, detectLayout } from '@shared/import/pipeline';
import { planTotals } from '@shared/import/member-rows';
import { findDuplicates } from '@shared/people/duplicates';
import { openTestDb, scopeAs } from '../test-db';
import { applyMemberImport } from './imports';
import { planMembers } from './import-plan';
import { findExistingPeople, savePerson, searchPeople } from './people';
import { importLookups } from './registry-lookups';

const TODAY = '2026-11-21';

const surnames = (people: readonly { surname: string }[]) => people.map((person) => person.surname).sort();

describe('names in Latin letters', () => {
  it('finds a Cyrillic person from passport, Kazakh Latin and translit queries, and a Latin one from Cyrillic', async () => {
    const scope = scopeAs(await openTestDb());
    await savePerson(scope, { surname: 'Жанбырбаев', givenName: 'Ержан', birthDate: '1990-01-01' }, TODAY);
    await savePerson(scope, { surname: 'Щербаков', givenName: 'Юрий' }, TODAY);
    await savePerson(scope, { surname: 'Занбырбаев', givenName: 'Ерлан' }, TODAY);
    await savePerson(scope, { surname: 'Tsoi', givenName: 'Viktor' }, TODAY);
    for (const typed of ['Zhanbyrbayev', 'Janbyrbaev', 'Jañbyrbaev', 'жанбыр', 'ZHANBYRBAYEV YER', 'Ержан Zhan'])
      expect(surnames(await searchPeople(scope, typed)), typed).toEqual(['Жанбырбаев']);
    for (const typed of ['Shcherbakov', 'Scherbakov', 'Şerbakov', 'Shcherbakov Yuri', 'Sh'])
      expect(surnames(await searchPeople(scope, typed)), typed).toEqual(['Щербаков']);
    expect(surnames(await searchPeople(scope, 'Цой'))).toEqual(['Tsoi']);
    expect(surnames(await searchPeople(scope, 'Zanbyrbaev'))).toEqual(['Занбырбаев']);
  });

  it('keeps the passport spelling on the card, finds the person by it, and refuses other letters', async () => {
    const scope = scopeAs(await openTestDb());
    const { person } = await savePerson(
      scope,
      { surname: 'Хван', givenName: 'Сергей', latinName: '  HWANG   SERGEI ' },
      TODAY,
    );
    expect(person.latinName).toBe('HWANG SERGEI');
    expect(surnames(await searchPeople(scope, 'hwang'))).toEqual(['Хван']);
    await expect(
      savePerson(scope, { surname: 'Хван', givenName: 'Сергей', latinName: 'ХВАН SERGEI' }, TODAY),
    ).rejects.toThrow('latin_letters_only');
    await expect(
      savePerson(scope, { surname: 'Хван', givenName: 'Сергей', latinName: 'HWANG 2' }, TODAY),
    ).rejects.toThrow('latin_letters_only');
    const { person: apostrophe } = await savePerson(
      scope,
      { surname: 'Д’Артаньян', givenName: 'Шарль', latinName: "D'ARTAGNAN CHARLES-OGIER" },
      TODAY,
    );
    expect(apostrophe.latinName).toBe("D'ARTAGNAN CHARLES-OGIER");
  });

  it('offers the person stored in Cyrillic when the same name is typed in Latin with the same birth date', async () => {
    const scope = scopeAs(await openTestDb());
    const { person } = await savePerson(
      scope,
      { surname: 'Жанбырбаев', givenName: 'Ержан', birthDate: '1990-01-01' },
      TODAY,
    );
    expect(
      await findExistingPeople(scope, { surname: 'Zhanbyrbayev', givenName: 'Yerzhan', birthDate: '1990-01-01' }),
    ).toEqual([person]);
    expect(
      await findExistingPeople(scope, { surname: 'Zhanbyrbayev', givenName: 'Yerzhan', birthDate: '1990-01-02' }),
    ).toEqual([]);
  });

  it('imports a Latin row of a person stored in Cyrillic as new, marked as a likely duplicate for review', async () => {
    const scope = scopeAs(await openTestDb());
    const { person } = await savePerson(
      scope,
      { surname: 'Жанбырбаев', givenName: 'Ержан', birthDate: '1990-01-01' },
      TODAY,
    );
    const other = await savePerson(scope, { surname: 'Tsoi', givenName: 'Irina', iin: '700707400006' }, TODAY);
    const sheet = {
      name: 'List',
      rows: [
        ['ФИО', 'Дата рождения', 'ИИН', 'ФИО латиницей'],
        ['Zhanbyrbayev Yerzhan', '01.01.1990', '', ''],
        ['Цой Ирина', '', '700707400105', 'TSOI IRINA'],
        ['Иванов Иван', '02.02.1992', '', 'IVANOV IVAN'],
      ],
      merges: [],
    };
    const analysis = analyseMembers(sheet, detectLayout(sheet, 'members'), await importLookups(scope), TODAY);
    expect(analysis.rejected).toEqual([]);
    expect(analysis.valid[2]?.person.latinName).toBe('IVANOV IVAN');
    const plan = await planMembers(scope, analysis.valid);
    expect(plan.map((item) => [item.kind, item.likelyDuplicate?.id])).toEqual([
      ['new', person.id],
      // Another IIN is another person, however alike the names.
      ['new', undefined],
      ['new', undefined],
    ]);
    expect(other.person.iin).toBe('700707400006');
    await applyMemberImport(scope, plan, undefined, { fileName: 'list.xlsx', totals: planTotals(plan, 0) });
    // Never merged on a guess: both are there, and the duplicates review pairs them.
    const people = await scope.db.people.toArray();
    expect(people).toHaveLength(5);
    const pairs = findDuplicates(people);
    expect(pairs.map((pair) => [surnames([pair.a, pair.b]), pair.reason])).toEqual([
      [['Zhanbyrbayev', 'Жанбырбаев'], 'other_script'],
    ]);
  });
});
