import type { MediationCase, Person, Reception, SealedValue, TensionRisk } from '@shared/model/records';
import { blindTag, openValue, sealValue } from '@/security/office-keys';
import type { SessionKeys } from './access';

/**
 * Which fields of a record are confidential content, sealed with the office field key before they
 * are stored and opened after they are read, inside the data layer only. What stays in clear, and
 * why, is in SECURITY.md: what counts, lists and the control list need without the key.
 *
 * - a confidential reception: the summary, what was done (help, reason for declining), the citizen
 *   (kept as a blind tag so their card still finds it), the other applicants of a collective
 *   appeal, the body responsible, the resolution and the control history;
 * - a confidential tension risk: the description, the groups involved and the history of levels
 *   with their reasons;
 * - a confidential mediation case: the parties, the substance and the follow-up;
 * - a person: the notes about them.
 *
 * Without the key (or while no session with it has run since an update), content stays as it
 * was written, marked `unsealed`, and the next session with the key seals it.
 */

interface ReceptionSecret {
  summary?: string;
  helpText?: string;
  declineReason?: string;
  citizenId?: Reception['citizenId'];
  coApplicantIds?: Reception['coApplicantIds'];
  control?: Pick<NonNullable<Reception['control']>, 'responsibleBody' | 'resolution' | 'history'>;
}

interface RiskSecret {
  description: string;
  groupIds: TensionRisk['groupIds'];
  levelHistory: TensionRisk['levelHistory'];
}

interface MediationSecret {
  parties: string[];
  summary?: string;
  followUp?: string;
}

interface PersonSecret {
  notes: string;
}

const binding = (table: string, id: string) => `${table}:${id}`;

function keyFor(keys: SessionKeys | null, sealed: SealedValue) {
  return keys?.byId.get(sealed.key) ?? null;
}

/** A record in clear as the layer hands it out: the mark "still to seal" is the layer's own business. */
function unmarked<T extends { unsealed?: 1 }>(record: T): T {
  if (!record.unsealed) return record;
  const copy = { ...record };
  delete copy.unsealed;
  return copy;
}

function clearMarks<T extends { sealed?: SealedValue; unsealed?: 1 }>(record: T): T {
  const next = { ...record };
  delete next.sealed;
  delete next.unsealed;
  return next;
}

function withoutUndefined<T extends object>(record: T): T {
  for (const [key, value] of Object.entries(record)) if (value === undefined) Reflect.deleteProperty(record, key);
  return record;
}

/** The citizen's tag under the current key: how a citizen's sealed receptions are found. */
export function citizenTagFor(keys: SessionKeys, citizenId: string): Promise<string> {
  return blindTag(keys.current, citizenId);
}

/** The tags a citizen's sealed receptions may carry, one per key version the session holds. */
export function citizenTagsFor(keys: SessionKeys, citizenId: string): Promise<string[]> {
  return Promise.all([...keys.byId.values()].map((key) => blindTag(key, citizenId)));
}

/**
 * A record about to be stored, with its content in clear: content given in the record wins (an
 * edit); a record with no content in clear is one read back sealed, opened again (a rotation) or
 * kept as it is when already sealed under the current key or under one this session lacks.
 */
async function plainOf<T extends { sealed?: SealedValue }>(
  keys: SessionKeys | null,
  record: T,
  hasContent: (record: T) => boolean,
  open: (keys: SessionKeys | null, record: T) => Promise<T>,
): Promise<T | null> {
  if (!record.sealed || hasContent(record)) return record;
  if (!keys || keys.current.id === record.sealed.key || isClosed(keys, record)) return null;
  return open(keys, record);
}

const receptionContent = (r: Reception) =>
  Boolean(
    r.summary ||
    r.helpText ||
    r.declineReason ||
    r.citizenId ||
    r.coApplicantIds?.length ||
    r.control?.responsibleBody ||
    r.control?.history.length,
  );

export async function sealReception(keys: SessionKeys | null, reception: Reception): Promise<Reception> {
  const plain = await plainOf(keys, reception, receptionContent, openReception);
  if (!plain) return reception;
  const open = clearMarks(plain);
  delete open.citizenTag;
  if (!open.confidential) return open;
  const secret: ReceptionSecret = withoutUndefined({
    summary: open.summary,
    helpText: open.helpText,
    declineReason: open.declineReason,
    citizenId: open.citizenId,
    coApplicantIds: open.coApplicantIds,
    control: open.control
      ? withoutUndefined({
          responsibleBody: open.control.responsibleBody,
          resolution: open.control.resolution,
          history: open.control.history,
        })
      : undefined,
  });
  if (!keys) return { ...open, unsealed: 1 };
  const stored: Reception = { ...open, sealed: await sealValue(keys.current, secret, binding('receptions', open.id)) };
  delete stored.summary;
  delete stored.helpText;
  delete stored.declineReason;
  delete stored.citizenId;
  delete stored.coApplicantIds;
  if (open.citizenId) stored.citizenTag = await citizenTagFor(keys, open.citizenId);
  if (open.control) {
    const { deadline, closedOn } = open.control;
    stored.control = { responsibleBody: '', deadline, history: [], ...(closedOn ? { closedOn } : {}) };
  }
  return stored;
}

/** The reception with its content, when the session has the key it was sealed with; else as stored. */
export async function openReception(keys: SessionKeys | null, reception: Reception): Promise<Reception> {
  const { sealed } = reception;
  const key = sealed && keyFor(keys, sealed);
  if (!sealed) return unmarked(reception);
  if (!key) return reception;
  const secret = (await openValue(key, sealed, binding('receptions', reception.id))) as ReceptionSecret;
  const open: Reception = clearMarks({ ...reception, ...secret, control: reception.control });
  delete open.citizenTag;
  if (reception.control && secret.control) open.control = { ...reception.control, ...secret.control };
  return withoutUndefined(open);
}

const riskContent = (r: TensionRisk) => Boolean(r.description || r.groupIds.length || r.levelHistory.length);

export async function sealRisk(keys: SessionKeys | null, risk: TensionRisk): Promise<TensionRisk> {
  const plain = await plainOf(keys, risk, riskContent, openRisk);
  if (!plain) return risk;
  const open = clearMarks(plain);
  if (!open.confidential) return open;
  if (!keys) return { ...open, unsealed: 1 };
  const secret: RiskSecret = {
    description: open.description,
    groupIds: open.groupIds,
    levelHistory: open.levelHistory,
  };
  return {
    ...open,
    description: '',
    groupIds: [],
    levelHistory: [],
    sealed: await sealValue(keys.current, secret, binding('tensionRisks', open.id)),
  };
}

export async function openRisk(keys: SessionKeys | null, risk: TensionRisk): Promise<TensionRisk> {
  const { sealed } = risk;
  const key = sealed && keyFor(keys, sealed);
  if (!sealed) return unmarked(risk);
  if (!key) return risk;
  const secret = (await openValue(key, sealed, binding('tensionRisks', risk.id))) as RiskSecret;
  return clearMarks({ ...risk, ...secret });
}

const mediationContent = (c: MediationCase) => Boolean(c.parties.length || c.summary || c.followUp);

export async function sealMediationCase(keys: SessionKeys | null, item: MediationCase): Promise<MediationCase> {
  const plain = await plainOf(keys, item, mediationContent, openMediationCase);
  if (!plain) return item;
  const open = clearMarks(plain);
  if (!open.confidential) return open;
  if (!keys) return { ...open, unsealed: 1 };
  const secret: MediationSecret = withoutUndefined({
    parties: open.parties,
    summary: open.summary,
    followUp: open.followUp,
  });
  const stored: MediationCase = {
    ...open,
    parties: [],
    sealed: await sealValue(keys.current, secret, binding('mediationCases', open.id)),
  };
  delete stored.summary;
  delete stored.followUp;
  return stored;
}

export async function openMediationCase(keys: SessionKeys | null, item: MediationCase): Promise<MediationCase> {
  const { sealed } = item;
  const key = sealed && keyFor(keys, sealed);
  if (!sealed) return unmarked(item);
  if (!key) return item;
  const secret = (await openValue(key, sealed, binding('mediationCases', item.id))) as MediationSecret;
  return clearMarks({ ...item, ...secret });
}

export async function sealPerson(keys: SessionKeys | null, person: Person): Promise<Person> {
  const plain = await plainOf(keys, person, (p) => Boolean(p.notes), openPerson);
  if (!plain) return person;
  const open = clearMarks(plain);
  if (!open.notes) return open;
  if (!keys) return { ...open, unsealed: 1 };
  const stored: Person = {
    ...open,
    sealed: await sealValue(keys.current, { notes: open.notes } satisfies PersonSecret, binding('people', open.id)),
  };
  delete stored.notes;
  return stored;
}

export async function openPerson(keys: SessionKeys | null, person: Person): Promise<Person> {
  const { sealed } = person;
  const key = sealed && keyFor(keys, sealed);
  if (!sealed) return unmarked(person);
  if (!key) return person;
  const secret = (await openValue(key, sealed, binding('people', person.id))) as PersonSecret;
  return clearMarks({ ...person, ...secret });
}

/** Whether a record holds content this session cannot read (sealed under a key it does not have). */
export function isClosed(keys: SessionKeys | null, record: { sealed?: SealedValue }): boolean {
  return record.sealed !== undefined && keyFor(keys, record.sealed) === null;
}

/** Many records to store at once (an import, the demo): only those with content to seal cost anything. */
export async function sealAll<T>(
  records: readonly T[],
  needs: (record: T) => boolean,
  seal: (record: T) => Promise<T>,
): Promise<T[]> {
  return records.some(needs)
    ? Promise.all(records.map((record) => (needs(record) ? seal(record) : record)))
    : [...records];
}
