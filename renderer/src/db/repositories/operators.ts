import { can, type Role } from '@shared/auth/roles';
import { operatorInputSchema, passwordSchema, type OperatorInput } from '@shared/auth/operator-input';
import type { Operator, OperatorId } from '@shared/model/records';
import {
  generateDataKey,
  hashPassword,
  newRecoveryKey,
  unwrapDataKey,
  verifyPassword,
  wrapDataKey,
  type WrappedKey,
  PBKDF2_ITERATIONS,
} from '@/security/crypto';
import { nowTimestamp } from '@/lib/clock';
import { AccessDeniedError, authorize, requireOperator, type Scope } from '../access';
import { viewOfOperator, type OperatorView } from '../operator-view';
import { newId } from '../stamp';
import { appendAudit } from './audit';

export interface SignedIn {
  operator: Operator;
  /** The office data key, when this operator may see confidential data. */
  dataKey: CryptoKey | null;
}

const RECOVERY_SETTING = 'dataKeyRecovery';

export async function hasOperators(scope: Scope): Promise<boolean> {
  return (await scope.db.operators.count()) > 0;
}

/** The administrator's list: names, roles and states, never the password hashes or wrapped keys. */
export async function listOperators(scope: Scope): Promise<(OperatorView & { disabled: boolean })[]> {
  authorize(scope, 'manage-users');
  return (await scope.db.operators.toArray())
    .sort((a, b) => a.login.localeCompare(b.login))
    .map((operator) => ({ ...viewOfOperator(operator), disabled: operator.disabled }));
}

/** The data key wrapped with the recovery key, for backups and for restoring on another PC. */
export async function recoveryWrappedKey(scope: Scope): Promise<WrappedKey | null> {
  const row = await scope.db.settings.get(RECOVERY_SETTING);
  return (row?.value as WrappedKey | undefined) ?? null;
}

/**
 * The first run: the administrator, the office's data key, and that key wrapped once more with a
 * recovery key the administrator writes down (returned to be shown once, never stored plain).
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
  const dataKey = await generateDataKey();
  const recoveryKey = newRecoveryKey();
  const [password, wrapped, recovery] = await Promise.all([
    hashPassword(input.password, iterations),
    wrapDataKey(dataKey, input.password, iterations),
    wrapDataKey(dataKey, recoveryKey, iterations),
  ]);
  const now = nowTimestamp();
  const operator: Operator = {
    id: newId<OperatorId>(),
    ...valid,
    password,
    dataKey: wrapped,
    mustChangePassword: false,
    disabled: false,
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction('rw', db.operators, db.settings, db.auditLog, async () => {
    if (await db.operators.count()) throw new AccessDeniedError('manage-users');
    await db.operators.add(operator);
    await db.settings.put({ id: RECOVERY_SETTING, value: recovery, updatedAt: now });
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

/** Checks a login and password; a refusal is written to the audit log with the login tried. */
export async function verifySignIn(scope: Scope, login: string, password: string): Promise<SignedIn> {
  const { db } = scope;
  const operator = await db.operators.where('login').equals(login.trim()).first();
  const valid = operator && !operator.disabled && (await verifyPassword(password, operator.password));
  if (!operator || !valid) {
    await appendAudit(scope, 'login-failed', { details: { login: login.trim().slice(0, 40) } });
    throw new SignInError(operator?.disabled ? 'disabled' : 'unknown');
  }
  const dataKey =
    operator.dataKey && can(operator.role, 'view-confidential')
      ? await unwrapDataKey(operator.dataKey, password)
      : null;
  await appendAudit(scope, 'login', { table: 'operators', recordId: operator.id, actor: operator.login });
  return { operator, dataKey };
}

/**
 * Unlocking checks the password of the operator already signed in, and unwraps the data key again
 * (locking dropped it); failures are audited.
 */
export async function verifyUnlock(
  scope: Scope,
  operatorId: OperatorId,
  password: string,
): Promise<{ operator: Operator; dataKey: CryptoKey | null } | null> {
  const stored = await scope.db.operators.get(operatorId);
  const valid = stored !== undefined && !stored.disabled && (await verifyPassword(password, stored.password));
  if (!valid) {
    await appendAudit(scope, 'unlock-failed', { table: 'operators', recordId: operatorId });
    return null;
  }
  const dataKey =
    stored.dataKey && can(stored.role, 'view-confidential') ? await unwrapDataKey(stored.dataKey, password) : null;
  return { operator: stored, dataKey };
}

/** An administrator adds a colleague with a first password the colleague changes at first login. */
export async function createOperator(
  scope: Scope,
  input: OperatorInput & { password: string },
  iterations = PBKDF2_ITERATIONS,
): Promise<OperatorView> {
  authorize(scope, 'manage-users');
  const { db, dataKey } = scope;
  const valid = operatorInputSchema.parse(input);
  passwordSchema.parse(input.password);
  const now = nowTimestamp();
  const operator: Operator = {
    id: newId<OperatorId>(),
    ...valid,
    password: await hashPassword(input.password, iterations),
    ...(dataKey && can(valid.role, 'view-confidential')
      ? { dataKey: await wrapDataKey(dataKey, input.password, iterations) }
      : {}),
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

/** Only an administrator resets a forgotten password; the operator must change it at next login. */
export async function resetPassword(
  scope: Scope,
  operatorId: OperatorId,
  temporaryPassword: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<void> {
  authorize(scope, 'manage-users');
  const { db, dataKey } = scope;
  passwordSchema.parse(temporaryPassword);
  const operator = await db.operators.get(operatorId);
  if (!operator) throw new Error('operator not found');
  const password = await hashPassword(temporaryPassword, iterations);
  const wrapped =
    dataKey && can(operator.role, 'view-confidential')
      ? await wrapDataKey(dataKey, temporaryPassword, iterations)
      : undefined;
  await db.transaction('rw', db.operators, db.auditLog, async () => {
    const next: Operator = { ...operator, password, mustChangePassword: true, updatedAt: nowTimestamp() };
    if (wrapped) next.dataKey = wrapped;
    else delete next.dataKey;
    await db.operators.put(next);
    await appendAudit(scope, 'password-reset', { table: 'operators', recordId: operatorId });
  });
}

/** The operator signed in chooses a new password; the data key they hold is wrapped again with it. */
export async function changeOwnPassword(
  scope: Scope,
  newPassword: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<Operator> {
  const actor = requireOperator(scope);
  const { db, dataKey } = scope;
  passwordSchema.parse(newPassword);
  const password = await hashPassword(newPassword, iterations);
  const wrapped = dataKey ? await wrapDataKey(dataKey, newPassword, iterations) : undefined;
  return db.transaction('rw', db.operators, db.auditLog, async () => {
    const current = await db.operators.get(actor.id);
    if (!current || current.disabled) throw new AccessDeniedError('view');
    const next: Operator = { ...current, password, mustChangePassword: false, updatedAt: nowTimestamp() };
    if (wrapped) next.dataKey = wrapped;
    await db.operators.put(next);
    await appendAudit(scope, 'operator-update', { table: 'operators', recordId: next.id, details: { password: true } });
    return next;
  });
}

export async function updateOperator(
  scope: Scope,
  operatorId: OperatorId,
  changes: { role?: Role; disabled?: boolean; displayName?: string },
): Promise<void> {
  authorize(scope, 'manage-users');
  const { db } = scope;
  await db.transaction('rw', db.operators, db.auditLog, async () => {
    const operator = await db.operators.get(operatorId);
    if (!operator) throw new Error('operator not found');
    const next: Operator = { ...operator, ...changes, updatedAt: nowTimestamp() };
    const admins = (await db.operators.toArray()).filter(
      (o) => o.role === 'administrator' && !o.disabled && o.id !== operatorId,
    );
    if (admins.length === 0 && (next.role !== 'administrator' || next.disabled)) throw new Error('last administrator');
    if (!can(next.role, 'view-confidential')) delete next.dataKey;
    await db.operators.put(next);
    await appendAudit(scope, 'operator-update', {
      table: 'operators',
      recordId: operatorId,
      details: { role: next.role, disabled: next.disabled },
    });
  });
}
