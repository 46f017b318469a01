import type { FormMapping } from '../forms/mapping';
import type {
  AssociationId,
  AuthorityFormId,
  AttachmentId,
  AuditEntryId,
  CouncilId,
  DirectoryItemId,
  EthnicGroupId,
  EventId,
  ImportBatchId,
  MediationCaseId,
  MembershipId,
  PersonId,
  PlaceId,
  PlanId,
  PlanItemId,
  PopulationRecordId,
  PublicationId,
  ReceptionId,
  ReceptionSessionId,
  TensionRiskId,
  VisitId,
  WorkingGroupId,
} from './ids';

/** Calendar date as `YYYY-MM-DD`: a birth date or a deadline has no time zone. */
export type IsoDate = string;
/** Local wall-clock time as `YYYY-MM-DDTHH:mm`: an event at 10:00 in Taraz stays at 10:00. */
export type LocalDateTime = string;
/** An instant as `Date.toISOString()`. */
export type IsoTimestamp = string;

/**
 * What every stored record carries. These fields let exchange packages merge
 * without duplicates and let a later sync decide which edit is newer.
 */
export interface BaseRecord<Id extends string> {
  id: Id;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
  author: string;
  /** Set when the record is deleted; the record stays so the delete can be undone. */
  deletedAt?: IsoTimestamp;
}

export type Sex = 'male' | 'female';

/**
 * Confidential content as stored: encrypted (AES-256-GCM) under one version of the office field
 * key, with the record's table and id bound to it. Only the data layer seals and opens it.
 */
export interface SealedValue {
  v: 1;
  /** The field-key version, so that the key can be rotated. */
  key: string;
  /** Base64 of the nonce and the ciphertext. */
  data: string;
}

/** What a record whose content can be sealed carries besides its fields. */
export interface Sealable {
  sealed?: SealedValue;
  /** Set while confidential content is still in clear, waiting for a session with the key to seal it. */
  unsealed?: 1;
}

export interface Person extends BaseRecord<PersonId>, Sealable {
  surname: string;
  givenName: string;
  patronymic?: string;
  /** The name in Latin letters as the passport prints it (ZHANBYRBAYEV YERZHAN); searchable. */
  latinName?: string;
  iin?: string;
  birthDate?: IsoDate;
  sex?: Sex;
  ethnicGroupId?: EthnicGroupId;
  /** Digits only, 11 long, starting with 7: `77011234567`. */
  phone?: string;
  address?: string;
  placeId?: PlaceId;
  occupation?: string;
  education?: string;
  notes?: string;
  /** The name's skeleton keys (text/name-skeleton), the IIN and the phone, for search as you type; maintained by the data layer. */
  searchTokens: string[];
  /** The name as a key in alphabetical order, for the people list's index; set by the data layer on every write. */
  sortKey?: string;
  /** Set on the duplicate that was merged into another person. */
  mergedInto?: PersonId;
}

export const associationStatuses = ['active', 'inactive', 'liquidated'] as const;
export type AssociationStatus = (typeof associationStatuses)[number];

export interface AssociationUnit {
  id: string;
  kindCode: string;
  name: string;
  leaderId?: PersonId;
  participants?: number;
}

export interface Association extends BaseRecord<AssociationId> {
  nameRu: string;
  nameKk: string;
  ethnicGroupIds: EthnicGroupId[];
  legalFormCode?: string;
  bin?: string;
  registeredOn?: IsoDate;
  foundedOn?: IsoDate;
  chairmanId?: PersonId;
  deputyIds: PersonId[];
  phone?: string;
  email?: string;
  address?: string;
  placeId?: PlaceId;
  assemblyMember: boolean;
  cabinet?: string;
  units: AssociationUnit[];
  status: AssociationStatus;
  notes?: string;
}

export const membershipRoles = ['chairman', 'deputy', 'member', 'council_member'] as const;
export type MembershipRole = (typeof membershipRoles)[number];

export interface Membership extends BaseRecord<MembershipId> {
  personId: PersonId;
  associationId: AssociationId;
  /**
   * The member's full name, copied from the person so that a card of 5,000 members sorts and
   * opens without reading 5,000 people first. Kept current by the repositories that rename people.
   */
  personName: string;
  role: MembershipRole;
  joinedOn?: IsoDate;
  leftOn?: IsoDate;
  /** The place in the association's list (membershipListKey), set beneath the repositories on every write. */
  listKey?: string;
}

export const eventStatuses = ['planned', 'held', 'postponed', 'cancelled'] as const;
export type EventStatus = (typeof eventStatuses)[number];

export interface KelisimEvent extends BaseRecord<EventId> {
  title: string;
  /** The title in Kazakh, when the office gives one: Kazakh reports and screens use it (see nameIn). */
  titleKk?: string;
  typeCode: string;
  projectId?: DirectoryItemId;
  directionId?: DirectoryItemId;
  workingGroupId?: WorkingGroupId;
  visitId?: VisitId;
  start: LocalDateTime;
  end?: LocalDateTime;
  allDay: boolean;
  placeId?: PlaceId;
  venue?: string;
  organiserAgencyIds: DirectoryItemId[];
  organiserPersonIds: PersonId[];
  associationIds: AssociationId[];
  audienceCodes: string[];
  plannedParticipants?: number;
  actualParticipants?: number;
  status: EventStatus;
  statusReason?: string;
  result?: string;
  links: string[];
  attachmentIds: AttachmentId[];
  /** Occurrences of one recurring plan share a series id. */
  seriesId?: string;
  /** The item of the year's plan of measures this event carries out. */
  planItemId?: PlanItemId;
  /** Named attendance, when the office keeps it: the people who came, so that reach counts each person once. */
  attendeeIds?: PersonId[];
}

export interface WorkingGroupMember {
  personId: PersonId;
  agencyId?: DirectoryItemId;
  position?: string;
}

export interface WorkingGroup extends BaseRecord<WorkingGroupId> {
  name: string;
  /** The name in Kazakh, when given (see nameIn). */
  nameKk?: string;
  projectId?: DirectoryItemId;
  directionId?: DirectoryItemId;
  leaderId?: PersonId;
  members: WorkingGroupMember[];
  periodStart?: IsoDate;
  periodEnd?: IsoDate;
}

export interface Visit extends BaseRecord<VisitId> {
  workingGroupId: WorkingGroupId;
  placeId: PlaceId;
  start: IsoDate;
  end: IsoDate;
  notes?: string;
}

export const receptionOutcomes = ['explained', 'helped', 'control', 'referred', 'declined'] as const;
export type ReceptionOutcome = (typeof receptionOutcomes)[number];

export interface ControlNote {
  at: IsoTimestamp;
  author: string;
  kind: 'note' | 'extension';
  text: string;
  newDeadline?: IsoDate;
}

export interface ReceptionControl {
  responsibleBody: string;
  deadline: IsoDate;
  closedOn?: IsoDate;
  resolution?: string;
  history: ControlNote[];
}

/** The kinds of appeal the Administrative Procedural Code names (АППК РК, art. 1 and 4). */
export const appealTypes = ['application', 'complaint', 'proposal', 'response', 'request'] as const;
export type AppealType = (typeof appealTypes)[number];

/** How the appeal came in. */
export const appealChannels = ['in_person', 'written', 'e_otinish', 'phone'] as const;
export type AppealChannel = (typeof appealChannels)[number];

/** How the answer was given. */
export const answerForms = ['written', 'oral', 'e_otinish'] as const;
export type AnswerForm = (typeof answerForms)[number];

/** What the appeal came to, as offices report it (the outcome of consideration under АППК). */
export const answerResults = ['satisfied', 'refused', 'explained', 'not_considered', 'forwarded'] as const;
export type AnswerResult = (typeof answerResults)[number];

/** The answer given to the applicant. */
export interface AppealAnswer {
  date: IsoDate;
  form?: AnswerForm;
  result?: AnswerResult;
}

export interface Reception extends BaseRecord<ReceptionId>, Sealable {
  date: IsoDate;
  placeId?: PlaceId;
  visitId?: VisitId;
  officialId?: PersonId;
  citizenId?: PersonId;
  topicCode: string;
  summary?: string;
  outcome: ReceptionOutcome;
  helpText?: string;
  control?: ReceptionControl;
  /** Copy of `control.deadline` while the item is open, so the control list is one index read. */
  openControlDue?: IsoDate;
  referredToAgencyId?: DirectoryItemId;
  declineReason?: string;
  confidential: boolean;
  /** For a sealed reception, the citizen as a blind tag: found by whoever has the key, by nobody else. */
  citizenTag?: string;
  appealType?: AppealType;
  channel?: AppealChannel;
  /** The number and date the appeal was registered under in the office's register of correspondence. */
  registrationNo?: string;
  registeredOn?: IsoDate;
  /** A collective appeal: the applicants besides the citizen (sealed with the citizen when confidential). */
  coApplicantIds?: PersonId[];
  /** How many they are, kept in clear so that a sealed collective appeal is still counted. */
  coApplicantCount?: number;
  /** A repeated appeal: the earlier reception of the same applicant it comes back to. */
  repeatOfId?: ReceptionId;
  answer?: AppealAnswer;
  /** The mass reception (reception session) this citizen was received at; counted in the session's totals, not again. */
  sessionId?: ReceptionSessionId;
}

export const placeLevels = ['oblast', 'district', 'sub_district', 'settlement'] as const;
export type PlaceLevel = (typeof placeLevels)[number];

export interface Place extends BaseRecord<PlaceId> {
  level: PlaceLevel;
  /** KATO type code: 0 oblast, 1 urban, 2 rural, 3 town administration, 4 district with towns. */
  typeCode: number;
  nameRu: string;
  nameKk: string;
  parentId?: PlaceId;
  katoVersion: string;
  /** Added by the office, not part of the official classifier. */
  custom: boolean;
  /** Marked by the office as a remote settlement: reports show remote villages apart. */
  remote?: boolean;
}

export interface EthnicGroup extends BaseRecord<EthnicGroupId> {
  nameRu: string;
  nameKk: string;
  nameEn: string;
  order: number;
  active: boolean;
}

export const directoryKinds = [
  'event_type',
  'audience',
  'reception_topic',
  'agency',
  'project',
  'direction',
  'legal_form',
  'unit_kind',
] as const;
export type DirectoryKind = (typeof directoryKinds)[number];

export interface DirectoryItem extends BaseRecord<DirectoryItemId> {
  kind: DirectoryKind;
  code: string;
  nameRu: string;
  nameKk: string;
  /** A direction belongs to a project. */
  parentId?: DirectoryItemId;
  order: number;
  active: boolean;
}

export interface Setting<V = unknown> {
  id: string;
  value: V;
  updatedAt: IsoTimestamp;
}

/** One link of the append-only, hash-chained audit log (shared/audit/chain.ts). */
export interface AuditEntry {
  id: AuditEntryId;
  seq: number;
  at: IsoTimestamp;
  actor: string;
  action: string;
  table?: string;
  recordId?: string;
  details?: Record<string, string | number | boolean>;
  prevHash: string;
  hash: string;
  /** 'hmac-sha256' for entries linked under the audit key; older entries have plain SHA-256 links. */
  link?: 'hmac-sha256';
  /**
   * The PC that wrote the entry: each PC of an office keeps its own chain (`seq` and `prevHash` are
   * that PC's). Entries written before version 12 were given this PC's id by its migration.
   */
  device?: string;
}

export type OperatorId = string & { readonly operatorBrand: unique symbol };

/** A named local user of this copy of Kelisim. */
/** Secret bytes under a key derived from a password or the recovery key (PBKDF2-SHA256, AES-256-GCM). */
export interface WrappedSecret {
  salt: string;
  iterations: number;
  data: string;
}

export interface Operator {
  id: OperatorId;
  login: string;
  displayName: string;
  role: 'viewer' | 'editor' | 'exporter' | 'administrator';
  /** The position written above the signature in the office's Word documents, in each language. */
  positionRu?: string;
  positionKk?: string;
  password: { algorithm: 'PBKDF2-SHA256'; iterations: number; salt: string; hash: string };
  /**
   * Before version 9: the office's data key wrapped with this operator's password. Replaced by
   * `keys` at the operator's first sign-in after the update.
   */
  dataKey?: WrappedSecret;
  /**
   * The operator's key pair (the private half wrapped with the password) and the office field keys
   * sealed to it, by version: present only while the operator's role may see confidential records.
   */
  keys?: { publicKey: string; privateKey: WrappedSecret; sealed: Record<string, string> };
  /** Set when an administrator reset the password: the operator chooses a new one at next login. */
  mustChangePassword: boolean;
  disabled: boolean;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

export interface ImportBatch {
  id: ImportBatchId;
  at: IsoTimestamp;
  author: string;
  register: string;
  fileName: string;
  /** The association a member list went into, if any. */
  associationId?: AssociationId;
  counts: { added: number; updated: number; unchanged: number; rejected: number };
  /** Ids of the records the import created, by table; undo deletes them. */
  added: {
    people: string[];
    memberships: string[];
    associations: string[];
    events?: string[];
    receptions?: string[];
    population?: string[];
    plans?: string[];
    planItems?: string[];
  };
  undoneAt?: IsoTimestamp;
}

/** One record an import added or changed, with what it was before, so the import can be undone exactly. */
export interface ImportChange {
  id: string;
  batchId: ImportBatchId;
  table: 'people' | 'memberships' | 'associations' | 'population';
  recordId: string;
  /** The record before the import; absent when the import added it. */
  before?: unknown;
}

export interface Attachment extends BaseRecord<AttachmentId> {
  ownerId: string;
  fileName: string;
  mimeType: string;
  size: number;
  data: Uint8Array;
}

/**
 * The population of one settlement in one year: one record per settlement and year, holding the
 * count of every ethnos given for it. One record rather than one per ethnos because everything
 * asked of it (shares, compact residence, the latest census of a village) needs the whole
 * composition at once, and a census table row is exactly this; an import replaces single counts in it.
 */
export interface PopulationRecord extends BaseRecord<PopulationRecordId> {
  placeId: PlaceId;
  year: number;
  /** People by ethnic group id; an ethnos not listed is not known, 0 means none. */
  byEthnicGroup: Record<string, number>;
  /** The settlement's whole population when the source gives it ("Всего"), ethnoses not listed included. */
  total?: number;
}

export const riskLevels = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof riskLevels)[number];

export const riskStatuses = ['watched', 'resolved'] as const;
export type RiskStatus = (typeof riskStatuses)[number];

/** Where a risk came to be known: a citizen's reception, a focus group, the media, the police, a council. */
export const riskSources = ['reception', 'focus_group', 'media', 'police', 'council'] as const;
export type RiskSource = (typeof riskSources)[number];

/** A change of a risk's level; the first entry is the level the risk was identified with (no `from`). */
export interface RiskLevelChange {
  on: IsoDate;
  from?: RiskLevel;
  to: RiskLevel;
  note?: string;
  author: string;
}

export interface TensionRisk extends BaseRecord<TensionRiskId>, Sealable {
  placeId?: PlaceId;
  description: string;
  /** Ethnic groups involved. */
  groupIds: EthnicGroupId[];
  source: RiskSource;
  level: RiskLevel;
  /** Every level the risk has had, oldest first; `level` is the last entry's `to`. */
  levelHistory: RiskLevelChange[];
  status: RiskStatus;
  identifiedOn: IsoDate;
  /** Set while the risk is resolved. */
  resolvedOn?: IsoDate;
  nextReviewOn?: IsoDate;
  responsiblePersonId?: PersonId;
  /** Preventive measures: the events held or planned against the risk. */
  measureEventIds: EventId[];
  /** The reception whose appeal opened the risk. */
  originReceptionId?: ReceptionId;
  confidential: boolean;
}

export const disputeTypes = ['household', 'land', 'interethnic', 'family', 'other'] as const;
export type DisputeType = (typeof disputeTypes)[number];

export const mediationResults = ['reconciled', 'not_reconciled', 'referred'] as const;
export type MediationResult = (typeof mediationResults)[number];

export interface MediationCase extends BaseRecord<MediationCaseId>, Sealable {
  date: IsoDate;
  placeId?: PlaceId;
  /** The parties as the case names them ("семья Ахметовых", "жители ул. Абая"). */
  parties: string[];
  disputeType: DisputeType;
  summary?: string;
  /** The mediator, the council, or both (a council member mediating). */
  mediatorId?: PersonId;
  councilId?: CouncilId;
  /** Absent while the case is open. */
  result?: MediationResult;
  followUp?: string;
  confidential: boolean;
}

/** Councils of public harmony, of fathers, mothers, veterans and biys (Совет биев). */
export const councilKinds = ['public_harmony', 'fathers', 'mothers', 'veterans', 'biys'] as const;
export type CouncilKind = (typeof councilKinds)[number];

export interface Council extends BaseRecord<CouncilId> {
  kind: CouncilKind;
  name: string;
  /** The name in Kazakh, when given (see nameIn). */
  nameKk?: string;
  placeId?: PlaceId;
  memberIds: PersonId[];
}

/**
 * A form of a higher authority as this office fills it every period: the blank workbook the
 * authority sent, kept as it came (an .xls converted to .xlsx), and where its cells take figures.
 */
export interface AuthorityForm extends BaseRecord<AuthorityFormId> {
  mapping: FormMapping;
  mimeType: string;
  size: number;
  template: Uint8Array;
}

/**
 * A plan of measures for the year (or a roadmap) as the Assembly's secretariat or the akimat
 * approved it; its items are records of their own so that each specialist reports on an item
 * without touching the others'.
 */
export interface Plan extends BaseRecord<PlanId> {
  name: string;
  /** The name in Kazakh, when given (see nameIn). */
  nameKk?: string;
  /** The body that approved it: «Акимат Жамбылской области», «Секретариат АНК». */
  approvedBy?: string;
  documentNo?: string;
  documentDate?: IsoDate;
  year: number;
  projectId?: DirectoryItemId;
}

/** When an item is due, as plans write it: a date, a quarter, "during the year", "monthly", "quarterly". */
export type PlanDeadline =
  | { kind: 'date'; date: IsoDate }
  | { kind: 'quarter'; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'year' }
  | { kind: 'monthly' }
  | { kind: 'quarterly' };

/** What was done under an item in one quarter, as the responsible specialist wrote it. */
export interface PlanItemExecution {
  quarter: 1 | 2 | 3 | 4;
  textRu?: string;
  textKk?: string;
  /** The target indicator's value reached in the quarter, when the item has one. */
  value?: number;
  author: string;
  updatedAt: IsoTimestamp;
}

export interface PlanItem extends BaseRecord<PlanItemId> {
  planId: PlanId;
  /** As the plan numbers it: "1", "2.3". */
  number: string;
  /** Position in the plan, for ordering ("10" after "9"). */
  order: number;
  textRu: string;
  textKk?: string;
  responsibleAgencyIds: DirectoryItemId[];
  /** Co-executors as the plan names them (agencies, associations, NGOs). */
  coExecutors?: string;
  deadline: PlanDeadline;
  /** Form of completion: «информация в АНК», «отчёт», «проведение мероприятия». */
  completionForm?: string;
  targetValue?: number;
  targetUnit?: string;
  executions: PlanItemExecution[];
  /** Set when the item is carried out in full. */
  doneOn?: IsoDate;
}

export const outletTypes = [
  'tv',
  'radio',
  'newspaper',
  'website',
  'instagram',
  'facebook',
  'telegram',
  'youtube',
  'tiktok',
] as const;
export type OutletType = (typeof outletTypes)[number];

export const publicationLanguages = ['kk', 'ru', 'kk_ru', 'other'] as const;
export type PublicationLanguage = (typeof publicationLanguages)[number];

/** A publication about the office's work in the media or social networks. */
export interface Publication extends BaseRecord<PublicationId> {
  date: IsoDate;
  outletType: OutletType;
  outletName: string;
  language: PublicationLanguage;
  title?: string;
  /** https only; opened in the system browser, never inside the app. */
  url?: string;
  /** Views or reach as the outlet reports it. */
  reach?: number;
  eventId?: EventId;
  planItemId?: PlanItemId;
}

/**
 * A mass (field) reception recorded as totals: hundreds received at once are counted here, and
 * only the citizens taken under control are entered one by one, as receptions naming this session.
 */
export interface ReceptionSession extends BaseRecord<ReceptionSessionId> {
  date: IsoDate;
  placeId?: PlaceId;
  visitId?: VisitId;
  officialIds: PersonId[];
  /** Everyone received at the session, those entered one by one included. */
  received: number;
  /** Received by topic code; the counts need not add up to `received` (some citizens raise none on the list). */
  byTopic: Record<string, number>;
  /** Received by outcome, those entered one by one included. */
  byOutcome: Partial<Record<ReceptionOutcome, number>>;
  notes?: string;
}
