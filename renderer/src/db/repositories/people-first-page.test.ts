import { describe, expect, it } from 'vitest';
import { openTestDb, scopeAs } from '../test-db';
import { livePeopleCount, peopleFirstPage, savePerson, setPersonDeleted } from './people';

const TODAY = '2026-12-05';
const SURNAMES = ['Абенов', 'Бекова', 'Ванин', 'Гусейнов', 'Дюсенов', 'Ежова', 'Жаксылыков', 'Зайцев', 'Ким', 'Лим'];

async function officeOf(count: number) {
  const db = await openTestDb();
  const scope = scopeAs(db);
  const people = [];
  for (let index = 0; index < count; index++) {
    const surname = SURNAMES[index % SURNAMES.length] ?? 'Тест';
    people.push(
      (await savePerson(scope, { surname, givenName: `Имя${String(index).padStart(3, '0')}` }, TODAY)).person,
    );
  }
  return { db, scope, people };
}

describe('the people list as it opens', () => {
  it('shows the first live people in alphabetical order and counts only the live ones', async () => {
    const { scope, people } = await officeOf(30);
    for (const person of people.filter((candidate) => candidate.surname === 'Абенов'))
      await setPersonDeleted(scope, person.id, true);

    const first = await peopleFirstPage(scope, 5);
    expect(first.map((person) => person.surname)).toEqual(['Бекова', 'Бекова', 'Бекова', 'Ванин', 'Ванин']);
    expect(await livePeopleCount(scope)).toBe(27);
  });

  it('still fills the page when more people are deleted than the read-ahead holds', async () => {
    const { scope, people } = await officeOf(40);
    // The first 24 in name order (Абенов … Ванин and part of Гусейнов) are deleted: more than twice the page.
    // IndexedDB orders the name index by code units, as < does.
    const key = (person: (typeof people)[number]) => person.sortKey ?? '';
    const ordered = [...people].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    for (const person of ordered.slice(0, 24)) await setPersonDeleted(scope, person.id, true);

    const first = await peopleFirstPage(scope, 10);
    expect(first.map((person) => person.id)).toEqual(ordered.slice(24, 34).map((person) => person.id));
    expect(first.every((person) => !person.deletedAt)).toBe(true);
    expect(await livePeopleCount(scope)).toBe(16);
  });

  it('returns what there is when the office has fewer people than a page', async () => {
    const { scope } = await officeOf(3);
    expect(await peopleFirstPage(scope, 100)).toHaveLength(3);
    expect(await livePeopleCount(scope)).toBe(3);
  });
});
