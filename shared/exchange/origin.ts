import type { PackageMeta } from './format';
import { keyFingerprint } from './signature';
import { futureDate, supersedes } from './summary';

/**
 * Whether a package read intact may stand as its district's submission: checked at the oblast when
 * it is received (receivePackage in renderer/src/db/repositories/exchange.ts), after the file's
 * own checks (read.ts). Texts: `exchange.problems.<code>`.
 */
export type OriginProblem =
  | { code: 'other_oblast'; district: string; oblast: string }
  | { code: 'unknown_district'; district: string; oblast: string }
  | { code: 'created_in_future'; district: string; createdAt: string; now: string }
  | { code: 'bad_signature'; district: string }
  | { code: 'unsigned'; district: string; registered: string }
  | { code: 'other_key'; district: string; registered: string; found: string };

/** What the user must confirm before a package is stored; nothing is stored until then. */
export interface OriginConfirmation {
  /** The district's first signed package: its key is registered for the district once confirmed. */
  newKey?: { publicKey: string; fingerprint: string };
  /** It would replace the package kept for the same district and period, sent under another office name. */
  officeChanged?: { previous: string; incoming: string };
}

/** What the user confirmed, by value: a confirmation given for one key or name does not pass another. */
export interface OriginConfirmed {
  signingKey?: string;
  office?: string;
}

/** The package kept for the same district and period, as the caller holds it. */
export interface KeptPackage {
  meta: Pick<PackageMeta, 'createdAt' | 'office'>;
}

export interface OriginFacts<K extends KeptPackage> {
  meta: PackageMeta;
  /** The receiving office's clock. */
  now: string;
  /** The receiving office's oblast; without a profile, the oblast the package names. */
  oblastCode?: string;
  /** The КАТО codes of the oblast's districts and cities of oblast significance. */
  districts: ReadonlySet<string>;
  /** Whether the signature holds for its digest and key; null for a package without one. */
  signatureValid: boolean | null;
  /** The public key registered for the district, when one is. */
  registeredKey?: string;
  /** The package kept for the same district and period. */
  kept?: K;
  /** Store it even when the package kept was made later. */
  allowOlder?: boolean;
  confirmed?: OriginConfirmed;
}

export type OriginVerdict<K extends KeptPackage> =
  | { verdict: 'refuse'; problem: OriginProblem }
  /** The package kept for the district and period was made later. */
  | { verdict: 'older'; kept: K }
  | { verdict: 'confirm'; confirm: OriginConfirmation }
  /** Store it; `registerKey` when its key becomes the district's (its first signed package, confirmed). */
  | { verdict: 'accept'; registerKey: boolean };

/**
 * The oblast's rules for a package, in this order: its oblast is the office's; its district is
 * one of the oblast's districts or cities in КАТО; it was not made in the future; a signed
 * package's signature holds and its key is the district's registered key (another key is refused:
 * only an administrator re-registers a district's key); a district with a registered key sends
 * only signed packages. Then: not older than the package kept; and it is stored only once the user
 * confirmed a first key (by its fingerprint, compared with the district by phone) and an office
 * name other than the kept package's. An unsigned package of a district without a registered key
 * (an older Kelisim, another program) is accepted: signing is new, and refusing those would stop
 * the exchange until every district has updated.
 */
export function checkOrigin<K extends KeptPackage>(facts: OriginFacts<K>): OriginVerdict<K> {
  const { meta, registeredKey, kept, confirmed } = facts;
  const district = meta.districtCode;
  const refuse = (problem: OriginProblem): OriginVerdict<K> => ({ verdict: 'refuse', problem });
  const oblast = facts.oblastCode ?? meta.oblastCode;
  if (meta.oblastCode !== oblast) return refuse({ code: 'other_oblast', district, oblast: meta.oblastCode });
  if (!facts.districts.has(district)) return refuse({ code: 'unknown_district', district, oblast });
  const future = futureDate(meta, facts.now);
  if (future) return refuse({ code: 'created_in_future', district, createdAt: future, now: facts.now });
  const { signature } = meta;
  if (signature) {
    if (facts.signatureValid !== true) return refuse({ code: 'bad_signature', district });
    if (registeredKey && registeredKey !== signature.publicKey)
      return refuse({
        code: 'other_key',
        district,
        registered: keyFingerprint(registeredKey),
        found: keyFingerprint(signature.publicKey),
      });
  } else if (registeredKey) {
    return refuse({ code: 'unsigned', district, registered: keyFingerprint(registeredKey) });
  }
  if (kept && !facts.allowOlder && !supersedes(meta, kept.meta, facts.now)) return { verdict: 'older', kept };

  const confirm: OriginConfirmation = {};
  const firstKey = signature !== undefined && !registeredKey;
  if (signature && firstKey && confirmed?.signingKey !== signature.publicKey)
    confirm.newKey = { publicKey: signature.publicKey, fingerprint: keyFingerprint(signature.publicKey) };
  if (kept && kept.meta.office !== meta.office && confirmed?.office !== meta.office)
    confirm.officeChanged = { previous: kept.meta.office, incoming: meta.office };
  if (confirm.newKey || confirm.officeChanged) return { verdict: 'confirm', confirm };
  return { verdict: 'accept', registerKey: firstKey };
}

/** The district-level entries of an oblast in КАТО (districts and cities of oblast significance). */
export function oblastDistrictCodes(
  entries: Iterable<{ code: string; level: string; custom?: boolean }>,
  oblastCode: string,
): Set<string> {
  const prefix = oblastCode.slice(0, 2);
  const codes = new Set<string>();
  for (const entry of entries)
    if (entry.level === 'district' && !entry.custom && entry.code.startsWith(prefix)) codes.add(entry.code);
  return codes;
}
