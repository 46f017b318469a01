import { verifyChain, type AuditHead, type ChainCheck, type ChainedEntry } from './chain';

/**
 * One audit chain per PC of an office. Each PC links its own entries under its own audit key,
 * which never leaves it; sync brings every PC's entries to every PC. This PC's chain is checked as
 * before, with its key and the head recorded outside IndexedDB. Another PC's chain is checked for
 * what can be checked without its key: sequence numbers without gaps or repeats, each entry naming
 * the hash before it, plain SHA-256 links in full. Whether its keyed hashes match their facts only
 * that PC can tell; it writes the result of each of its checks as an entry of its chain.
 */

/** An entry as the log stores it: `device` names the PC whose chain it belongs to; none is this PC's (written before sync). */
export interface DeviceEntry extends ChainedEntry {
  device?: string;
}

/** The action of the entry that records a PC's check of its own chain. */
export const AUDIT_CHECK_ACTION = 'audit-check';

/** What a PC recorded of its latest check of its own chain, as read from that chain. */
export interface OwnCheckReport {
  at: string;
  intact: boolean;
  entries: number;
}

/** A change to one of this PC's entries that arrived from another PC (or the server) and was not taken. */
export interface RefusedArrival {
  recordId: string;
  seq: number;
  at: string;
  /** The arrival removed the entry rather than changing it. */
  removal: boolean;
}

export interface DeviceChainCheck {
  device: string;
  thisPc: boolean;
  /** `full`: with this PC's key and recorded head; `links`: another PC's chain, without its key. */
  depth: 'full' | 'links';
  check: ChainCheck;
  /** Another PC's latest check of its own chain, when its chain holds up to that entry. */
  lastOwnCheck?: OwnCheckReport;
  /** This PC's chain: changes to its entries that arrived and were refused (the copies elsewhere differ). */
  refused?: RefusedArrival[];
}

/** Whether a chain shows nothing wrong: its check holds and no change to it was refused. */
export function chainHolds(chain: DeviceChainCheck): boolean {
  return chain.check.intact && (chain.refused?.length ?? 0) === 0;
}

function chainOf(entry: DeviceEntry, thisDevice: string): string {
  return entry.device ?? thisDevice;
}

/** Each PC's entries in its own sequence order, this PC's chain first (present even when empty), then the others by id. */
export function chainsByDevice<T extends DeviceEntry>(entries: readonly T[], thisDevice: string): Map<string, T[]> {
  const chains = new Map<string, T[]>([[thisDevice, []]]);
  const others = [...new Set(entries.map((entry) => chainOf(entry, thisDevice)))]
    .filter((device) => device !== thisDevice)
    .sort();
  for (const device of others) chains.set(device, []);
  for (const entry of entries) chains.get(chainOf(entry, thisDevice))?.push(entry);
  for (const chain of chains.values()) chain.sort((a, b) => a.seq - b.seq);
  return chains;
}

/** Every entry, chain after chain as chainsByDevice orders them: how an inspector's file lists the log. */
export function chainOrder<T extends DeviceEntry>(entries: readonly T[], thisDevice: string): T[] {
  return [...chainsByDevice(entries, thisDevice).values()].flat();
}

function lastOwnCheck(chain: readonly DeviceEntry[], check: ChainCheck): OwnCheckReport | undefined {
  const holdsBefore = (seq: number) => check.intact || check.problem !== 'broken' || seq < check.brokenAt;
  for (let index = chain.length - 1; index >= 0; index--) {
    const entry = chain[index];
    if (!entry || entry.action !== AUDIT_CHECK_ACTION || !holdsBefore(entry.seq)) continue;
    const { intact, records } = entry.details ?? {};
    if (typeof intact === 'boolean' && typeof records === 'number') return { at: entry.at, intact, entries: records };
  }
  return undefined;
}

export interface ChainsCheckOptions {
  thisDevice: string;
  /** This PC's audit key. */
  key?: Uint8Array | null;
  /** This PC's head recorded outside IndexedDB. */
  recorded?: AuditHead | null;
  /** Changes to this PC's entries that arrived and were refused. */
  refused?: readonly RefusedArrival[];
}

/** Each PC's chain checked on its own: this PC's in full, the others' as far as their keys allow. */
export function verifyChains(entries: readonly DeviceEntry[], options: ChainsCheckOptions): DeviceChainCheck[] {
  return [...chainsByDevice(entries, options.thisDevice)].map(([device, chain]) => {
    if (device === options.thisDevice)
      return {
        device,
        thisPc: true,
        depth: 'full',
        check: verifyChain(chain, { key: options.key ?? null, recorded: options.recorded ?? null }),
        ...(options.refused?.length ? { refused: [...options.refused] } : {}),
      };
    const check = verifyChain(chain, { linksOnly: true });
    const reported = lastOwnCheck(chain, check);
    return { device, thisPc: false, depth: 'links', check, ...(reported ? { lastOwnCheck: reported } : {}) };
  });
}
