import { Dexie } from 'dexie';
import type { Person, SealedValue } from '@shared/model/records';
import { personSearchTokens } from '@shared/people/search';
import { documentId, type ReplicatedTable } from '@shared/sync/documents';
import {
  applyEdit,
  differingFields,
  editedFields,
  isMergedAway,
  mergeFields,
  type Settlement,
} from '@shared/sync/settle';
import { nowTimestamp } from '@/lib/clock';
import { type RecordContent, type Replica, settleConflict as settleInReplica } from '@/sync/replica';
import { allows, authorize, authorOf, type Scope, type SessionKeys } from '../access';
import type { KelisimDb } from '../db';
import { renameInMemberships } from '../repositories/memberships';
import { appendAudit } from '../repositories/audit';
import {
  isClosed,
  openMediationCase,
  openPerson,
  openReception,
  openRisk,
  sealMediationCase,
  sealPerson,
  sealReception,
  sealRisk,
} from '../sealing';
import type { SyncConflict, SyncRevs } from './bridge';
import { thisDevice } from './device';
import { markArrivals, OUTBOX, type OutboxEntry } from './outbox';

/**
 * The conflicts list: records two PCs changed without seeing each other, each with its versions
 * for an editor to keep one, merge them field by field, or confirm the one shown. A settlement
 * is written once, into the replica as the child of the shown version (closing the versions the
 * editor saw) and into this PC's database at once, so the screen changes without waiting for sync
 * and the settlement is one new revision, not two.
 */

type Content = Record<string, unknown>;

/** One version as the screen shows it: confidential content opened when the session holds its key. */
export interface ConflictVersion {
  rev: string;
  shown: boolean;
  changedAt: string;
  device: string;
  /** Made on this PC. */
  here: boolean;
  /** Who made it, as the record names its last author. */
  author: string;
  /** The record, with confidential content in clear or, without the key, still sealed (`sealed` set). */
  content: Content;
  /** The person was merged into another (`mergedInto`), or the record was deleted. */
  mergedInto?: string;
  deleted: boolean;
  /** Confidential content this session cannot open. */
  closed: boolean;
}

export interface ConflictView {
  id: string;
  table: ReplicatedTable;
  recordId: string;
  versions: ConflictVersion[];
  /** Fields on which the versions disagree (bookkeeping left out). */
  differing: string[];
  /** A person merged here while another PC edited them: what the edit changed, to apply to `into`. */
  mergedPerson?: { into: string; intoName: string | null; edited: string[] };
}

type Opener = (keys: SessionKeys | null, record: never) => Promise<unknown>;

/** The tables whose records hold sealed content, with how to open and seal it (sealing.ts). */
const SEALABLE: Partial<Record<ReplicatedTable, { open: Opener; seal: Opener }>> = {
  people: { open: openPerson as Opener, seal: sealPerson as Opener },
  receptions: { open: openReception as Opener, seal: sealReception as Opener },
  tensionRisks: { open: openRisk as Opener, seal: sealRisk as Opener },
  mediationCases: { open: openMediationCase as Opener, seal: sealMediationCase as Opener },
};

async function openContent(scope: Scope, table: ReplicatedTable, content: Content): Promise<Content> {
  const sealable = SEALABLE[table];
  return sealable ? ((await sealable.open(scope.keys, content as never)) as Content) : content;
}

async function sealContent(scope: Scope, table: ReplicatedTable, content: Content): Promise<Content> {
  const sealable = SEALABLE[table];
  return sealable ? ((await sealable.seal(scope.keys, content as never)) as Content) : content;
}

const closedFor = (scope: Scope, content: Content) => isClosed(scope.keys, content as { sealed?: SealedValue });

const conflictsTable = (db: KelisimDb) => db.table<SyncConflict, string>('syncConflicts');
const revsTable = (db: KelisimDb) => db.table<SyncRevs, string>('syncRevs');

/** The versions of a conflict, the shown one first; a removal for good has no content and is not one. */
function liveVersions(conflict: SyncConflict) {
  return [conflict.shown, ...conflict.others].filter(
    (version): version is typeof version & { content: Content } => version.content !== null,
  );
}

async function viewOf(scope: Scope, conflict: SyncConflict, device: string): Promise<ConflictView> {
  const versions: ConflictVersion[] = [];
  for (const version of liveVersions(conflict)) {
    const content = await openContent(scope, conflict.table, version.content);
    versions.push({
      rev: version.rev,
      shown: version.rev === conflict.shown.rev,
      changedAt: version.changedAt,
      device: version.device,
      here: version.device === device,
      author: typeof content.author === 'string' ? content.author : '',
      content,
      ...(typeof content.mergedInto === 'string' ? { mergedInto: content.mergedInto } : {}),
      deleted: Boolean(content.deletedAt),
      closed: closedFor(scope, content),
    });
  }
  const view: ConflictView = {
    id: conflict.id,
    table: conflict.table,
    recordId: conflict.recordId,
    versions,
    differing: differingFields(versions.map((version) => version.content)),
  };
  const merged = mergedPersonOf(conflict.table, versions);
  if (merged) {
    const into = (await scope.db.people.get(merged.into as Person['id'])) ?? null;
    view.mergedPerson = {
      into: merged.into,
      intoName: into ? [into.surname, into.givenName, into.patronymic].filter(Boolean).join(' ') : null,
      edited: editedFields(merged.away.content, merged.edited.content),
    };
  }
  return view;
}

/** In a conflict of a person: the version that merged them away and the live edit made elsewhere. */
function mergedPersonOf<V extends { content: RecordContent; mergedInto?: string }>(
  table: ReplicatedTable,
  versions: readonly V[],
): { away: V & { content: Content }; edited: V & { content: Content }; into: string } | null {
  if (table !== 'people') return null;
  const away = versions.find((version) => isMergedAway(version.content));
  const edited = versions.find((version) => version.content && !version.content.deletedAt);
  if (!away?.content || !edited?.content) return null;
  return {
    away: away as V & { content: Content },
    edited: edited as V & { content: Content },
    into: String(away.content.mergedInto),
  };
}

/**
 * The records with versions to settle, as the session may see them: confidential content opened
 * with the session's key, and records marked confidential left out (and counted) for an operator
 * without the right to see them.
 */
export async function listSyncConflicts(scope: Scope): Promise<{ rows: ConflictView[]; hidden: number }> {
  authorize(scope, 'view');
  const { db } = scope;
  const conflicts = await conflictsTable(db).toArray();
  const seesConfidential = allows(scope.actor, 'view-confidential');
  const device = await thisDevice(db);
  const rows: ConflictView[] = [];
  let hidden = 0;
  for (const conflict of conflicts) {
    const confidential = liveVersions(conflict).some((version) => version.content.confidential === true);
    if (confidential && !seesConfidential) {
      hidden++;
      continue;
    }
    rows.push(await viewOf(scope, conflict, device));
  }
  rows.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { rows, hidden };
}

export function countSyncConflicts(scope: Scope): Promise<number> {
  authorize(scope, 'view');
  return conflictsTable(scope.db).count();
}

/**
 * Why a settlement was not written, for the screen to say: sync is off on this PC (no replica),
 * the conflict is no longer there (settled here or arrived settled), the record changed here
 * since it was listed (look again), or confidential content this session cannot open would be
 * lost by a field-by-field merge.
 */
export type SettleOutcome = { ok: true } | { ok: false; reason: 'sync-off' | 'gone' | 'changed' | 'sealed' };

let replicaOfSession: Replica | null = null;
let sendSettled: () => void = () => undefined;

/**
 * The running sync service hands its replica here when it starts, and null when it stops, with
 * how to send a settlement written into the replica (it has no outbox entry to wake the push).
 */
export function setSyncReplica(replica: Replica | null, send: () => void = () => undefined): void {
  replicaOfSession = replica;
  sendSettled = send;
}

export function currentReplica(): Replica | null {
  return replicaOfSession;
}

interface Plan {
  table: ReplicatedTable;
  recordId: string;
  /** The record to keep, as stored (confidential content sealed). */
  record: Content;
  /** A person merged away: the person merged into, with the edit applied, as stored. */
  target?: Person;
  renamed?: boolean;
}

async function planSettlement(
  scope: Scope,
  conflict: SyncConflict,
  settlement: Settlement,
): Promise<Plan | SettleOutcome> {
  const { table, recordId } = conflict;
  const versions = liveVersions(conflict);
  const byRev = new Map(versions.map((version) => [version.rev, version.content]));
  const stamp = (content: Content): Content => ({
    ...content,
    updatedAt: nowTimestamp(),
    author: authorOf(scope.actor),
  });
  const opened = async () => {
    if (versions.some((version) => closedFor(scope, version.content))) return null;
    const contents = await Promise.all(versions.map((version) => openContent(scope, table, version.content)));
    return new Map(versions.map((version, index) => [version.rev, contents[index] as Content]));
  };

  switch (settlement.kind) {
    case 'confirm':
      return { table, recordId, record: stamp(conflict.shown.content ?? {}) };
    case 'version': {
      const kept = byRev.get(settlement.rev);
      if (!kept) return { ok: false, reason: 'gone' };
      // Kept whole, sealed content and all: nothing is opened, so nothing is written in clear.
      return { table, recordId, record: stamp(kept) };
    }
    case 'merge': {
      const open = await opened();
      if (!open) return { ok: false, reason: 'sealed' };
      const base = open.get(conflict.shown.rev);
      if (!base) return { ok: false, reason: 'gone' };
      const merged = stamp(mergeFields(base, open, settlement.fields));
      if (table === 'people') merged.searchTokens = personSearchTokens(merged as unknown as Person);
      return { table, recordId, record: await sealContent(scope, table, merged) };
    }
    case 'merged-person': {
      const pair = mergedPersonOf(table, versions);
      if (!pair) return { ok: false, reason: 'gone' };
      const open = await opened();
      if (!open) return { ok: false, reason: 'sealed' };
      const stored = await scope.db.people.get(pair.into as Person['id']);
      if (!stored || closedFor(scope, stored as unknown as Content))
        return { ok: false, reason: stored ? 'sealed' : 'gone' };
      const away = open.get(pair.away.rev) ?? {};
      const edited = open.get(pair.edited.rev) ?? {};
      const fields = settlement.fields ?? editedFields(away, edited);
      const target = stamp(applyEdit((await openPerson(scope.keys, stored)) as unknown as Content, edited, fields));
      const person = target as unknown as Person;
      person.searchTokens = personSearchTokens(person);
      return {
        table,
        recordId,
        record: stamp(pair.away.content),
        target: await sealPerson(scope.keys, person),
        renamed: ['surname', 'givenName', 'patronymic'].some((field) => fields.includes(field)),
      };
    }
  }
}

/**
 * Settles a conflict on this PC. The replica takes the kept record first, as the child of the shown
 * version with the versions the editor saw closed; if this PC stopped before the local write, the
 * applier brings the settlement in from the replica as it would another PC's. The local write is
 * marked as an arrival so that the outbox does not send the same record again as a second revision.
 * The person a merged person went into is an ordinary local change and goes through the outbox.
 */
export async function settleSyncConflict(
  scope: Scope,
  replica: Replica | null,
  conflictId: string,
  settlement: Settlement,
): Promise<SettleOutcome> {
  authorize(scope, 'edit');
  const { db } = scope;
  if (!replica) return { ok: false, reason: 'sync-off' };
  const conflict = await conflictsTable(db).get(conflictId);
  if (!conflict) return { ok: false, reason: 'gone' };
  const id = documentId(conflict.table, conflict.recordId);
  const pending = await db
    .table<OutboxEntry, number>(OUTBOX)
    .filter((entry) => entry.table === conflict.table && entry.recordId === conflict.recordId)
    .count();
  const shownHere = (await revsTable(db).get(id))?.shown;
  // A change made here after the list was read is not yet a version: settling now would lose it.
  if (pending > 0 || shownHere !== conflict.shown.rev) return { ok: false, reason: 'changed' };

  const plan = await planSettlement(scope, conflict, settlement);
  if (!('record' in plan)) return plan;
  const otherRevs = conflict.others.map((other) => other.rev);
  const rev = await settleInReplica(
    replica,
    { table: plan.table, recordId: plan.recordId, content: plan.record },
    { shownRev: conflict.shown.rev, otherRevs },
    await thisDevice(db),
    nowTimestamp(),
  );

  const tables = [
    plan.table,
    'syncRevs',
    'syncConflicts',
    OUTBOX,
    'auditLog',
    ...(plan.renamed ? ['memberships'] : []),
  ];
  await db.transaction('rw', [...new Set([...tables, ...(plan.target ? ['people'] : [])])], async () => {
    const transaction = Dexie.currentTransaction;
    if (transaction) markArrivals(transaction.idbtrans);
    await db.table(plan.table).put(plan.record);
    await revsTable(db).put({ id, shown: rev, others: [] });
    await conflictsTable(db).delete(conflictId);
    if (plan.target) {
      await db.people.put(plan.target);
      // Marked as an arrival, the transaction notes nothing by itself: the person merged into, and
      // their memberships renamed with them, are changes of this PC for the outbox to send.
      const renamed = plan.renamed ? await renameInMemberships(scope, plan.target) : [];
      await db
        .table<OutboxEntry, number>(OUTBOX)
        .bulkAdd([
          { table: 'people', recordId: plan.target.id },
          ...renamed.map((membership) => ({ table: 'memberships', recordId: membership.id })),
        ]);
    }
    await appendAudit(scope, 'conflict-settled', {
      table: plan.table,
      recordId: plan.recordId,
      details: {
        versions: conflict.others.length + 1,
        ...(plan.target ? { appliedTo: plan.target.id } : {}),
      },
    });
  });
  sendSettled();
  return { ok: true };
}
