import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { planTotals } from '@shared/import/member-rows';
import { analyseMembers, detectLayout } from '@shared/import/pipeline';
import type { AssociationId } from '@shared/model/ids';
import { readWorkbook } from '@/import/read-workbook';
import { zhambylLookups } from '@/import/test-lookups';
import type { Scope } from '../access';
import type { KelisimDb } from '../db';
import { openTestDb, scopeAs } from '../test-db';
import { saveAssociation } from './associations';
import { applyMemberImport, ImportCancelledError, undoImport } from './imports';
import { planMembers } from './import-plan';
import { membersOfAssociation } from './memberships';
import { getPerson, savePerson } from './people';

const TODAY = '2026-11-21';

function sheetOf(rows: unknown[][]) {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Лист1');
  const outcome = readWorkbook(
    'list.xlsx',
    new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
  );
  if (!outcome.ok || !outcome.workbook.sheets[0]) throw new Error('unreadable');
  return outcome.workbook.sheets[0];
}

const LIST = [
  ['ФИО', 'ИИН', 'Телефон', 'Роль'],
  ['Ким Марина Викторовна', '850731400453', '+7 701 555 12 34', 'председатель'],
  ['Пак Виктор Сергеевич', '900101300126', '', 'член'],
  ['Цой Роман', '051212500780', '', 'член'],
];

async function setUp(): Promise<{ db: KelisimDb; scope: Scope; associationId: AssociationId }> {
  const db = await openTestDb();
  const scope = scopeAs(db);
  const association = await saveAssociation(
    scope,
    {
      nameRu: 'Корейский центр',
      ethnicGroupIds: ['koreans'],
      deputyIds: [],
      units: [],
      assemblyMember: true,
      status: 'active',
    },
    TODAY,
  );
  return { db, scope, associationId: association.id };
}

async function importList(scope: Scope, associationId: AssociationId, rows: unknown[][], signal?: AbortSignal) {
  const sheet = sheetOf(rows);
  const analysis = analyseMembers(sheet, detectLayout(sheet, 'members'), await zhambylLookups(), TODAY);
  const plan = await planMembers(scope, analysis.valid, associationId);
  const totals = planTotals(plan, analysis.rejected.length);
  const batch = await applyMemberImport(scope, plan, associationId, {
    fileName: 'list.xlsx',
    totals,
    ...(signal ? { signal } : {}),
  });
  return { totals, batch };
}

describe('member import into the database', () => {
  it('adds the people and their memberships, and the same file again changes nothing', async () => {
    const { db, scope, associationId } = await setUp();
    const { totals } = await importList(scope, associationId, LIST);
    expect(totals).toEqual({ new: 3, updated: 0, unchanged: 0, rejected: 0 });
    const members = await membersOfAssociation(scope, associationId);
    expect(members.map((m) => [m.person.surname, m.membership.role]).sort()).toEqual([
      ['Ким', 'chairman'],
      ['Пак', 'member'],
      ['Цой', 'member'],
    ]);
    const again = await importList(scope, associationId, LIST);
    expect(again.totals).toEqual({ new: 0, updated: 0, unchanged: 3, rejected: 0 });
    expect(await db.people.count()).toBe(3);
    expect(await db.memberships.count()).toBe(3);
  });

  it('writes in the audit log how many rows the user left out, beside what was added and refused', async () => {
    const { db, scope, associationId } = await setUp();
    const sheet = sheetOf(LIST);
    const analysis = analyseMembers(sheet, detectLayout(sheet, 'members'), await zhambylLookups(), TODAY);
    const plan = await planMembers(scope, analysis.valid, associationId);
    await applyMemberImport(scope, plan, associationId, {
      fileName: 'list.xlsx',
      totals: planTotals(plan, 0),
      skippedByUser: 2,
    });
    const entry = await db.auditLog.where('action').equals('import').first();
    expect(entry?.details).toMatchObject({ register: 'members', added: 3, rejected: 0, skipped: 2 });
  });

  it('updates a person already stored and undo puts the person back as they were', async () => {
    const { db, scope, associationId } = await setUp();
    const { person } = await savePerson(
      scope,
      { surname: 'Ким', givenName: 'Марина', iin: '850731400453', notes: 'до импорта' },
      TODAY,
    );
    const { totals, batch } = await importList(scope, associationId, LIST);
    expect(totals).toEqual({ new: 2, updated: 1, unchanged: 0, rejected: 0 });
    expect((await getPerson(scope, person.id))?.phone).toBe('77015551234');
    expect((await getPerson(scope, person.id))?.notes).toBe('до импорта');

    const undone = await undoImport(scope, batch.id);
    expect(undone).toEqual({
      removed: { people: 2, memberships: 3, other: 0 },
      restored: 1,
      keptChangedLater: 0,
      keptReferenced: 0,
    });
    expect(await db.people.count()).toBe(1);
    expect(await db.memberships.count()).toBe(0);
    expect(await getPerson(scope, person.id)).toEqual(person);
    expect((await db.importBatches.get(batch.id))?.undoneAt).toBeDefined();
    await expect(undoImport(scope, batch.id)).rejects.toThrow();
  });

  it('leaves what was edited after the import when undoing it', async () => {
    const { db, scope, associationId } = await setUp();
    const { batch } = await importList(scope, associationId, LIST);
    const pak = (await db.people.where('iin').equals('900101300126').first())?.id;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await savePerson(
      scope,
      { surname: 'Пак', givenName: 'Виктор', iin: '900101300126', phone: '87011112233' },
      TODAY,
      pak,
    );
    const undone = await undoImport(scope, batch.id);
    expect(undone.keptChangedLater).toBe(1);
    expect(await db.people.count()).toBe(1);
  });

  it('cancelled halfway leaves no trace', async () => {
    const { db, scope, associationId } = await setUp();
    const controller = new AbortController();
    controller.abort();
    await expect(importList(scope, associationId, LIST, controller.signal)).rejects.toBeInstanceOf(
      ImportCancelledError,
    );
    expect(await db.people.count()).toBe(0);
    expect(await db.memberships.count()).toBe(0);
    expect(await db.importBatches.count()).toBe(0);
  });
});

describe('planning a large list', () => {
  it('finds the stored people of a list of more than a thousand IINs through the index', async () => {
    const { db, scope, associationId } = await setUp();
    const { generateDemoData } = await import('@shared/demo/generate');
    const data = generateDemoData({
      people: 1_200,
      places: [{ id: '314854100' as never, nameRu: 'с.Сортобе', nameKk: 'Сортөбе а.' }],
      today: TODAY,
    });
    await db.people.bulkAdd(data.people);
    const rows = data.people.map((person, index) => ({
      rowNumber: index + 2,
      person: Object.fromEntries(
        Object.entries(person).filter(
          ([key]) => !['id', 'createdAt', 'updatedAt', 'author', 'searchTokens'].includes(key),
        ),
      ) as never,
      role: 'member' as const,
      repairs: [],
      warnings: [],
    }));
    const plan = await planMembers(scope, rows);
    expect(plan.every((item) => item.kind === 'unchanged')).toBe(true);
    const into = await planMembers(scope, rows, associationId);
    expect(into.every((item) => item.kind === 'updated' && item.membership === 'new' && item.existing)).toBe(true);
  });
});
