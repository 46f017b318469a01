import { can, type Role } from '@shared/auth/roles';
import { operatorInputSchema, passwordSchema, type OperatorInput } from '@shared/auth/operator-input';
import { signInDelayMs } from '@shared/auth/throttle';
import type { Operator, OperatorId } from '@shared/model/records';
import {
  hashPassword,
  newRecoveryKey,
  PBKDF2_ITERATIONS,
  verifyPassword,
  WrongKeyError,
  type PasswordHash,
} from '@/security/crypto';
import { rewrapPrivateKey } from '@/security/office-keys';
import { nowTimestamp } from '@/lib/clock';
import { AccessDeniedError, authorize, requireOperator, type Scope, type SessionKeys } from '../access';
import type { KelisimDb } from '../db';
import {
  keysForRole,
  newOfficeKeys,
  newRecoveryRecipient,
  operatorKeysFor,
  readKeyring,
  unlockOperatorKeys,
  writeKeyring,
  LEGACY_RECOVERY_SETTING,
} from '../keyring';
import { viewOfOperator, type OperatorView } from '../operator-view';
import { newId } from '../stamp';
import { appendAudit } from './audit';

export interface SignedIn {
  operator: Operator;
  /** The office field keys, when this operator may see confidential records. */
  keys: SessionKeys | null;
}

export async function hasOperators(scope: Scope): Promise<boolean> {
  return (await scope.db.operators.count()) > 0;
}

/** The administrator's list: names, roles and states, never the password hashes or keys. */
export async function listOperators(scope: Scope): Promise<(OperatorView & { disabled: boolean })[]> {
  authorize(scope, 'manage-users');
  return (await scope.db.operators.toArray())
    .sort((a, b) => a.login.localeCompare(b.login))
    .map((operator) => ({ ...viewOfOperator(operator), disabled: operator.disabled }));
}

/**
 * The first run: the administrator, the office's first field key sealed to them, and the same key
 * sealed to a recovery key the administrator writes down (returned to be shown once, never stored).
 */
export async function createFirstAdministrator(
  scope: Scope,
  input: { login: string; displayName: string; password: string },
  iterations = PBKDF2_ITERATIONS,
): Promise<{ operator: OperatorView; recoveryKey: string }> {
  const { db } = scope;
  if (scope.actor.kind !== 'setup' || (await hasOperators(scope))) throw new AccessDeniedError('manage-users');
  const valid = operatorInputSchema.parse({ ...input, role: 'administrator' });
  passwordSchema.parse(input.password);
  const recoveryKey = newRecoveryKey();
  const [password, office] = await Promise.all([
    hashPassword(input.password, iterations),
    newOfficeKeys(input.password, recoveryKey, iterations),
  ]);
  const now = nowTimestamp();
  const operator: Operator = {
    id: newId<OperatorId>(),
    ...valid,
    password,
    keys: office.operatorKeys,
    mustChangePassword: false,
    disabled: false,
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction('rw', db.operators, db.settings, db.auditLog, async () => {
    if (await db.operators.count()) throw new AccessDeniedError('manage-users');
    await db.operators.add(operator);
    await writeKeyring(db, office.keyring);
    await appendAudit(scope, 'operator-create', {
      table: 'operators',
      recordId: operator.id,
      actor: operator.login,
      details: { role: operator.role },
    });
  });
  return { operator: viewOfOperator(operator), recoveryKey };
}

export class SignInError extends Error {
  constructor(readonly reason: 'unknown' | 'disabled') {
    super(`sign in refused: ${reason}`);
    this.name = 'SignInError';
  }
}

const FAILURES_SETTING = 'signInFailures';

/** Failed sign-ins and unlocks in a row on this PC, and when the last one was: the next try waits. */
async function failures(db: KelisimDb): Promise<{ count: number; lastAt: number }> {
  const row = await db.settings.get(FAILURES_SETTING);
  const value = row?.value as { count?: unknown; lastAt?: unknown } | undefined;
  return {
    count: typeof value?.count === 'number' ? value.count : 0,
    lastAt: typeof value?.lastAt === 'number' ? value.lastAt : 0,
  };
}

async function noteFailure(db: KelisimDb, count: number): Promise<void> {
  await db.settings.put({ id: FAILURES_SETTING, value: { count, lastAt: Date.now() }, updatedAt: nowTimestamp() });
}

/** Waits out the delay earned by the failures before it, so that guessing costs time whatever the PC. */
async function waitYourTurn(db: KelisimDb): Promise<number> {
  const { count, lastAt } = await failures(db);
  const wait = signInDelayMs(count) - (Date.now() - lastAt);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return count;
}

/** Stands in for the stored hash of a login nobody has, so a wrong login takes as long as a wrong password. */
let decoyHash: Promise<PasswordHash> | null = null;

async function checkPassword(operator: Operator | undefined, password: string): Promise<boolean> {
  if (operator) return verifyPassword(password, operator.password);
  decoyHash ??= hashPassword('kelisim-no-such-operator');
  await verifyPassword(password, await decoyHash);
  return false;
}

/**
 * Checks a login and password. A refusal is written to the audit log without the text typed (it
 * may be a password typed in the wrong field), and each refusal in a row makes the next try wait.
 */
export async function verifySignIn(
  scope: Scope,
  login: string,
  password: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<SignedIn> {
  const { db } = scope;
  const failed = await waitYourTurn(db);
  const operator = await db.operators.where('login').equals(login.trim()).first();
  const passwordRight = await checkPassword(operator, password);
  if (!operator || !passwordRight || operator.disabled) {
    await noteFailure(db, failed + 1);
    await appendAudit(scope, 'login-failed', operator ? { table: 'operators', recordId: operator.id } : {});
    // Only whoever knows the password learns that the account is disabled.
    throw new SignInError(passwordRight && operator?.disabled ? 'disabled' : 'unknown');
  }
  const { keys, updated } = await unlockOperatorKeys(db, operator, password, iterations);
  await db.transaction('rw', db.operators, db.settings, db.auditLog, async () => {
    if (updated) await db.operators.put(updated);
    await db.settings.delete(FAILURES_SETTING);
    await appendAudit(scope, 'login', { table: 'operators', recordId: operator.id, actor: operator.login });
  });
  return { operator: updated ?? operator, keys };
}

/**
 * Unlocking checks the password of the operator already signed in, and opens the field keys again
 * (locking dropped them); failures are audited and slow the next try like those of signing in.
 */
export async function verifyUnlock(
  scope: Scope,
  operatorId: OperatorId,
  password: string,
): Promise<{ operator: Operator; keys: SessionKeys | null } | null> {
  const { db } = scope;
  const failed = await waitYourTurn(db);
  const stored = await db.operators.get(operatorId);
  const valid = stored !== undefined && !stored.disabled && (await verifyPassword(password, stored.password));
  if (!valid) {
    await noteFailure(db, failed + 1);
    await appendAudit(scope, 'unlock-failed', { table: 'operators', recordId: operatorId });
    return null;
  }
  await db.settings.delete(FAILURES_SETTING);
  const { keys, updated } = await unlockOperatorKeys(db, stored, password);
  if (updated) await db.operators.put(updated);
  return { operator: updated ?? stored, keys };
}

/** An administrator adds a colleague with a first password the colleague changes at first login. */
export async function createOperator(
  scope: Scope,
  input: OperatorInput & { password: string },
  iterations = PBKDF2_ITERATIONS,
): Promise<OperatorView> {
  authorize(scope, 'manage-users');
  const { db } = scope;
  const valid = operatorInputSchema.parse(input);
  passwordSchema.parse(input.password);
  const now = nowTimestamp();
  const operator: Operator = {
    id: newId<OperatorId>(),
    ...valid,
    password: await hashPassword(input.password, iterations),
    keys: await operatorKeysFor(db, scope.keys, valid.role, input.password, iterations),
    mustChangePassword: true,
    disabled: false,
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction('rw', db.operators, db.auditLog, async () => {
    if (await db.operators.where('login').equals(operator.login).count()) throw new Error('login taken');
    await db.operators.add(operator);
    await appendAudit(scope, 'operator-create', {
      table: 'operators',
      recordId: operator.id,
      details: { role: operator.role },
    });
  });
  return viewOfOperator(operator);
}

/**
 * Only an administrator resets a forgotten password; the operator must change it at next login.
 * The old private key cannot be opened without the old password, so the operator gets a new key
 * pair, with the field keys sealed to it if their role allows.
 */
export async function resetPassword(
  scope: Scope,
  operatorId: OperatorId,
  temporaryPassword: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<void> {
  authorize(scope, 'manage-users');
  const { db } = scope;
  passwordSchema.parse(temporaryPassword);
  const operator = await db.operators.get(operatorId);
  if (!operator) throw new Error('operator not found');
  const password = await hashPassword(temporaryPassword, iterations);
  const keys = await operatorKeysFor(db, scope.keys, operator.role, temporaryPassword, iterations);
  await db.transaction('rw', db.operators, db.auditLog, async () => {
    const next: Operator = { ...operator, password, keys, mustChangePassword: true, updatedAt: nowTimestamp() };
    delete next.dataKey;
    await db.operators.put(next);
    await appendAudit(scope, 'password-reset', { table: 'operators', recordId: operatorId });
  });
}

export class WrongPasswordError extends Error {
  constructor() {
    super('the current password is wrong');
    this.name = 'WrongPasswordError';
  }
}

/**
 * The operator signed in chooses a new password, typing the current one: it opens their private
 * key, which is wrapped again with the new password.
 */
export async function changeOwnPassword(
  scope: Scope,
  currentPassword: string,
  newPassword: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<Operator> {
  const actor = requireOperator(scope);
  const { db } = scope;
  passwordSchema.parse(newPassword);
  const current = await db.operators.get(actor.id);
  if (!current || current.disabled) throw new AccessDeniedError('view');
  if (!(await verifyPassword(currentPassword, current.password))) throw new WrongPasswordError();
  let keys = current.keys;
  try {
    if (keys)
      keys = { ...(await rewrapPrivateKey(keys, currentPassword, newPassword, iterations)), sealed: keys.sealed };
  } catch (error) {
    if (error instanceof WrongKeyError) throw new WrongPasswordError();
    throw error;
  }
  const password = await hashPassword(newPassword, iterations);
  return db.transaction('rw', db.operators, db.auditLog, async () => {
    const next: Operator = { ...current, password, mustChangePassword: false, updatedAt: nowTimestamp() };
    if (keys) next.keys = keys;
    await db.operators.put(next);
    await appendAudit(scope, 'operator-update', { table: 'operators', recordId: next.id, details: { password: true } });
    return next;
  });
}

/**
 * A role, a name or the disabled mark changed by an administrator. A role that may see
 * confidential records receives the field keys at once; one that may not, or a disabled operator,
 * loses them.
 */
export async function updateOperator(
  scope: Scope,
  operatorId: OperatorId,
  changes: { role?: Role; disabled?: boolean; displayName?: string; positionRu?: string; positionKk?: string },
): Promise<void> {
  authorize(scope, 'manage-users');
  const { db } = scope;
  const operator = await db.operators.get(operatorId);
  if (!operator) throw new Error('operator not found');
  const next: Operator = { ...operator, ...changes, updatedAt: nowTimestamp() };
  const keys = await keysForRole(db, scope.keys, next);
  if (keys) next.keys = keys;
  if (!can(next.role, 'view-confidential') || next.disabled) delete next.dataKey;
  await db.transaction('rw', db.operators, db.auditLog, async () => {
    const admins = (await db.operators.toArray()).filter(
      (o) => o.role === 'administrator' && !o.disabled && o.id !== operatorId,
    );
    if (admins.length === 0 && (next.role !== 'administrator' || next.disabled)) throw new Error('last administrator');
    await db.operators.put(next);
    await appendAudit(scope, 'operator-update', {
      table: 'operators',
      recordId: operatorId,
      details: {
        role: next.role,
        disabled: next.disabled,
        ...(changes.positionRu !== undefined || changes.positionKk !== undefined
          ? { position: `${next.positionRu ?? ''} / ${next.positionKk ?? ''}` }
          : {}),
      },
    });
  });
}

/**
 * A new recovery key, shown once: the field keys are sealed to it, and the old recovery key opens
 * nothing from now on (also the data key of before version 9, whose copy is removed).
 */
export async function replaceRecoveryKey(scope: Scope, iterations = PBKDF2_ITERATIONS): Promise<string> {
  authorize(scope, 'manage-users');
  const { db, keys } = scope;
  if (!keys) throw new AccessDeniedError('view-confidential');
  const keyring = await readKeyring(db);
  if (!keyring) throw new Error('no key ring');
  const recoveryKey = newRecoveryKey();
  const recovery = await newRecoveryRecipient(db, keys, recoveryKey, iterations);
  await db.transaction('rw', db.settings, db.auditLog, async () => {
    await writeKeyring(db, { ...keyring, recovery });
    await db.settings.delete(LEGACY_RECOVERY_SETTING);
    await appendAudit(scope, 'recovery-key', { table: 'settings', recordId: 'keyring' });
  });
  return recoveryKey;
}
