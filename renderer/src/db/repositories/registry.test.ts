import { describe, expect, it } from 'vitest';
import type { PersonId } from '@shared/model/ids';
import { openTestDb, scopeAs } from '../test-db';
import { listAssociations, saveAssociation, setAssociationDeleted } from './associations';
import { rememberMapping, rememberedMapping } from './import-plan';
import {
  currentMemberships,
  firstMemberships,
  membersOfAssociation,
  saveMembership,
  setMembershipDeleted,
} from './memberships';
import { mergePeople } from './merge-people';
import { findExistingPeople, peopleIdsAlphabetical, savePerson, searchPeople, setPersonDeleted } from './people';

const TODAY = '2026-11-21';
const association = { ethnicGroupIds: ['koreans'], deputyIds: [], units: [], assemblyMember: true, status: 'active' };

describe('people in the registry', () => {
  it('fills birth date and sex from the IIN and warns when a typed birth date disagrees', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const { person, warnings } = await savePerson(
      scope,
      { surname: ' Ким ', givenName: 'Марина', iin: '850731400453', birthDate: '1985-07-30', phone: '8 701 123 45 67' },
      TODAY,
    );
    expect(person).toMatchObject({ surname: 'Ким', birthDate: '1985-07-31', sex: 'female', phone: '77011234567' });
    expect(warnings).toEqual([{ field: 'birthDate', code: 'birth_date_mismatch' }]);
    expect((await searchPeople(scope, 'ким мар')).map((p) => p.id)).toEqual([person.id]);
  });

  it('refuses an invalid IIN with the reason and stores nothing', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await expect(
      savePerson(scope, { surname: 'Ким', givenName: 'Марина', iin: '850731400454' }, TODAY),
    ).rejects.toThrow('iin_checksum');
    expect(await db.people.count()).toBe(0);
  });

  it('offers the person already stored under the same IIN or the same name and birth date', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const { person } = await savePerson(scope, { surname: 'Пак', givenName: 'Виктор', iin: '900101300126' }, TODAY);
    expect(await findExistingPeople(scope, { iin: '900101300126' })).toEqual([person]);
    expect(await findExistingPeople(scope, { surname: 'пак', givenName: 'ВИКТОР', birthDate: '1990-01-01' })).toEqual([
      person,
    ]);
    expect(await findExistingPeople(scope, { surname: 'Пак', givenName: 'Виктор', birthDate: '1991-01-01' })).toEqual(
      [],
    );
    expect(await findExistingPeople(scope, { iin: '900101300126' }, person.id)).toEqual([]);
  });

  it('clears a field emptied in the form when editing', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const { person } = await savePerson(scope, { surname: 'Ли', givenName: 'Инна', phone: '87011112233' }, TODAY);
    const { person: edited } = await savePerson(
      scope,
      { surname: 'Ли', givenName: 'Инна', phone: '' },
      TODAY,
      person.id,
    );
    expect(edited.phone).toBeUndefined();
    expect(edited.createdAt).toBe(person.createdAt);
  });

  it('deletes softly: a deleted person leaves the list and search and comes back with undo', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const { person } = await savePerson(scope, { surname: 'Тен', givenName: 'Лариса' }, TODAY);
    await savePerson(scope, { surname: 'Хван', givenName: 'Эдуард' }, TODAY);
    await setPersonDeleted(scope, person.id, true);
    expect(await peopleIdsAlphabetical(scope)).toHaveLength(1);
    expect(await searchPeople(scope, 'тен')).toEqual([]);
    await setPersonDeleted(scope, person.id, false);
    expect(await peopleIdsAlphabetical(scope)).toHaveLength(2);
  });
});

describe('associations and memberships', () => {
  it('makes the chairman a member with that role and counts current members only', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const { person: chair } = await savePerson(scope, { surname: 'Ким', givenName: 'Марина' }, TODAY);
    const { person: member } = await savePerson(scope, { surname: 'Пак', givenName: 'Виктор' }, TODAY);
    const saved = await saveAssociation(
      scope,
      { ...association, nameRu: 'Корейский центр', chairmanId: chair.id },
      TODAY,
    );
    expect(saved.nameKk).toBe('Корейский центр');
    await saveMembership(
      scope,
      { personId: member.id, associationId: saved.id, role: 'member', joinedOn: '2020-01-01', leftOn: '2025-01-01' },
      TODAY,
    );
    const members = await membersOfAssociation(scope, saved.id);
    expect(members.map((m) => [m.person.surname, m.membership.role])).toEqual([['Ким', 'chairman']]);
    expect((await listAssociations(scope)).map((s) => s.members)).toEqual([1]);
    await expect(
      saveMembership(scope, { personId: chair.id, associationId: saved.id, role: 'member' }, TODAY),
    ).rejects.toThrow('already a member');
  });

  it('gives a card the first rows of its list from the index, as the whole list orders them, after a role change and a rename too', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const person = async (surname: string, givenName: string) =>
      (await savePerson(scope, { surname, givenName }, TODAY)).person;
    const chair = await person('Ким', 'Марина');
    const saved = await saveAssociation(scope, { ...association, nameRu: 'Центр', chairmanId: chair.id }, TODAY);
    const join = async (member: { id: PersonId }, extra: Record<string, string> = {}) =>
      saveMembership(scope, { personId: member.id, associationId: saved.id, role: 'member', ...extra }, TODAY);
    const ilyasov = await person('Ілиясов', 'Ерлан');
    const akhmetov = await person('Ахметов', 'Серік');
    await join(ilyasov);
    await join(akhmetov);
    await join(await person('Әбілов', 'Нұр'));
    await join(await person('Абаев', 'Олжас'), { joinedOn: '2020-01-01', leftOn: '2025-01-01' });
    const gone = await person('Аанов', 'Бек');
    await join(gone);
    await setPersonDeleted(scope, gone.id, true);
    const removed = await join(await person('Аабаев', 'Ержан'));
    await setMembershipDeleted(scope, removed.id, true);

    const names = (memberships: readonly { personName: string }[]) => memberships.map((m) => m.personName);
    expect(names(await currentMemberships(scope, saved.id))).toEqual([
      'Ким Марина',
      'Ахметов Серік',
      'Әбілов Нұр',
      'Ілиясов Ерлан',
    ]);
    expect(names(await firstMemberships(scope, saved.id, 3))).toEqual(['Ким Марина', 'Ахметов Серік', 'Әбілов Нұр']);

    const [ilyasovMembership] = await db.memberships.where('personId').equals(ilyasov.id).toArray();
    await saveMembership(scope, { ...ilyasovMembership, role: 'deputy' }, TODAY, ilyasovMembership?.id);
    await savePerson(scope, { surname: 'Яковлев', givenName: 'Серік' }, TODAY, akhmetov.id);
    const after = ['Ким Марина', 'Ілиясов Ерлан', 'Әбілов Нұр', 'Яковлев Серік'];
    expect(names(await currentMemberships(scope, saved.id))).toEqual(after);
    expect(names(await firstMemberships(scope, saved.id, 10))).toEqual(after);
  });

  it('refuses an association without a name or an ethnos and a wrong BIN', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    await expect(saveAssociation(scope, { ...association, ethnicGroupIds: [], nameRu: 'X' }, TODAY)).rejects.toThrow(
      'ethnos_required',
    );
    await expect(saveAssociation(scope, { ...association }, TODAY)).rejects.toThrow('one_name_required');
    await expect(saveAssociation(scope, { ...association, nameRu: 'X', bin: '940140000386' }, TODAY)).rejects.toThrow(
      'bin_checksum',
    );
    expect(await db.associations.count()).toBe(0);
  });

  it('hides a deleted association and brings it back', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const saved = await saveAssociation(scope, { ...association, nameRu: 'Центр' }, TODAY);
    await setAssociationDeleted(scope, saved.id, true);
    expect(await listAssociations(scope)).toEqual([]);
    await setAssociationDeleted(scope, saved.id, false);
    expect(await listAssociations(scope)).toHaveLength(1);
  });
});

describe('merging duplicates', () => {
  it('moves memberships and references to the person kept and marks the other merged', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const { person: keep } = await savePerson(
      scope,
      { surname: 'Ким', givenName: 'Марина', iin: '850731400453' },
      TODAY,
    );
    const { person: drop } = await savePerson(
      scope,
      { surname: 'Ким', givenName: 'Марина', phone: '87011234567' },
      TODAY,
    );
    const first = await saveAssociation(scope, { ...association, nameRu: 'Первый', chairmanId: drop.id }, TODAY);
    const second = await saveAssociation(scope, { ...association, nameRu: 'Второй' }, TODAY);
    await saveMembership(scope, { personId: keep.id, associationId: first.id, role: 'member' }, TODAY);
    await saveMembership(scope, { personId: drop.id, associationId: second.id, role: 'deputy' }, TODAY);
    await db.receptions.add({
      id: 'r1' as never,
      createdAt: '',
      updatedAt: '',
      author: '',
      date: TODAY,
      topicCode: 'housing',
      outcome: 'explained',
      confidential: false,
      citizenId: drop.id as PersonId,
    });

    await mergePeople(scope, keep.id, drop.id);

    expect((await db.people.get(keep.id))?.phone).toBe('77011234567');
    expect(await db.people.get(drop.id)).toMatchObject({ mergedInto: keep.id, deletedAt: expect.any(String) });
    expect((await db.associations.get(first.id))?.chairmanId).toBe(keep.id);
    expect((await db.receptions.get('r1' as never))?.citizenId).toBe(keep.id);
    const roles = async (id: typeof first.id) =>
      (await membersOfAssociation(scope, id)).map((m) => [m.person.id, m.membership.role]);
    expect(await roles(first.id)).toEqual([[keep.id, 'chairman']]);
    expect(await roles(second.id)).toEqual([[keep.id, 'deputy']]);
  });
});

describe('remembered column mappings', () => {
  it('offers the mapping the user confirmed for the same layout', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    expect(await rememberedMapping(scope, 'members', 'фио|иин')).toBeUndefined();
    await rememberMapping(scope, 'members', 'фио|иин', ['fullName', null]);
    expect(await rememberedMapping(scope, 'members', 'фио|иин')).toEqual(['fullName', null]);
    expect(await rememberedMapping(scope, 'associations', 'фио|иин')).toBeUndefined();
  });
});
