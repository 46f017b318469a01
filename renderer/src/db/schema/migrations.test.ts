import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { KelisimDb, SCHEMA_VERSION } from '../db';
import { v1Stores } from './v1';
import { v2Stores } from './v2';
import { v3Stores } from './v3';
import { v4Stores } from './v4';
import { v5Stores } from './v5';
import { v6Stores } from './v6';
import { v7Stores } from './v7';

const names: string[] = [];
function freshName(): string {
  const name = `migration-test-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

describe('database migrations', () => {
  it('creates every table of every module in a new database', async () => {
    const db = new KelisimDb(freshName());
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      [
        'associations',
        'attachments',
        'auditLog',
        'councils',
        'directories',
        'ethnicGroups',
        'events',
        'exchangePackageRows',
        'exchangePackages',
        'importBatches',
        'importChanges',
        'mediationCases',
        'memberships',
        'operators',
        'people',
        'places',
        'population',
        'receptions',
        'settings',
        'tensionRisks',
        'visits',
        'workingGroups',
      ].sort(),
    );
    db.close();
  });

  it('v2 opens a v1 database, keeps its records and makes its people searchable', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores(v1Stores);
    await v1.open();
    await v1.table('people').bulkAdd([
      { id: 'p1', surname: 'Құдайбергенов', givenName: 'Ерлан', iin: '900101300126', phone: '77011234567' },
      { id: 'p2', surname: 'Ким', givenName: 'Марина', deletedAt: '2026-01-01T00:00:00.000Z' },
    ]);
    await v1.table('associations').add({ id: 'a1', nameRu: 'Корейский центр', status: 'active', ethnicGroupIds: [] });
    v1.close();

    const db = new KelisimDb(name);
    await db.open();
    expect(await db.associations.count()).toBe(1);
    const person = await db.people.get('p1' as never);
    expect(person?.searchTokens).toEqual(
      expect.arrayContaining(['кудайбергенов', 'ерлан', '900101300126', '77011234567']),
    );
    const found = await db.people.where('searchTokens').startsWith('кудай').primaryKeys();
    expect(found).toEqual(['p1']);
    expect((await db.people.get('p2' as never))?.deletedAt).toBe('2026-01-01T00:00:00.000Z');
    db.close();
  });

  it('v4 opens a v3 database and keeps finding people by IIN, surname and search words', async () => {
    const name = freshName();
    const v3 = new Dexie(name);
    v3.version(1).stores(v1Stores);
    v3.version(2).stores(v2Stores);
    v3.version(3).stores(v3Stores);
    await v3.open();
    await v3.table('people').add({
      id: 'p1',
      surname: 'Сейітов',
      givenName: 'Нұрлан',
      iin: '900101300126',
      placeId: '314854100',
      updatedAt: '2026-01-01T00:00:00.000Z',
      searchTokens: ['сейитов', 'нурлан', '900101300126'],
    });
    v3.close();

    const db = new KelisimDb(name);
    await db.open();
    expect(await db.people.where('iin').equals('900101300126').primaryKeys()).toEqual(['p1']);
    expect(await db.people.where('surname').equals('Сейітов').primaryKeys()).toEqual(['p1']);
    expect(await db.people.where('searchTokens').startsWith('сейит').primaryKeys()).toEqual(['p1']);
    expect((await db.people.get('p1' as never))?.placeId).toBe('314854100');
    db.close();
  });

  it('v3 opens a v2 database and finds events by the associations that took part', async () => {
    const name = freshName();
    const v2 = new Dexie(name);
    v2.version(1).stores(v1Stores);
    v2.version(2).stores(v2Stores);
    await v2.open();
    await v2.table('events').bulkAdd([
      { id: 'e1', title: 'Круглый стол', start: '2026-05-10T10:00', status: 'held', associationIds: ['a1', 'a2'] },
      { id: 'e2', title: 'Семинар', start: '2026-05-11T10:00', status: 'planned', associationIds: [] },
    ]);
    v2.close();

    const db = new KelisimDb(name);
    await db.open();
    expect(await db.events.where('associationIds').equals('a2').primaryKeys()).toEqual(['e1']);
    expect(await db.importChanges.count()).toBe(0);
    db.close();
  });

  it('v6 opens a v5 database and finds overdue planned events through one index range', async () => {
    const name = freshName();
    const v5 = new Dexie(name);
    v5.version(1).stores(v1Stores);
    v5.version(2).stores(v2Stores);
    v5.version(3).stores(v3Stores);
    v5.version(4).stores(v4Stores);
    v5.version(5).stores(v5Stores);
    await v5.open();
    await v5.table('events').bulkAdd([
      { id: 'e1', title: 'Семинар', start: '2026-11-10T10:00', status: 'planned', associationIds: [] },
      { id: 'e2', title: 'Круглый стол', start: '2026-11-12T10:00', status: 'held', associationIds: [] },
      { id: 'e3', title: 'Тренинг', start: '2026-12-01T10:00', status: 'planned', associationIds: [] },
    ]);
    v5.close();

    const db = new KelisimDb(name);
    await db.open();
    expect(
      await db.events.where('[status+start]').between(['planned', ''], ['planned', '2026-11-21']).primaryKeys(),
    ).toEqual(['e1']);
    db.close();
  });

  it('v7 opens a v6 database, keeps its records and finds received packages by district and period', async () => {
    const name = freshName();
    const v6 = new Dexie(name);
    v6.version(1).stores(v1Stores);
    v6.version(2).stores(v2Stores);
    v6.version(3).stores(v3Stores);
    v6.version(4).stores(v4Stores);
    v6.version(5).stores(v5Stores);
    v6.version(6).stores(v6Stores);
    await v6.open();
    await v6
      .table('events')
      .add({ id: 'e1', title: 'Семинар', start: '2026-11-10T10:00', status: 'held', associationIds: [] });
    await v6.table('receptions').add({ id: 'r1', date: '2026-11-11', topicCode: 'land', outcome: 'helped' });
    v6.close();

    const db = new KelisimDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.events.where('[status+start]').equals(['held', '2026-11-10T10:00']).primaryKeys()).toEqual(['e1']);
    expect(await db.receptions.count()).toBe(1);
    await db.exchangePackages.bulkAdd([
      {
        id: '314800000:2026-07-01:2026-09-30',
        district: '314800000',
        from: '2026-07-01',
        to: '2026-09-30',
        receivedAt: '2026-10-05T04:00:00.000Z',
      },
      {
        id: '315000000:2026-07-01:2026-09-30',
        district: '315000000',
        from: '2026-07-01',
        to: '2026-09-30',
        receivedAt: '2026-10-06T04:00:00.000Z',
      },
      {
        id: '314800000:2026-04-01:2026-06-30',
        district: '314800000',
        from: '2026-04-01',
        to: '2026-06-30',
        receivedAt: '2026-07-02T04:00:00.000Z',
      },
    ] as never[]);
    expect(await db.exchangePackages.where('district').equals('314800000').count()).toBe(2);
    expect(await db.exchangePackages.where('[from+to]').equals(['2026-07-01', '2026-09-30']).primaryKeys()).toEqual([
      '314800000:2026-07-01:2026-09-30',
      '315000000:2026-07-01:2026-09-30',
    ]);
    expect(await db.exchangePackages.orderBy('receivedAt').last()).toMatchObject({ district: '315000000' });
    db.close();
  });
  it('v8 opens a v7 database, keeps its risks and finds them by the reception that opened them and by measure', async () => {
    const name = freshName();
    const v7 = new Dexie(name);
    v7.version(1).stores(v1Stores);
    v7.version(2).stores(v2Stores);
    v7.version(3).stores(v3Stores);
    v7.version(4).stores(v4Stores);
    v7.version(5).stores(v5Stores);
    v7.version(6).stores(v6Stores);
    v7.version(7).stores(v7Stores);
    await v7.open();
    await v7.table('tensionRisks').add({
      id: 'k1',
      placeId: '314839100',
      description: 'Спор о пастбищах',
      level: 'medium',
      status: 'watched',
      originReceptionId: 'r1',
      measureEventIds: ['e1', 'e2'],
    });
    await v7.table('councils').add({ id: 'c1', kind: 'biys', name: 'Совет биев', memberIds: ['p1', 'p2'] });
    v7.close();

    const db = new KelisimDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.tensionRisks.where('originReceptionId').equals('r1').primaryKeys()).toEqual(['k1']);
    expect(await db.tensionRisks.where('measureEventIds').equals('e2').primaryKeys()).toEqual(['k1']);
    expect(await db.councils.where('memberIds').equals('p2').primaryKeys()).toEqual(['c1']);
    db.close();
  });
});
