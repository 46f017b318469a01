import { z } from 'zod';
import { can } from '@shared/auth/roles';
import type { Dexie } from 'dexie';
import type { Operator, Setting, WrappedSecret } from '@shared/model/records';
import { importAesKey, PBKDF2_ITERATIONS, unwrapSecret } from '@/security/crypto';
import {
  fieldKeyFrom,
  newFieldKeyMaterial,
  newRecipientKeys,
  newTagKeyFor,
  openPrivateKey,
  seal,
  unseal,
  type FieldKey,
  type RecipientKeys,
} from '@/security/office-keys';
import { nowTimestamp } from '@/lib/clock';
import type { SessionKeys } from './access';
import type { KelisimDb } from './db';

/**
 * The office's key ring, kept in the settings table in clear, for it holds no secret: which
 * field-key version seals new content, each version's blind-tag key (encrypted under that
 * version), and the recovery key's key pair with the field keys sealed to it. The field keys
 * themselves exist only sealed: to each operator allowed confidential records (on their operator
 * record) and to the recovery key (here).
 */
const wrappedSchema = z.object({ salt: z.string(), iterations: z.number().int().min(1), data: z.string() });
const keyringSchema = z.object({
  current: z.string(),
  versions: z.array(z.object({ id: z.string(), createdAt: z.string(), tagKey: z.string() })).min(1),
  recovery: z
    .object({ publicKey: z.string(), privateKey: wrappedSchema, sealed: z.record(z.string(), z.string()) })
    .optional(),
});
export type Keyring = z.infer<typeof keyringSchema>;

export const KEYRING_SETTING = 'keyring';
/** Before version 9: the data key wrapped with the recovery key. */
export const LEGACY_RECOVERY_SETTING = 'dataKeyRecovery';

/** Reads through the settings table by name, so a database of an older version (opened without a schema) reads too. */
export async function readKeyring(db: Dexie): Promise<Keyring | null> {
  const row = await db.table<Setting, string>('settings').get(KEYRING_SETTING);
  const parsed = keyringSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export async function writeKeyring(db: KelisimDb, keyring: Keyring): Promise<void> {
  await db.settings.put({ id: KEYRING_SETTING, value: keyring, updatedAt: nowTimestamp() });
}

async function fieldKeysOf(
  keyring: Keyring,
  sealed: Record<string, string>,
  privateKey: CryptoKey,
): Promise<Map<string, FieldKey>> {
  const keys = new Map<string, FieldKey>();
  for (const version of keyring.versions) {
    const sealedMaterial = sealed[version.id];
    if (sealedMaterial)
      keys.set(version.id, await fieldKeyFrom(version.id, await unseal(sealedMaterial, privateKey), version.tagKey));
  }
  return keys;
}

function sessionKeys(keyring: Keyring, byId: Map<string, FieldKey>, privateKey: CryptoKey, operator: Operator) {
  const current = byId.get(keyring.current);
  return current ? { current, byId, privateKey, operatorId: operator.id } : null;
}

/**
 * A new office: the first field key, sealed to the first administrator (whose key pair is made
 * here) and to the recovery key. Returns the key ring to store and the administrator's keys.
 */
export async function newOfficeKeys(
  password: string,
  recoveryKey: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ keyring: Keyring; operatorKeys: NonNullable<Operator['keys']> }> {
  const material = newFieldKeyMaterial();
  const tagKey = await newTagKeyFor(await importAesKey(material.slice()));
  const [admin, recovery] = await Promise.all([
    newRecipientKeys(password, iterations),
    newRecipientKeys(recoveryKey, iterations),
  ]);
  const [forAdmin, forRecovery] = await Promise.all([
    seal(material.slice(), admin.keys.publicKey),
    seal(material.slice(), recovery.keys.publicKey),
  ]);
  material.fill(0);
  return {
    keyring: {
      current: 'k1',
      versions: [{ id: 'k1', createdAt: nowTimestamp(), tagKey }],
      recovery: { ...recovery.keys, sealed: { k1: forRecovery } },
    },
    operatorKeys: { ...admin.keys, sealed: { k1: forAdmin } },
  };
}

/**
 * The keys an operator's session holds, from their password: the field keys sealed to them when
 * their role may see confidential records. An operator from before version 9 (a password-wrapped
 * data key, no key pair) gets a key pair now, and their data key becomes field-key version k1;
 * `updated` is then the operator record to store.
 */
export async function unlockOperatorKeys(
  db: KelisimDb,
  operator: Operator,
  password: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ keys: SessionKeys | null; updated: Operator | null }> {
  const allowed = can(operator.role, 'view-confidential');
  let keyring = await readKeyring(db);
  if (operator.keys) {
    if (!allowed || !keyring) return { keys: null, updated: null };
    const privateKey = await openPrivateKey(operator.keys, password);
    const byId = await fieldKeysOf(keyring, operator.keys.sealed, privateKey);
    return { keys: sessionKeys(keyring, byId, privateKey, operator), updated: null };
  }
  const { keys: recipient, privateKey } = await newRecipientKeys(password, iterations);
  const updated: Operator = { ...operator, keys: { ...recipient, sealed: {} } };
  delete updated.dataKey;
  if (!allowed || !operator.dataKey) return { keys: null, updated };
  const legacy = await unwrapSecret(operator.dataKey, password);
  if (!keyring) {
    keyring = {
      current: 'k1',
      versions: [
        { id: 'k1', createdAt: nowTimestamp(), tagKey: await newTagKeyFor(await importAesKey(legacy.slice())) },
      ],
    };
    await writeKeyring(db, keyring);
  }
  updated.keys = { ...recipient, sealed: { k1: await seal(legacy.slice(), recipient.publicKey) } };
  legacy.fill(0);
  const byId = await fieldKeysOf(keyring, updated.keys.sealed, privateKey);
  return { keys: sessionKeys(keyring, byId, privateKey, operator), updated };
}

/** The recovery key's field keys: for a restore on a PC that has lost its data. */
export async function unlockRecoveryKeys(
  keyring: Keyring,
  recoveryKey: string,
): Promise<{ byId: Map<string, FieldKey>; privateKey: CryptoKey }> {
  if (!keyring.recovery) throw new Error('no recovery key pair');
  const privateKey = await openPrivateKey(keyring.recovery, recoveryKey);
  return { byId: await fieldKeysOf(keyring, keyring.recovery.sealed, privateKey), privateKey };
}

/** The raw material of every field-key version this session can open, for sealing to someone else. */
async function materialsOf(db: KelisimDb, keys: SessionKeys): Promise<Map<string, Uint8Array<ArrayBuffer>>> {
  const own = (await db.operators.get(keys.operatorId))?.keys?.sealed ?? {};
  const materials = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const [id, sealed] of Object.entries(own)) materials.set(id, await unseal(sealed, keys.privateKey));
  return materials;
}

/** Every field key this session holds, sealed to another public key (a colleague, a new recovery key). */
export async function sealAllTo(db: KelisimDb, keys: SessionKeys, publicKey: string): Promise<Record<string, string>> {
  const materials = await materialsOf(db, keys);
  const sealed: Record<string, string> = {};
  for (const [id, material] of materials) {
    sealed[id] = await seal(material, publicKey);
    material.fill(0);
  }
  return sealed;
}

/** A new key pair for an operator (a new colleague, or a reset password), with the field keys if allowed. */
export async function operatorKeysFor(
  db: KelisimDb,
  keys: SessionKeys | null,
  role: Operator['role'],
  password: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<NonNullable<Operator['keys']>> {
  const { keys: recipient } = await newRecipientKeys(password, iterations);
  const sealed = keys && can(role, 'view-confidential') ? await sealAllTo(db, keys, recipient.publicKey) : {};
  return { ...recipient, sealed };
}

/**
 * An operator's keys after a change of role: an administrator gives the field keys to a role that
 * may see confidential records and takes them from one that may not — no password needed.
 */
export async function keysForRole(
  db: KelisimDb,
  keys: SessionKeys | null,
  operator: Operator,
): Promise<Operator['keys'] | undefined> {
  if (!operator.keys) return undefined;
  if (!can(operator.role, 'view-confidential') || operator.disabled) return { ...operator.keys, sealed: {} };
  if (!keys) return operator.keys;
  return { ...operator.keys, sealed: await sealAllTo(db, keys, operator.keys.publicKey) };
}

/** A new recovery key pair holding the field keys: the old recovery key opens nothing from now on. */
export async function newRecoveryRecipient(
  db: KelisimDb,
  keys: SessionKeys,
  recoveryKey: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<NonNullable<Keyring['recovery']>> {
  const { keys: recipient } = await newRecipientKeys(recoveryKey, iterations);
  return { ...recipient, sealed: await sealAllTo(db, keys, recipient.publicKey) };
}

/**
 * A new field-key version, sealed to every operator allowed confidential records and to the
 * recovery key, and made current. The records are sealed again under it afterwards, in the
 * background (see rotation.ts). Returns the version's usable key.
 */
export async function addFieldKeyVersion(
  db: KelisimDb,
): Promise<{ keyring: Keyring; operators: Operator[]; key: FieldKey }> {
  const keyring = await readKeyring(db);
  if (!keyring) throw new Error('no key ring');
  const id = `k${Math.max(...keyring.versions.map((v) => Number(v.id.slice(1)) || 0)) + 1}`;
  const material = newFieldKeyMaterial();
  const tagKey = await newTagKeyFor(await importAesKey(material.slice()));
  const operators: Operator[] = [];
  for (const operator of await db.operators.toArray()) {
    if (!operator.keys || operator.disabled || !can(operator.role, 'view-confidential')) continue;
    operators.push({
      ...operator,
      keys: {
        ...operator.keys,
        sealed: { ...operator.keys.sealed, [id]: await seal(material.slice(), operator.keys.publicKey) },
      },
    });
  }
  const recovery = keyring.recovery && {
    ...keyring.recovery,
    sealed: { ...keyring.recovery.sealed, [id]: await seal(material.slice(), keyring.recovery.publicKey) },
  };
  const key = await fieldKeyFrom(id, material, tagKey);
  return {
    keyring: {
      current: id,
      versions: [...keyring.versions, { id, createdAt: nowTimestamp(), tagKey }],
      ...(recovery ? { recovery } : {}),
    },
    operators,
    key,
  };
}

export type { RecipientKeys, WrappedSecret };
