import { z } from 'zod';
import { can, roles, type Role } from '@shared/auth/roles';
import type { Operator, OperatorId } from '@shared/model/records';
import {
  hashPassword,
  unwrapDataKey,
  verifyPassword,
  wrapDataKey,
  type WrappedKey,
  PBKDF2_ITERATIONS,
} from '@/security/crypto';
import { nowTimestamp } from '@/lib/clock';
import type { KelisimDb } from '../db';
import { appendAudit } from './audit';

export const operatorInputSchema = z.object({
  login: z
    .string()
    .trim()
    .min(2, { error: 'required' })
    .max(40, { error: 'too_long' })
    .regex(/^[\p{L}\p{N}._-]+$/u, { error: 'unknown_value' }),
  displayName: z.string().trim().min(1, { error: 'required' }).max(120, { error: 'too_long' }),
  role: z.enum(roles),
});

/** Eight characters at least: a shared office PC is guarded by little else. */
export const passwordSchema = z.string().min(8, { error: 'password_short' }).max(200);

export type OperatorInput = z.infer<typeof operatorInputSchema>;

export interface SignedIn {
  operator: Operator;
  /** The office data key, when this operator may see confidential data. */
  dataKey: CryptoKey | null;
}

const RECOVERY_SETTING = 'dataKeyRecovery';

export async function hasOperators(db: KelisimDb): Promise<boolean> {
  return (await db.operators.count()) > 0;
}

export async function listOperators(db: KelisimDb): Promise<Operator[]> {
  return (await db.operators.toArray()).sort((a, b) => a.login.localeCompare(b.login));
}

/** The data key wrapped with the recovery key, for backups and for restoring on another PC. */
export async function recoveryWrappedKey(db: KelisimDb): Promise<WrappedKey | null> {
  const row = await db.settings.get(RECOVERY_SETTING);
  return (row?.value as WrappedKey | undefined) ?? null;
}

/**
 * The first run: the administrator, the office's data key, and that key wrapped once more with a
 * recovery key the administrator writes down (returned to be shown once, never stored plain).
 */
export async function createFirstAdministrator(
  db: KelisimDb,
  input: { login: string; displayName: string; password: string },
  dataKey: CryptoKey,
  recoveryKey: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<Operator> {
  if (await hasOperators(db)) throw new Error('operators exist');
  const valid = operatorInputSchema.parse({ ...input, role: 'administrator' });
  passwordSchema.parse(input.password);
  const [password, wrapped, recovery] = await Promise.all([
    hashPassword(input.password, iterations),
    wrapDataKey(dataKey, input.password, iterations),
    wrapDataKey(dataKey, recoveryKey, iterations),
  ]);
  const now = nowTimestamp();
  const operator: Operator = {
    id: crypto.randomUUID() as OperatorId,
    ...valid,
    password,
    dataKey: wrapped,
    mustChangePassword: false,
    disabled: false,
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction('rw', db.operators, db.settings, db.auditLog, async () => {
    await db.operators.add(operator);
    await db.settings.put({ id: RECOVERY_SETTING, value: recovery, updatedAt: now });
    await appendAudit(db, 'operator-create', {
      table: 'operators',
      recordId: operator.id,
      actor: operator.login,
      details: { role: operator.role },
    });
  });
  return operator;
}

export class SignInError extends Error {
  constructor(readonly reason: 'unknown' | 'disabled') {
    super(`sign in refused: ${reason}`);
    this.name = 'SignInError';
  }
}

/** Checks a login and password; a refusal is written to the audit log with the login tried. */
export async function signIn(db: KelisimDb, login: string, password: string): Promise<SignedIn> {
  const operator = await db.operators.where('login').equals(login.trim()).first();
  const valid = operator && !operator.disabled && (await verifyPassword(password, operator.password));
  if (!operator || !valid) {
    await appendAudit(db, 'login-failed', { details: { login: login.trim().slice(0, 40) } });
    throw new SignInError(operator?.disabled ? 'disabled' : 'unknown');
  }
  const dataKey =
    operator.dataKey && can(operator.role, 'view-confidential')
      ? await unwrapDataKey(operator.dataKey, password)
      : null;
  await appendAudit(db, 'login', { table: 'operators', recordId: operator.id });
  return { operator, dataKey };
}

/** Unlocking checks the password of the operator already signed in; failures are audited. */
export async function checkUnlock(db: KelisimDb, operator: Operator, password: string): Promise<boolean> {
  const stored = await db.operators.get(operator.id);
  const valid = stored !== undefined && !stored.disabled && (await verifyPassword(password, stored.password));
  if (!valid) await appendAudit(db, 'unlock-failed', { table: 'operators', recordId: operator.id });
  return valid;
}

/** An administrator adds a colleague with a first password the colleague changes at first login. */
export async function createOperator(
  db: KelisimDb,
  input: OperatorInput & { password: string },
  dataKey: CryptoKey | null,
  iterations = PBKDF2_ITERATIONS,
): Promise<Operator> {
  const valid = operatorInputSchema.parse(input);
  passwordSchema.parse(input.password);
  const now = nowTimestamp();
  const operator: Operator = {
    id: crypto.randomUUID() as OperatorId,
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
    await appendAudit(db, 'operator-create', {
      table: 'operators',
      recordId: operator.id,
      details: { role: operator.role },
    });
  });
  return operator;
}

/** Only an administrator resets a forgotten password; the operator must change it at next login. */
export async function resetPassword(
  db: KelisimDb,
  operatorId: OperatorId,
  temporaryPassword: string,
  dataKey: CryptoKey | null,
  iterations = PBKDF2_ITERATIONS,
): Promise<void> {
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
    await appendAudit(db, 'password-reset', { table: 'operators', recordId: operatorId });
  });
}

export async function changeOwnPassword(
  db: KelisimDb,
  signedIn: SignedIn,
  newPassword: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<Operator> {
  passwordSchema.parse(newPassword);
  const password = await hashPassword(newPassword, iterations);
  const wrapped = signedIn.dataKey ? await wrapDataKey(signedIn.dataKey, newPassword, iterations) : undefined;
  const next: Operator = { ...signedIn.operator, password, mustChangePassword: false, updatedAt: nowTimestamp() };
  if (wrapped) next.dataKey = wrapped;
  await db.transaction('rw', db.operators, db.auditLog, async () => {
    await db.operators.put(next);
    await appendAudit(db, 'operator-update', { table: 'operators', recordId: next.id, details: { password: true } });
  });
  return next;
}

export async function updateOperator(
  db: KelisimDb,
  operatorId: OperatorId,
  changes: { role?: Role; disabled?: boolean; displayName?: string },
): Promise<void> {
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
    await appendAudit(db, 'operator-update', {
      table: 'operators',
      recordId: operatorId,
      details: { role: next.role, disabled: next.disabled },
    });
  });
}
