import { formatDate } from '../dates/format';
import type { Language } from '../i18n/languages';
import { resources } from '../i18n/resources';
import type { Association, Membership, Person } from '../model/records';
import { formatPhone } from '../text/phone';
import { maskIin, maskPhone, safeSheetName, type ExportColumn, type ExportTable, type HeaderLanguage } from './table';
import { localName, header, type ColumnKey, type Named } from './columns';

export type { Named } from './columns';

export interface ExportOptions {
  /** Language of the values (ethnos, place, role names) and of the title. */
  language: Language;
  headers: HeaderLanguage;
  maskPersonalData: boolean;
  /** The day the list is "as of", shown under the title. */
  asOf: string;
}

export interface RegistryLookups {
  ethnicGroups: ReadonlyMap<string, Named>;
  places: ReadonlyMap<string, Named>;
  legalForms: ReadonlyMap<string, Named>;
  associations: ReadonlyMap<string, Named>;
  people: ReadonlyMap<string, Pick<Person, 'surname' | 'givenName' | 'patronymic'>>;
}

function title(text: { ru: string; kk: string }, options: ExportOptions): string {
  return options.headers === 'both' ? `${text.ru} / ${text.kk}` : text[options.language];
}

/** Village names repeat across districts; the code settles which one (custom places have none). */
const katoCode = (placeId: string | undefined) => (placeId && /^\d{9}$/.test(placeId) ? placeId : null);

const local = localName;

export interface MemberExportEntry {
  person: Person;
  membership?: Membership;
}

const MEMBER_COLUMNS: readonly [ColumnKey, number, ExportColumn['kind']][] = [
  ['number', 6, 'number'],
  ['surname', 18, 'text'],
  ['givenName', 14, 'text'],
  ['patronymic', 18, 'text'],
  ['latinName', 26, 'text'],
  ['iin', 15, 'code'],
  ['birthDate', 12, 'date'],
  ['sex', 10, 'text'],
  ['ethnos', 16, 'text'],
  ['phone', 18, 'text'],
  ['address', 28, 'text'],
  ['place', 22, 'text'],
  ['placeCode', 12, 'code'],
  ['occupation', 26, 'text'],
  ['education', 16, 'text'],
  ['association', 30, 'text'],
  ['role', 16, 'text'],
  ['joinedOn', 12, 'date'],
  ['notes', 30, 'text'],
];

/** A member list as a styled sheet: one row per membership (or per person when no membership is given). */
export function membersExport(
  entries: readonly MemberExportEntry[],
  lookups: RegistryLookups,
  options: ExportOptions,
  association?: Named,
): ExportTable {
  const { language } = options;
  const text = resources[language];
  const heading = association
    ? {
        ru: resources.ru.exports.membersTitle.replace('{{name}}', association.nameRu),
        kk: resources.kk.exports.membersTitle.replace('{{name}}', association.nameKk),
      }
    : { ru: resources.ru.exports.allMembersTitle, kk: resources.kk.exports.allMembersTitle };
  const rows = entries.map(({ person, membership }, index) => [
    index + 1,
    person.surname,
    person.givenName,
    person.patronymic ?? null,
    person.latinName ?? null,
    options.maskPersonalData ? maskIin(person.iin) : (person.iin ?? null),
    person.birthDate ?? null,
    person.sex ? text.enums.sex[person.sex] : null,
    local(lookups.ethnicGroups.get(person.ethnicGroupId ?? ''), language) || null,
    (options.maskPersonalData ? maskPhone(formatPhone(person.phone)) : formatPhone(person.phone)) || null,
    person.address ?? null,
    local(lookups.places.get(person.placeId ?? ''), language) || null,
    katoCode(person.placeId),
    person.occupation ?? null,
    person.education ?? null,
    membership ? local(lookups.associations.get(membership.associationId), language) || null : null,
    membership ? text.enums.membershipRole[membership.role] : null,
    membership?.joinedOn ?? null,
    person.notes ?? null,
  ]);
  return {
    sheetName: safeSheetName(text.exports.sheetMembers),
    title: title(heading, options),
    subtitle: text.exports.asOf.replace('{{date}}', formatDate(options.asOf)),
    columns: MEMBER_COLUMNS.map(([key, width, kind]) => ({ header: header(key, options.headers), width, kind })),
    rows,
  };
}

const ASSOCIATION_COLUMNS: readonly [ColumnKey, number, ExportColumn['kind']][] = [
  ['number', 6, 'number'],
  ['nameRu', 36, 'text'],
  ['nameKk', 36, 'text'],
  ['ethnicGroups', 18, 'text'],
  ['legalForm', 22, 'text'],
  ['bin', 15, 'code'],
  ['registeredOn', 12, 'date'],
  ['foundedOn', 12, 'date'],
  ['chairman', 28, 'text'],
  ['phone', 18, 'text'],
  ['email', 22, 'text'],
  ['address', 28, 'text'],
  ['place', 22, 'text'],
  ['placeCode', 12, 'code'],
  ['assemblyMember', 10, 'text'],
  ['cabinet', 12, 'text'],
  ['status', 14, 'text'],
  ['members', 10, 'number'],
  ['notes', 30, 'text'],
];

export function associationsExport(
  summaries: readonly { association: Association; members: number }[],
  lookups: RegistryLookups,
  options: ExportOptions,
): ExportTable {
  const { language } = options;
  const text = resources[language];
  const rows = summaries.map(({ association, members }, index) => {
    const chairman = association.chairmanId ? lookups.people.get(association.chairmanId) : undefined;
    return [
      index + 1,
      association.nameRu,
      association.nameKk,
      association.ethnicGroupIds.map((id) => local(lookups.ethnicGroups.get(id), language)).join(', ') || null,
      local(lookups.legalForms.get(association.legalFormCode ?? ''), language) || null,
      association.bin ?? null,
      association.registeredOn ?? null,
      association.foundedOn ?? null,
      chairman ? [chairman.surname, chairman.givenName, chairman.patronymic].filter(Boolean).join(' ') : null,
      formatPhone(association.phone) || null,
      association.email ?? null,
      association.address ?? null,
      local(lookups.places.get(association.placeId ?? ''), language) || null,
      katoCode(association.placeId),
      association.assemblyMember ? text.common.yes : text.common.no,
      association.cabinet ?? null,
      text.enums.associationStatus[association.status],
      members,
      association.notes ?? null,
    ];
  });
  const total = summaries.reduce((sum, { members }) => sum + members, 0);
  return {
    sheetName: safeSheetName(text.exports.sheetAssociations),
    title: title({ ru: resources.ru.exports.associationsTitle, kk: resources.kk.exports.associationsTitle }, options),
    subtitle: text.exports.asOf.replace('{{date}}', formatDate(options.asOf)),
    columns: ASSOCIATION_COLUMNS.map(([key, width, kind]) => ({ header: header(key, options.headers), width, kind })),
    rows,
    totals: ASSOCIATION_COLUMNS.map(([key]) =>
      key === 'nameRu' ? text.exports.total : key === 'members' ? total : null,
    ),
  };
}
