import * as XLSX from 'xlsx';
import { beforeEach, afterEach, describe, expect, it, vi } from 'vitest';
import { planTotals } from '@shared/import/member-rows';
import { analyseMembers, detectLayout } from '@shared/import/pipeline';
import type { AssociationId, PersonId } from '@shared/model/ids';
import { readWorkbook } from '@/import/read-workbook';
import { zhambylLookups } from '@/import/test-lookups';
import type { Scope } from '../access';
import { openTestDb, scopeAs } from '../test-db';
import { saveAssociation } from './associations';
import { createEvent } from './events';
import { applyMemberImport, previewUndoImport, undoImport } from './imports';
import { planMembers } from './import-plan';
import { saveMembership } from './memberships';
import { saveCouncil, saveMediationCase, saveRisk } from './monitoring';
import { referencesToPeople } from './person-references';
import { createReception } from './receptions';
import { saveWorkingGroup } from './working-groups';

const TODAY = '2026-11-20';

// The import's own record times are compared with later edits: each step happens a moment later.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-20T04:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});
const later = () => vi.setSystemTime(Date.now() + 60_000);

const LIST = [
  ['ФИО', 'ИИН', 'Роль'],
  ['Ким Марина Викторовна', '850731400453', 'председатель'],
  ['Пак Виктор Сергеевич', '900101300126', 'член'],
  ['Цой Роман', '051212500780', 'член'],
];

function sheetOf(rows: unknown[][]) {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Лист1');
  const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  const outcome = readWorkbook('list.xlsx', bytes);
  if (!outcome.ok || !outcome.workbook.sheets[0]) throw new Error('unreadable');
  return outcome.workbook.sheets[0];
}

async function association(scope: Scope, nameRu: string, chairmanId?: PersonId): Promise<AssociationId> {
  const saved = await saveAssociation(
    scope,
    {
      nameRu,
      ethnicGroupIds: ['koreans'],
      ...(chairmanId ? { chairmanId } : {}),
      deputyIds: [],
      units: [],
      assemblyMember: true,
      status: 'active',
    },
    TODAY,
  );
  return saved.id;
}

/** Three people imported into an association; their ids by surname, and the batch. */
async function imported() {
  const scope = scopeAs(await openTestDb());
  const into = await association(scope, 'Корейский центр');
  const sheet = sheetOf(LIST);
  const analysis = analyseMembers(sheet, detectLayout(sheet, 'members'), await zhambylLookups(), TODAY);
  const plan = await planMembers(scope, analysis.valid, into);
  const batch = await applyMemberImport(scope, plan, into, {
    fileName: 'list.xlsx',
    totals: planTotals(plan, analysis.rejected.length),
  });
  const people = await scope.db.people.toArray();
  const id = (surname: string) => {
    const found = people.find((person) => person.surname === surname);
    if (!found) throw new Error(surname);
    return found.id;
  };
  later();
  return { scope, batch, kim: id('Ким'), pak: id('Пак'), tsoi: id('Цой') };
}

describe('undoing an import keeps the people other records name', () => {
  it('removes the people nothing else names, with their memberships, and counts them apart', async () => {
    const { scope, batch } = await imported();
    const result = await undoImport(scope, batch.id);
    expect(result.removed).toEqual({ people: 3, memberships: 3, other: 0 });
    expect(result.keptReferenced).toBe(0);
    expect(await scope.db.people.count()).toBe(0);
    expect(await scope.db.memberships.count()).toBe(0);
  });

  it('says beforehand what it will remove, people and memberships apart, and removes nothing until confirmed', async () => {
    const { scope, batch, pak } = await imported();
    await createReception(scope, {
      date: TODAY,
      citizenId: pak,
      topicCode: 'land',
      outcome: 'explained',
      confidential: false,
    });
    const preview = await previewUndoImport(scope, batch.id);
    expect(preview.removed).toEqual({ people: 2, memberships: 3, other: 0 });
    expect(preview.keptReferenced).toBe(1);
    expect(await scope.db.people.count()).toBe(3);
    expect(await scope.db.memberships.count()).toBe(3);
    expect((await scope.db.importBatches.get(batch.id))?.undoneAt).toBeUndefined();
    expect(await undoImport(scope, batch.id)).toEqual(preview);
  });

  it.each([
    [
      'a membership added later in another association',
      'membership',
      async (scope: Scope, id: PersonId): Promise<void> => {
        await saveMembership(
          scope,
          { personId: id, associationId: await association(scope, 'Другое'), role: 'member' },
          TODAY,
        );
      },
    ],
    [
      'the chairman of another association',
      'association-leader',
      async (scope: Scope, id: PersonId): Promise<void> => void (await association(scope, 'Другое', id)),
    ],
    [
      'an event organiser',
      'event-organiser',
      async (scope: Scope, id: PersonId): Promise<void> => {
        await createEvent(scope, {
          title: 'Круглый стол',
          typeCode: 'round_table',
          start: '2026-12-01T15:00',
          allDay: false,
          organiserAgencyIds: [],
          organiserPersonIds: [id],
          associationIds: [],
          audienceCodes: [],
          status: 'planned',
          links: [],
        });
      },
    ],
    [
      'a working group member',
      'working-group',
      async (scope: Scope, id: PersonId): Promise<void> => {
        await saveWorkingGroup(scope, { name: 'Группа', members: [{ personId: id }] });
      },
    ],
    [
      'a council member',
      'council',
      async (scope: Scope, id: PersonId): Promise<void> => {
        await saveCouncil(scope, { name: 'Совет отцов', kind: 'fathers', memberIds: [id] });
      },
    ],
    [
      'the one responsible for a tension risk',
      'risk-owner',
      async (scope: Scope, id: PersonId): Promise<void> => {
        await saveRisk(scope, {
          placeId: '314839100',
          description: 'Спор о пастбищах',
          source: 'police',
          level: 'low',
          identifiedOn: TODAY,
          nextReviewOn: '2026-12-20',
          responsiblePersonId: id,
        });
      },
    ],
    [
      'a mediator',
      'mediator',
      async (scope: Scope, id: PersonId): Promise<void> => {
        await saveMediationCase(scope, {
          date: TODAY,
          parties: ['Соседи'],
          disputeType: 'household',
          mediatorId: id,
        });
      },
    ],
    [
      'a reception citizen',
      'reception-citizen',
      async (scope: Scope, id: PersonId): Promise<void> => {
        await createReception(scope, {
          date: TODAY,
          citizenId: id,
          topicCode: 'land',
          outcome: 'explained',
          confidential: false,
        });
      },
    ],
  ] as const)('keeps a person named as %s, and says so', async (_place, kind, refer) => {
    const { scope, batch, pak } = await imported();
    await refer(scope, pak);
    const ownMemberships = new Set<string>(batch.added.memberships);
    const found = (await referencesToPeople(scope.db, [pak], ownMemberships)).get(pak);
    expect(found?.map((reference) => reference.kind)).toContain(kind);
    const result = await undoImport(scope, batch.id);
    expect(result.keptReferenced).toBe(1);
    expect(result.removed.people).toBe(2);
    expect(await scope.db.people.get(pak)).toBeDefined();
    // The import's membership went all the same: only the reference elsewhere keeps the person.
    expect(result.removed.memberships).toBe(3);
  });

  it('does not count what is deleted, or the records the undo removes itself', async () => {
    const { scope, batch, kim } = await imported();
    await createReception(scope, {
      date: TODAY,
      citizenId: kim,
      topicCode: 'land',
      outcome: 'explained',
      confidential: false,
    });
    const [reception] = await scope.db.receptions.toArray();
    if (!reception) throw new Error('no reception');
    await scope.db.receptions.put({ ...reception, deletedAt: '2026-11-20T05:00:00Z' });
    expect(await referencesToPeople(scope.db, [kim], new Set<string>(batch.added.memberships))).toEqual(new Map());
    const result = await undoImport(scope, batch.id);
    expect(result.removed.people).toBe(3);
  });
});
