import { z } from 'zod';
import { signPackage } from '@shared/exchange/build';
import type { ExchangePackage, PackageMeta } from '@shared/exchange/format';
import { oblastDistrictCodes } from '@shared/exchange/origin';
import {
  fromHex,
  keyFingerprint,
  PUBLIC_KEY_PATTERN,
  signedMessage,
  toHex,
  type PackageSignature,
} from '@shared/exchange/signature';
import { nowTimestamp } from '@/lib/clock';
import { loadKato } from '@/reference/reference-files';
import { authorize, authorOf, type Scope } from '../access';
import { appendAudit } from './audit';
import { getOfficeProfile } from './settings';

/**
 * Exchange package signatures at both ends (docs/exchange-format.md, "Signature"). A district
 * office signs every package with its own Ed25519 key pair, made once and kept in this
 * database's settings: the private half never leaves the data layer. The oblast registers a
 * district's public key with its first signed package, once the user has compared the key's
 * fingerprint with the district by phone, and refuses that district's packages signed with any
 * other key until an administrator re-registers the district's key.
 *
 * The cryptography is WebCrypto's Ed25519, which Chromium (the window) and Node 20 (the tests)
 * both have, so no library is needed. Keys are stored as bytes, not as CryptoKey objects: the
 * settings table goes into backups as JSON, and a restored district must keep signing with the
 * key the oblast registered.
 */

const ED25519 = { name: 'Ed25519' } as const;
const OWN_KEY = 'packageSigningKey';
const DISTRICT_KEY_PREFIX = 'districtSigningKey:';

const publicKeySchema = z.string().regex(PUBLIC_KEY_PATTERN);

const ownKeySchema = z.object({
  publicKey: publicKeySchema,
  /** PKCS #8, hex. */
  privateKey: z.string().regex(/^([0-9a-f]{2})+$/),
  createdAt: z.string(),
});
type OwnKey = z.infer<typeof ownKeySchema>;

const districtKeySchema = z.object({
  district: z.string().regex(/^\d{9}$/),
  publicKey: publicKeySchema,
  /** The office name of the package the key came with. */
  office: z.string(),
  registeredAt: z.string(),
  registeredBy: z.string(),
});
export type DistrictKey = z.infer<typeof districtKeySchema>;

export class PackageSigningError extends Error {
  constructor(readonly code: 'not_this_district' | 'unsigned' | 'bad_signature') {
    super(`package signing: ${code}`);
    this.name = 'PackageSigningError';
  }
}

async function storedOwnKey(scope: Scope): Promise<OwnKey | undefined> {
  const parsed = ownKeySchema.safeParse((await scope.db.settings.get(OWN_KEY))?.value);
  return parsed.success ? parsed.data : undefined;
}

/** This office's key pair, made the first time it is needed; of two made at once, the first stored stays. */
async function ownKey(scope: Scope): Promise<OwnKey> {
  const stored = await storedOwnKey(scope);
  if (stored) return stored;
  const pair = await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify']);
  const made: OwnKey = {
    publicKey: toHex(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey))),
    privateKey: toHex(new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey))),
    createdAt: nowTimestamp(),
  };
  const { db } = scope;
  return db.transaction('rw', db.settings, db.auditLog, async () => {
    const first = await storedOwnKey(scope);
    if (first) return first;
    await db.settings.put({ id: OWN_KEY, value: made, updatedAt: made.createdAt });
    await appendAudit(scope, 'create', {
      table: 'settings',
      recordId: OWN_KEY,
      details: { kind: 'package-signing-key', fingerprint: keyFingerprint(made.publicKey) },
    });
    return made;
  });
}

/** The fingerprint of this office's signing key (made now if it has none), for the district to read out to the oblast. */
export async function packageSigningFingerprint(scope: Scope): Promise<string> {
  authorize(scope, 'export');
  return keyFingerprint((await ownKey(scope)).publicKey);
}

/**
 * The package signed with this office's key, the last step before it is written: only a package
 * of this office's own district is signed.
 */
export async function signExchangePackage(scope: Scope, pkg: ExchangePackage): Promise<ExchangePackage> {
  authorize(scope, 'export');
  const profile = await getOfficeProfile(scope);
  if (profile?.level !== 'district' || profile.districtId !== pkg.meta.districtCode)
    throw new PackageSigningError('not_this_district');
  const key = await ownKey(scope);
  const privateKey = await crypto.subtle.importKey('pkcs8', fromHex(key.privateKey), ED25519, false, ['sign']);
  const { signature: _unsigned, ...meta } = pkg.meta;
  return signPackage(
    { ...pkg, meta },
    key.publicKey,
    async (message) => new Uint8Array(await crypto.subtle.sign(ED25519, privateKey, message)),
  );
}

/**
 * Whether a signature is the Ed25519 signature of its digest under the key it names. The digest is
 * the one the reader computed from the file (read.ts), so this proves the file's content came from
 * that key; a key that is not a valid point does not verify.
 */
export async function signatureHolds(signature: PackageSignature): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('raw', fromHex(signature.publicKey), ED25519, false, ['verify']);
    return await crypto.subtle.verify(ED25519, key, fromHex(signature.signature), signedMessage(signature.digest));
  } catch {
    return false;
  }
}

/** The key registered for a district at this oblast office, if any. */
export async function registeredDistrictKey(scope: Scope, district: string): Promise<DistrictKey | undefined> {
  authorize(scope, 'view');
  const parsed = districtKeySchema.safeParse((await scope.db.settings.get(DISTRICT_KEY_PREFIX + district))?.value);
  return parsed.success ? parsed.data : undefined;
}

async function putDistrictKey(scope: Scope, meta: PackageMeta, publicKey: string): Promise<DistrictKey> {
  const now = nowTimestamp();
  const record: DistrictKey = {
    district: meta.districtCode,
    publicKey,
    office: meta.office,
    registeredAt: now,
    registeredBy: authorOf(scope.actor),
  };
  await scope.db.settings.put({ id: DISTRICT_KEY_PREFIX + meta.districtCode, value: record, updatedAt: now });
  return record;
}

/**
 * Registers the key of a district's first signed package, once the user has confirmed its
 * fingerprint: called by receivePackage inside its transaction (settings and audit log in it),
 * never over a key already registered.
 */
export async function registerDistrictKey(scope: Scope, meta: PackageMeta): Promise<void> {
  authorize(scope, 'edit');
  const publicKey = meta.signature?.publicKey;
  if (!publicKey) throw new PackageSigningError('unsigned');
  if (await registeredDistrictKey(scope, meta.districtCode)) throw new Error('district key already registered');
  await putDistrictKey(scope, meta, publicKey);
  await appendAudit(scope, 'create', {
    table: 'settings',
    recordId: DISTRICT_KEY_PREFIX + meta.districtCode,
    details: { kind: 'district-signing-key', district: meta.districtCode, fingerprint: keyFingerprint(publicKey) },
  });
}

/**
 * An administrator replaces a district's registered key with the key of this package (a district
 * that reinstalled Kelisim or changed its PC has a new key), after comparing the new fingerprint
 * with the district by phone. Only a package whose signature holds brings its key.
 */
export async function reregisterDistrictKey(scope: Scope, pkg: ExchangePackage): Promise<void> {
  authorize(scope, 'settings');
  const { meta } = pkg;
  if (!meta.signature) throw new PackageSigningError('unsigned');
  if (!(await signatureHolds(meta.signature))) throw new PackageSigningError('bad_signature');
  const publicKey = meta.signature.publicKey;
  const { db } = scope;
  await db.transaction('rw', db.settings, db.auditLog, async () => {
    const previous = await registeredDistrictKey(scope, meta.districtCode);
    await putDistrictKey(scope, meta, publicKey);
    await appendAudit(scope, 'update', {
      table: 'settings',
      recordId: DISTRICT_KEY_PREFIX + meta.districtCode,
      details: {
        kind: 'district-signing-key',
        district: meta.districtCode,
        fingerprint: keyFingerprint(publicKey),
        previous: previous ? keyFingerprint(previous.publicKey) : '',
      },
    });
  });
}

/**
 * The КАТО codes of an oblast's districts and cities of oblast significance: those the database
 * holds from the classifier (loaded with the office's oblast) and those of the classifier shipped
 * with this version, so a district renamed or added by either is known. No network is involved.
 */
export async function oblastDistricts(scope: Scope, oblastCode: string): Promise<Set<string>> {
  authorize(scope, 'view');
  const [places, shipped] = await Promise.all([
    scope.db.places.where('level').equals('district').toArray(),
    loadKato(),
  ]);
  return oblastDistrictCodes(
    [
      ...places.map((place) => ({ code: place.id as string, level: place.level, custom: place.custom })),
      ...shipped.map((entry) => ({ code: entry.kato, level: entry.level })),
    ],
    oblastCode,
  );
}
