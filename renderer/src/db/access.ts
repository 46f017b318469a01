import { can, type Permission, type Role } from '@shared/auth/roles';
import { exportableRecords } from '@shared/monitoring/confidential';
import type { OperatorId } from '@shared/model/records';
import type { KelisimDb } from './db';

/**
 * Who a repository call is made for. An operator acts with the rights of their role. "setup" is
 * the first run, before any operator exists: whoever sits at the PC is the future administrator.
 * "anonymous" is everybody else who has not signed in: the sign-in screen, nothing more.
 */
export type Actor =
  | { readonly kind: 'operator'; readonly id: OperatorId; readonly login: string; readonly role: Role }
  | { readonly kind: 'setup' }
  | { readonly kind: 'anonymous' };

/**
 * What every repository function takes first: the database, who is asking, and the office data
 * key when that operator holds it (only operators with the right to confidential records do).
 */
export interface Scope {
  readonly db: KelisimDb;
  readonly actor: Actor;
  readonly dataKey: CryptoKey | null;
}

export const SETUP: Actor = { kind: 'setup' };
export const ANONYMOUS: Actor = { kind: 'anonymous' };

export function operatorActor(operator: { id: OperatorId; login: string; role: Role }): Actor {
  return { kind: 'operator', id: operator.id, login: operator.login, role: operator.role };
}

/** Refused by the data layer, whatever the screen that asked: the message names the right. */
export class AccessDeniedError extends Error {
  constructor(readonly permission: Permission) {
    super(`access denied: ${permission}`);
    this.name = 'AccessDeniedError';
  }
}

/** One rule per right, from shared/auth/roles.ts; the first run may set everything up. */
export function allows(actor: Actor, permission: Permission): boolean {
  if (actor.kind === 'operator') return can(actor.role, permission);
  return actor.kind === 'setup';
}

export function authorize(scope: Scope, permission: Permission): void {
  if (!allows(scope.actor, permission)) throw new AccessDeniedError(permission);
}

export function requireOperator(scope: Scope): Extract<Actor, { kind: 'operator' }> {
  if (scope.actor.kind !== 'operator') throw new AccessDeniedError('view');
  return scope.actor;
}

/** The name written into records and the audit log. */
export function authorOf(actor: Actor): string {
  return actor.kind === 'operator' ? actor.login : 'system';
}

/** Records as they leave the layer, with how many confidential ones were kept back. */
export interface Visible<T> {
  rows: T[];
  hidden: number;
}

/**
 * The confidential rule where records leave the layer: live records only, and the confidential
 * ones only when the caller asked for them and the actor holds the right, whatever was asked.
 */
export function visibleRecords<T extends { confidential: boolean; deletedAt?: string }>(
  scope: Scope,
  records: readonly T[],
  includeConfidential = true,
): Visible<T> {
  const { rows, leftOut } = exportableRecords(records, includeConfidential && allows(scope.actor, 'view-confidential'));
  return { rows, hidden: leftOut };
}

/** One record, or nothing when it is deleted or confidential to an actor without the right. */
export function visibleRecord<T extends { confidential: boolean; deletedAt?: string }>(
  scope: Scope,
  record: T | undefined,
): T | undefined {
  if (!record || record.deletedAt) return undefined;
  return record.confidential && !allows(scope.actor, 'view-confidential') ? undefined : record;
}
