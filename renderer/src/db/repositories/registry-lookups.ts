import type { MemberExportEntry, RegistryLookups } from '@shared/export/registry-exports';
import { compareText } from '@shared/text/collator';
import type { ImportLookups } from '@shared/import/read-rows';
import { authorize, type Scope } from '../access';
import { openPerson } from '../sealing';
import { listAssociations } from './associations';

/** Names of everything a registry export refers to by id. */
export async function registryLookups(scope: Scope, personIds: readonly string[] = []): Promise<RegistryLookups> {
  authorize(scope, 'view');
  const { db } = scope;
  const [groups, places, legalForms, associations, people] = await Promise.all([
    db.ethnicGroups.toArray(),
    db.places.toArray(),
    db.directories.where('kind').equals('legal_form').toArray(),
    db.associations.toArray(),
    db.people.bulkGet([...personIds] as never[]),
  ]);
  return {
    ethnicGroups: new Map(groups.map((group) => [group.id, group])),
    places: new Map(places.map((place) => [place.id, place])),
    legalForms: new Map(legalForms.map((item) => [item.code, item])),
    associations: new Map(associations.map((association) => [association.id, association])),
    people: new Map(people.filter((person) => person !== undefined).map((person) => [person.id, person])),
  };
}

/** Every current membership of every live association, with its person, for "export all members". */
export async function allMemberEntries(scope: Scope): Promise<MemberExportEntry[]> {
  authorize(scope, 'export');
  const { db } = scope;
  const live = new Set((await listAssociations(scope)).map(({ association }) => association.id));
  const memberships = (await db.memberships.toArray()).filter(
    (m) => !m.deletedAt && !m.leftOn && live.has(m.associationId),
  );
  const stored = await db.people.bulkGet(memberships.map((m) => m.personId));
  // The notes about a person are in the list only for whoever holds the key.
  const people = await Promise.all(stored.map((person) => (person?.sealed ? openPerson(scope.keys, person) : person)));
  const entries: MemberExportEntry[] = [];
  memberships.forEach((membership, index) => {
    const person = people[index];
    if (person && !person.deletedAt) entries.push({ person, membership });
  });
  return entries.sort((a, b) => compareText(a.person.surname, b.person.surname));
}

/** What the importer matches cell text against: directories, places, associations, topics, agencies. */
export async function importLookups(scope: Scope, districtId?: string): Promise<ImportLookups> {
  authorize(scope, 'import');
  const { db } = scope;
  const [groups, places, legalForms, associations, eventTypes, topics, agencies] = await Promise.all([
    db.ethnicGroups.toArray(),
    db.places.toArray(),
    db.directories.where('kind').equals('legal_form').toArray(),
    db.associations.toArray(),
    db.directories.where('kind').equals('event_type').toArray(),
    db.directories.where('kind').equals('reception_topic').toArray(),
    db.directories.where('kind').equals('agency').toArray(),
  ]);
  return {
    ethnicGroups: groups.filter((g) => !g.deletedAt).map((g) => ({ id: g.id, names: [g.nameRu, g.nameKk, g.nameEn] })),
    places: places.map((place) => ({ id: place.id, nameRu: place.nameRu, nameKk: place.nameKk, level: place.level })),
    legalForms: legalForms.map((item) => ({ id: item.code, names: [item.nameRu, item.nameKk] })),
    associations: associations.filter((a) => !a.deletedAt).map((a) => ({ id: a.id, names: [a.nameRu, a.nameKk] })),
    eventTypes: eventTypes
      .filter((item) => item.active)
      .map((item) => ({ id: item.code, names: [item.nameRu, item.nameKk] })),
    // A reception stores its topic by code and the agency it was referred to by id, as the form does.
    receptionTopics: topics
      .filter((item) => item.active && !item.deletedAt)
      .map((item) => ({ id: item.code, names: [item.nameRu, item.nameKk] })),
    agencies: agencies
      .filter((item) => item.active && !item.deletedAt)
      .map((item) => ({ id: item.id, names: [item.nameRu, item.nameKk] })),
    ...(districtId ? { preferredPlacePrefix: districtId.slice(0, 4) } : {}),
  };
}
