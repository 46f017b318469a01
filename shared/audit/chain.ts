import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** What an audit entry says, before it is chained. Record ids only: never an IIN or a name. */
export interface AuditFacts {
  at: string;
  actor: string;
  action: string;
  table?: string;
  recordId?: string;
  details?: Record<string, string | number | boolean>;
}

/**
 * How an entry is linked: entries written since the audit key exist carry an HMAC-SHA-256 under it
 * (`link: 'hmac-sha256'`); older entries, without the field, a plain SHA-256.
 */
export type ChainLink = 'hmac-sha256';

export interface ChainedEntry extends AuditFacts {
  seq: number;
  prevHash: string;
  hash: string;
  link?: ChainLink;
}

/** The chain's last entry as it is recorded outside IndexedDB: in the manifest and in every backup header. */
export interface AuditHead {
  seq: number;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with keys in a fixed order, so the same facts always hash the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

function linkedBytes(seq: number, prevHash: string, facts: AuditFacts): Uint8Array {
  return utf8ToBytes(`${seq}|${prevHash}|${canonicalJson(facts)}`);
}

/**
 * Each entry's hash covers its own facts, its place in the sequence and the previous entry's hash:
 * changing, removing or reordering any entry breaks every hash after it. Synchronous (a plain
 * JavaScript SHA-256), so the entry is written in the same IndexedDB transaction as the change.
 */
export function chainHash(seq: number, prevHash: string, facts: AuditFacts): string {
  return bytesToHex(sha256(linkedBytes(seq, prevHash, facts)));
}

/**
 * The same link keyed: whoever edits the database without the audit key cannot compute it, so
 * they can neither change an entry and recompute the links after it nor write a new chain.
 */
export function chainHmac(key: Uint8Array, seq: number, prevHash: string, facts: AuditFacts): string {
  return bytesToHex(hmac(sha256, key, linkedBytes(seq, prevHash, facts)));
}

/** The next entry after `previous`: keyed when the audit key is given, plain SHA-256 otherwise. */
export function nextEntry(
  previous: Pick<ChainedEntry, 'seq' | 'hash'> | undefined,
  facts: AuditFacts,
  key?: Uint8Array | null,
): ChainedEntry {
  const seq = (previous?.seq ?? 0) + 1;
  const prevHash = previous?.hash ?? GENESIS_HASH;
  return key
    ? { ...facts, seq, prevHash, hash: chainHmac(key, seq, prevHash, facts), link: 'hmac-sha256' }
    : { ...facts, seq, prevHash, hash: chainHash(seq, prevHash, facts) };
}

/**
 * What the check found. `broken`: an entry whose hash or link does not hold (changed, removed,
 * reordered, or plain after keyed ones). `truncated`: the chain ends before the head recorded
 * outside the database (its newest entries were cut). `rewritten`: the entry at the recorded
 * sequence has another hash (the chain was written anew).
 */
export type ChainCheck =
  | { intact: true; entries: number }
  | { intact: false; entries: number; problem: 'broken'; brokenAt: number }
  | { intact: false; entries: number; problem: 'truncated'; recorded: AuditHead; last: number }
  | { intact: false; entries: number; problem: 'rewritten'; recorded: AuditHead };

export interface ChainCheckOptions {
  /** The audit key; without it a keyed entry cannot be checked and counts as broken. */
  key?: Uint8Array | null;
  /** The head recorded outside IndexedDB, if any. */
  recorded?: AuditHead | null;
  /**
   * Another PC's chain, whose key is on that PC only: keyed links are checked for sequence and
   * linkage (each names the hash before it), not against the facts they cover; plain links fully.
   */
  linksOnly?: boolean;
}

const HASH = /^[0-9a-f]{64}$/;

function factsOf(entry: ChainedEntry): AuditFacts {
  return {
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    ...(entry.table !== undefined ? { table: entry.table } : {}),
    ...(entry.recordId !== undefined ? { recordId: entry.recordId } : {}),
    ...(entry.details !== undefined ? { details: entry.details } : {}),
  };
}

/**
 * Walks the chain in sequence order and finds the first entry whose hash or link does not hold,
 * then compares the chain with the head recorded outside IndexedDB. Keyed and plain entries are
 * both accepted, in that order only: once an entry is keyed, every later one must be.
 */
export function verifyChain(entries: readonly ChainedEntry[], options: ChainCheckOptions = {}): ChainCheck {
  const key = options.key ?? null;
  let previous: ChainedEntry | undefined;
  for (const entry of entries) {
    const { seq, prevHash, hash, link } = entry;
    const expectedSeq = (previous?.seq ?? 0) + 1;
    const expectedPrev = previous?.hash ?? GENESIS_HASH;
    const backToPlain = previous?.link === 'hmac-sha256' && link !== 'hmac-sha256';
    const expectedHash =
      link === 'hmac-sha256'
        ? options.linksOnly
          ? HASH.test(hash) && hash
          : key && chainHmac(key, seq, prevHash, factsOf(entry))
        : link === undefined && chainHash(seq, prevHash, factsOf(entry));
    if (seq !== expectedSeq || prevHash !== expectedPrev || backToPlain || hash !== expectedHash)
      return { intact: false, entries: entries.length, problem: 'broken', brokenAt: seq };
    previous = entry;
  }
  const recorded = options.recorded;
  if (recorded) {
    const last = previous?.seq ?? 0;
    if (last < recorded.seq) return { intact: false, entries: entries.length, problem: 'truncated', recorded, last };
    if (entries[recorded.seq - 1]?.hash !== recorded.hash)
      return { intact: false, entries: entries.length, problem: 'rewritten', recorded };
  }
  return { intact: true, entries: entries.length };
}

/**
 * The head to record outside IndexedDB next: the chain's own while it extends the head recorded
 * before (the entry at that sequence still has that hash), and the recorded one when it does not,
 * so that writing the manifest never wipes out the evidence of a cut or rewritten chain. Only a
 * restore or a knowing fresh start records a head anew (they pass no `recorded`).
 */
export function headToRecord(
  recorded: AuditHead | undefined,
  current: AuditHead | undefined,
  hashAtRecordedSeq: string | undefined,
): AuditHead | undefined {
  if (!recorded) return current;
  return hashAtRecordedSeq === recorded.hash ? current : recorded;
}

/** SHA-256 of a file's bytes as hex: what the audit log keeps of an exported file. */
export function fileHash(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}
