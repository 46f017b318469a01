import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo/generate';
import { directorySeed } from '@shared/directories/seed';
import { associationsExport, membersExport, type RegistryLookups } from '@shared/export/registry-exports';
import { planAssociationImport, associationNameKey } from '@shared/import/association-rows';
import { membershipKey, planMemberImport } from '@shared/import/member-rows';
import { analyseAssociations, analyseMembers, detectLayout } from '@shared/import/pipeline';
import type { PlaceId } from '@shared/model/ids';
import type { Person } from '@shared/model/records';
import { personKey } from '@shared/people/person-key';
import { loadEthnicGroupSeeds } from '@/reference/reference-files';
import { readWorkbook } from '@/import/read-workbook';
import { zhambylLookups } from '@/import/test-lookups';
import { writeStyledWorkbook } from './styled-workbook';

const TODAY = '2026-11-21';
const places = [
  { id: '314854100' as PlaceId, nameRu: 'с.Сортобе', nameKk: 'Сортөбе а.' },
  { id: '314839100' as PlaceId, nameRu: 'с.Каракемер', nameKk: 'Қаракемер а.' },
];

async function fixture() {
  const data = generateDemoData({ people: 400, places, today: TODAY });
  // Some people carry the Latin spelling of their name from the passport: it goes out and comes back.
  for (const person of data.people.slice(0, 40)) person.latinName = "ZHANBYRBAYEV YERZHAN O'RAL";
  const groups = await loadEthnicGroupSeeds();
  const lookups: RegistryLookups = {
    ethnicGroups: new Map(groups.map((group) => [group.id, group])),
    places: new Map(places.map((place) => [place.id, place])),
    legalForms: new Map(directorySeed.filter((item) => item.kind === 'legal_form').map((item) => [item.code, item])),
    associations: new Map(data.associations.map((association) => [association.id, association])),
    people: new Map(data.people.map((person) => [person.id, person])),
  };
  const importLookups = await zhambylLookups(
    data.associations.map((association) => ({ id: association.id, names: [association.nameRu, association.nameKk] })),
  );
  return { data, lookups, importLookups };
}

function firstSheet(bytes: Uint8Array) {
  const outcome = readWorkbook('export.xlsx', bytes);
  if (!outcome.ok || !outcome.workbook.sheets[0]) throw new Error('unreadable export');
  return outcome.workbook.sheets[0];
}

const storedFields = (person: Person) => {
  const { id, createdAt, updatedAt, author, searchTokens, ...fields } = person;
  return fields;
};

describe('styled export', () => {
  it.each(['ru', 'kk', 'both'] as const)(
    'writes members that import back with no loss (headers: %s)',
    async (headers) => {
      const { data, lookups, importLookups } = await fixture();
      const association = data.associations[0];
      if (!association) throw new Error('no association');
      const members = data.memberships.filter((m) => m.associationId === association.id);
      const byId = new Map(data.people.map((person) => [person.id, person]));
      const entries = members.map((membership) => ({ person: byId.get(membership.personId) as Person, membership }));
      const language = headers === 'kk' ? 'kk' : 'ru';
      const table = membersExport(
        entries,
        lookups,
        { language, headers, maskPersonalData: false, asOf: TODAY },
        association,
      );
      const sheet = firstSheet(await writeStyledWorkbook([table]));

      const layout = detectLayout(sheet, 'members');
      expect(layout.headerRow).toBe(3);
      const result = analyseMembers(sheet, layout, importLookups, TODAY);
      expect(result.rejected).toEqual([]);
      expect(result.valid).toHaveLength(entries.length);
      result.valid.forEach((row, index) => {
        const original = entries[index];
        expect(row.person).toEqual(storedFields(original?.person as Person));
        expect([row.associationId, row.role, row.joinedOn]).toEqual([
          association.id,
          original?.membership.role,
          original?.membership.joinedOn,
        ]);
      });

      const plan = planMemberImport(
        result.valid,
        {
          byIin: new Map(data.people.filter((p) => p.iin).map((p) => [p.iin as string, p])),
          byNameAndBirth: new Map(data.people.map((p) => [personKey(p), p])),
          memberships: new Map(data.memberships.map((m) => [membershipKey(m.personId, m.associationId), m])),
        },
        association.id,
      );
      expect(plan.every((item) => item.kind === 'unchanged')).toBe(true);
    },
  );

  it('writes the association registry that imports back unchanged, its total row set aside', async () => {
    const { data, lookups, importLookups } = await fixture();
    const summaries = data.associations.map((association) => ({ association, members: 10 }));
    const table = associationsExport(summaries, lookups, {
      language: 'ru',
      headers: 'ru',
      maskPersonalData: false,
      asOf: TODAY,
    });
    const sheet = firstSheet(await writeStyledWorkbook([table]));
    const layout = detectLayout(sheet, 'associations');
    const result = analyseAssociations(sheet, layout, importLookups, TODAY);
    expect(result.rejected).toEqual([]);
    expect(result.skipped).toEqual([{ rowNumber: 5 + summaries.length, reason: 'total' }]);
    const plan = planAssociationImport(result.valid, {
      byBin: new Map(),
      byName: new Map(data.associations.map((association) => [associationNameKey(association), association])),
    });
    expect(plan.map((item) => [item.kind, item.changedFields])).toEqual(data.associations.map(() => ['unchanged', []]));
  });

  it('lays the sheet out for print and filtering, and never lets a cell become a formula', async () => {
    const { data, lookups } = await fixture();
    const person = {
      ...(data.people[0] as Person),
      notes: '=HYPERLINK("http://evil.example","click")',
      address: '+1 пакет',
    };
    const table = membersExport([{ person }], lookups, {
      language: 'ru',
      headers: 'ru',
      maskPersonalData: false,
      asOf: TODAY,
    });
    const bytes = await writeStyledWorkbook([table]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('A1').value).toBe(table.title);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getRow(4).getCell(2).value).toBe('Фамилия');
    expect(sheet.getRow(4).getCell(2).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    const lastColumn = sheet.getRow(4).getCell(table.columns.length).address.replace(/\d+$/, '');
    expect(sheet.autoFilter).toBe(`A4:${lastColumn}4`);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
    expect(sheet.getColumn(2).width).toBe(18);

    const notes = sheet.getRow(5).getCell(table.columns.length);
    expect(notes.value).toBe(person.notes);
    expect(notes.type).toBe(ExcelJS.ValueType.String);
    expect(notes.numFmt).toBe('@');
    expect(sheet.getRow(5).getCell(11).value).toBe('+1 пакет');
    expect(sheet.getRow(5).getCell(11).numFmt).toBe('@');
    const iin = sheet.getRow(5).getCell(6);
    expect([iin.value, iin.numFmt]).toEqual([person.iin, '@']);
    expect(sheet.getRow(5).getCell(7).numFmt).toBe('dd.mm.yyyy');
  });

  it('masks IINs and phones when asked', async () => {
    const { data, lookups } = await fixture();
    const person = { ...(data.people[0] as Person), iin: '900101300126', phone: '77011234567' };
    const table = membersExport([{ person }], lookups, {
      language: 'ru',
      headers: 'ru',
      maskPersonalData: true,
      asOf: TODAY,
    });
    expect(table.rows[0]?.[5]).toBe('9001••••••26');
    expect(table.rows[0]?.[9]).toBe('+7 701 ••• •• 67');
  });
});
