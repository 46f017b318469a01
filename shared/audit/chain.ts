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

export interface ChainedEntry extends AuditFacts {
  seq: number;
  prevHash: string;
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

/**
 * Each entry's hash covers its own facts, its place in the sequence and the previous entry's hash:
 * changing, removing or reordering any entry breaks every hash after it. Synchronous (a plain
 * JavaScript SHA-256), so the entry is written in the same IndexedDB transaction as the change.
 */
export function chainHash(seq: number, prevHash: string, facts: AuditFacts): string {
  return bytesToHex(sha256(utf8ToBytes(`${seq}|${prevHash}|${canonicalJson(facts)}`)));
}

export function nextEntry(previous: Pick<ChainedEntry, 'seq' | 'hash'> | undefined, facts: AuditFacts): ChainedEntry {
  const seq = (previous?.seq ?? 0) + 1;
  const prevHash = previous?.hash ?? GENESIS_HASH;
  return { ...facts, seq, prevHash, hash: chainHash(seq, prevHash, facts) };
}

export type ChainCheck = { intact: true; entries: number } | { intact: false; entries: number; brokenAt: number };

/** Walks the chain in sequence order and finds the first entry whose hash or link does not hold. */
export function verifyChain(entries: readonly ChainedEntry[]): ChainCheck {
  let previous: ChainedEntry | undefined;
  for (const entry of entries) {
    const { seq, prevHash, hash, ...rest } = entry;
    const expectedSeq = (previous?.seq ?? 0) + 1;
    const expectedPrev = previous?.hash ?? GENESIS_HASH;
    const facts: AuditFacts = {
      at: rest.at,
      actor: rest.actor,
      action: rest.action,
      ...(rest.table !== undefined ? { table: rest.table } : {}),
      ...(rest.recordId !== undefined ? { recordId: rest.recordId } : {}),
      ...(rest.details !== undefined ? { details: rest.details } : {}),
    };
    if (seq !== expectedSeq || prevHash !== expectedPrev || hash !== chainHash(seq, prevHash, facts))
      return { intact: false, entries: entries.length, brokenAt: seq };
    previous = entry;
  }
  return { intact: true, entries: entries.length };
}

/** SHA-256 of a file's bytes as hex: what the audit log keeps of an exported file. */
export function fileHash(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}
