import { Dexie, type EntityTable, type Table } from 'dexie';
import type { PersonId } from '@shared/model/ids';
import type {
  Association,
  Council,
  KelisimEvent,
  MediationCase,
  Membership,
  Reception,
  TensionRisk,
  WorkingGroup,
} from '@shared/model/records';
import type { SessionKeys } from '../access';
import type { KelisimDb } from '../db';
import { citizenTagsFor } from '../sealing';

/** Every place a record can name a person. A new one is added here, and merge and undo follow. */
export const personReferenceKinds = [
  'membership',
  'reception-citizen',
  'reception-official',
  'reception-co-applicant',
  'event-organiser',
  'association-leader',
  'working-group',
  'council',
  'risk-owner',
  'mediator',
] as const;
export type PersonReferenceKind = (typeof personReferenceKinds)[number];

type Row = { id: string; deletedAt?: string };
type Named<T> = (record: T) => readonly (PersonId | undefined)[];

/** One place a person can be named, over records of any kind (each place is typed where it is made). */
interface Place {
  kind: PersonReferenceKind;
  table: (db: KelisimDb) => Table<Row, string>;
  /** The records, deleted ones too, that name any of these people: through an index where the table has one. */
  find: (db: KelisimDb, ids: ReadonlySet<PersonId>) => Promise<Row[]>;
  /** The people this record names in this place. */
  named: Named<Row>;
  /** Puts one person in place of another in this record (a merge of duplicates). */
  replace: (record: Row, from: PersonId, to: PersonId) => void;
}

const swapped = (ids: PersonId[], from: PersonId, to: PersonId) => [
  ...new Set(ids.map((id) => (id === from ? to : id))),
];

function place<T extends Row>(
  kind: PersonReferenceKind,
  entityTable: (db: KelisimDb) => EntityTable<T, 'id'>,
  named: Named<T>,
  replace: (record: T, from: PersonId, to: PersonId) => void,
  index?: string,
): Place {
  // The records of one table only ever reach the functions made for that table.
  const table = entityTable as unknown as (db: KelisimDb) => Table<Row, string>;
  const namedRow = named as unknown as Named<Row>;
  const find = index
    ? (db: KelisimDb, ids: ReadonlySet<PersonId>) =>
        table(db)
          .where(index)
          .anyOf([...ids])
          .toArray()
    : (db: KelisimDb, ids: ReadonlySet<PersonId>) =>
        table(db)
          .filter((record) => namedRow(record).some((id) => id !== undefined && ids.has(id)))
          .toArray();
  return { kind, table, find, named: namedRow, replace: replace as unknown as Place['replace'] };
}

const memberships = place<Membership>(
  'membership',
  (db) => db.memberships,
  (m) => [m.personId],
  (m, from, to) => {
    if (m.personId === from) m.personId = to;
  },
  'personId',
);

const places = [
  memberships,
  place<Reception>(
    'reception-citizen',
    (db) => db.receptions,
    (r) => [r.citizenId],
    (r, from, to) => {
      if (r.citizenId === from) r.citizenId = to;
    },
    'citizenId',
  ),
  place<Reception>(
    'reception-official',
    (db) => db.receptions,
    (r) => [r.officialId],
    (r, from, to) => {
      if (r.officialId === from) r.officialId = to;
    },
    'officialId',
  ),
  // The other applicants of a collective appeal (those of a sealed one are inside its sealed content).
  place<Reception>(
    'reception-co-applicant',
    (db) => db.receptions,
    (r) => r.coApplicantIds ?? [],
    (r, from, to) => {
      if (r.coApplicantIds) r.coApplicantIds = swapped(r.coApplicantIds, from, to);
    },
  ),
  place<KelisimEvent>(
    'event-organiser',
    (db) => db.events,
    (e) => e.organiserPersonIds,
    (e, from, to) => {
      e.organiserPersonIds = swapped(e.organiserPersonIds, from, to);
    },
  ),
  place<Association>(
    'association-leader',
    (db) => db.associations,
    (a) => [a.chairmanId, ...a.deputyIds, ...a.units.map((unit) => unit.leaderId)],
    (a, from, to) => {
      if (a.chairmanId === from) a.chairmanId = to;
      a.deputyIds = swapped(a.deputyIds, from, to);
      for (const unit of a.units) if (unit.leaderId === from) unit.leaderId = to;
    },
  ),
  place<WorkingGroup>(
    'working-group',
    (db) => db.workingGroups,
    (g) => [g.leaderId, ...g.members.map((member) => member.personId)],
    (g, from, to) => {
      if (g.leaderId === from) g.leaderId = to;
      for (const member of g.members) if (member.personId === from) member.personId = to;
    },
  ),
  place<Council>(
    'council',
    (db) => db.councils,
    (c) => c.memberIds,
    (c, from, to) => {
      c.memberIds = swapped(c.memberIds, from, to);
    },
    'memberIds',
  ),
  place<TensionRisk>(
    'risk-owner',
    (db) => db.tensionRisks,
    (r) => [r.responsiblePersonId],
    (r, from, to) => {
      if (r.responsiblePersonId === from) r.responsiblePersonId = to;
    },
  ),
  place<MediationCase>(
    'mediator',
    (db) => db.mediationCases,
    (c) => [c.mediatorId],
    (c, from, to) => {
      if (c.mediatorId === from) c.mediatorId = to;
    },
    'mediatorId',
  ),
] as const;

/** The tables a transaction that looks for or moves references must hold. */
export function personReferenceTables(db: KelisimDb): Table[] {
  return [...new Set(places.map((p) => p.table(db) as unknown as Table))];
}

/** A live record that names a person, and where. */
export interface PersonReference {
  kind: PersonReferenceKind;
  recordId: string;
}

/**
 * Who refers to these people: for each person named anywhere, the live records that name them.
 * Records in `ignore` (those about to go with the people, such as an import's own memberships) do
 * not count.
 */
export async function referencesToPeople(
  db: KelisimDb,
  ids: readonly PersonId[],
  ignore: ReadonlySet<string> = new Set(),
  keys: SessionKeys | null = null,
): Promise<Map<PersonId, PersonReference[]>> {
  const wanted = new Set(ids);
  const found = new Map<PersonId, PersonReference[]>();
  if (wanted.size === 0) return found;
  const add = (id: PersonId, reference: PersonReference) => found.set(id, [...(found.get(id) ?? []), reference]);
  for (const { kind, find, named } of places) {
    for (const record of await find(db, wanted)) {
      if (record.deletedAt || ignore.has(record.id)) continue;
      for (const id of named(record)) if (id && wanted.has(id)) add(id, { kind, recordId: record.id });
    }
  }
  for (const [id, recordId] of await sealedReceptionsOf(db, wanted, keys))
    if (!ignore.has(recordId)) add(id, { kind: 'reception-citizen', recordId });
  return found;
}

/** Sealed receptions name their citizen by a tag: found for each person through the tags the keys make. */
async function sealedReceptionsOf(
  db: KelisimDb,
  ids: ReadonlySet<PersonId>,
  keys: SessionKeys | null,
): Promise<[PersonId, string][]> {
  if (!keys || (await db.receptions.where('citizenTag').above('').count()) === 0) return [];
  // Inside a transaction the tags are made while Dexie keeps it open.
  const tags = await Dexie.waitFor(
    Promise.all([...ids].map(async (id) => [id, await citizenTagsFor(keys, id)] as const)),
  );
  const byTag = new Map<string, PersonId>();
  for (const [id, list] of tags) for (const tag of list) byTag.set(tag, id);
  const tagged = await db.receptions
    .where('citizenTag')
    .anyOf([...byTag.keys()])
    .toArray();
  return tagged.flatMap((reception) => {
    const id = reception.citizenTag && byTag.get(reception.citizenTag);
    return id && !reception.deletedAt ? [[id, reception.id] as [PersonId, string]] : [];
  });
}

/**
 * Moves every reference but memberships (which a merge folds itself, one per association) from
 * one person to another, in deleted records too, so that a record restored later names the person
 * kept; each record changed is stamped as changed now by `author`.
 */
export async function moveReferences(
  db: KelisimDb,
  from: PersonId,
  to: PersonId,
  stamp: { updatedAt: string; author: string },
): Promise<void> {
  const wanted = new Set([from]);
  for (const { kind, table, find, replace } of places) {
    if (kind === 'membership') continue;
    for (const record of await find(db, wanted)) {
      const next = { ...structuredClone(record), ...stamp };
      replace(next, from, to);
      await table(db).put(next);
    }
  }
}
