import { can, type Permission, type Role } from '@shared/auth/roles';
import { exportableRecords } from '@shared/monitoring/confidential';
import type { OperatorId } from '@shared/model/records';
import type { FieldKey } from '@/security/office-keys';
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
 * The office field keys a session holds: only an operator whose role may see confidential records
 * has them, from sign-in until the lock or sign-out. `current` seals what is written now; the
 * others open what older versions sealed. `privateKey` (the operator's own) opens the field keys
 * sealed to them, so that an administrator can give them to a colleague.
 */
export interface SessionKeys {
  readonly current: FieldKey;
  readonly byId: ReadonlyMap<string, FieldKey>;
  readonly privateKey: CryptoKey;
  readonly operatorId: OperatorId;
}

/**
 * What every repository function takes first: the database, who is asking, the office field
 * keys when that operator holds them, and the audit key.
 */
export interface Scope {
  readonly db: KelisimDb;
  readonly actor: Actor;
  readonly keys: SessionKeys | null;
  /** This installation's audit key, which links new audit entries by HMAC; without it they are linked by plain SHA-256. */
  readonly auditKey?: Uint8Array | null;
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
