import { describe, expect, it } from 'vitest';
import { composeIin } from '@shared/identity/iin';
import { openTestDb, scopeAs } from '../test-db';
import { savePerson, setPersonDeleted } from './people';
import { matchSignInSheet } from './sign-in-sheet';

const TODAY = '2026-11-20';

describe('a sign-in sheet matched to the registry', () => {
  it('finds people by IIN and by full name, skips deleted people and lists those it cannot tell', async () => {
    const scope = scopeAs(await openTestDb());
    const iin = composeIin('1985-03-12', 'female', 1) ?? '';
    const person = async (surname: string, givenName: string, extra: Record<string, string> = {}) =>
      (await savePerson(scope, { surname, givenName, ...extra }, TODAY)).person;
    const kim = await person('Ким', 'Ольга', { patronymic: 'Сергеевна', iin });
    const abenova = await person('Абенова', 'Динара');
    await person('Сейітов', 'Нұрлан');
    await person('Сейітов', 'Нұрлан');
    const gone = await person('Иванов', 'Иван');
    await setPersonDeleted(scope, gone.id, true);

    const match = await matchSignInSheet(scope, [
      { row: 3, iin, name: 'Ким О. С.' },
      { row: 4, name: 'абенова динара' },
      { row: 5, name: 'Сейітов Нұрлан' },
      { row: 6, name: 'Иванов Иван' },
    ]);
    expect(match.personIds).toEqual([kim.id, abenova.id]);
    expect(match.ambiguous.map((entry) => entry.row)).toEqual([5]);
    expect(match.unknown.map((entry) => entry.row)).toEqual([6]);
  });
});
