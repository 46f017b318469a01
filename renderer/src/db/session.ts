import type { Operator } from '@shared/model/records';
import { ANONYMOUS, operatorActor, SETUP, type Actor, type Scope, type SessionKeys } from './access';
import { appDb } from './app-db';
import { viewOfOperator, type OperatorView } from './operator-view';

export interface SessionView {
  operator: OperatorView | null;
  locked: boolean;
  /** Whether this session can open the office's encrypted backups without the recovery key. */
  holdsDataKey: boolean;
}

interface State {
  operator: OperatorView | null;
  /** The office field keys, held here only, while an operator with the right is signed in and not locked. */
  keys: SessionKeys | null;
  locked: boolean;
  /** No operator exists yet: the first run. */
  setup: boolean;
}

let state: State = { operator: null, keys: null, locked: false, setup: false };
let view: SessionView = { operator: null, locked: false, holdsDataKey: false };
const listeners = new Set<() => void>();

function update(next: State): void {
  state = next;
  view = { operator: next.operator, locked: next.locked, holdsDataKey: next.keys !== null };
  for (const listener of listeners) listener();
}

function actorOf(current: State): Actor {
  if (current.operator) return current.locked ? ANONYMOUS : operatorActor(current.operator);
  return current.setup ? SETUP : ANONYMOUS;
}

/**
 * Who is at the keyboard, kept by the data layer itself: only its sign-in, unlock and first-run
 * functions change it, so no screen can claim rights it was not given.
 */
export const sessionState = {
  view: (): SessionView => view,
  actor: (): Actor => actorOf(state),
  keys: (): SessionKeys | null => state.keys,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  setSetup(setup: boolean): void {
    update({ ...state, setup });
  },
  signedIn(operator: Operator, keys: SessionKeys | null): void {
    update({ operator: viewOfOperator(operator), keys, locked: false, setup: false });
  },
  operatorChanged(operator: Operator): void {
    if (state.operator?.id === operator.id) update({ ...state, operator: viewOfOperator(operator) });
  },
  /** A new field-key version made current by this session (a key rotation). */
  keysChanged(keys: SessionKeys): void {
    if (state.keys) update({ ...state, keys });
  },
  signedOut(): void {
    update({ operator: null, keys: null, locked: false, setup: state.setup });
  },
  /** Locking drops the keys: an unattended PC holds nothing that decrypts, until the password is typed again. */
  locked(): void {
    if (state.operator && !state.locked) update({ ...state, keys: null, locked: true });
  },
  unlocked(operator: Operator, keys: SessionKeys | null): void {
    update({ ...state, operator: viewOfOperator(operator), keys, locked: false });
  },
};

let installedAuditKey: Uint8Array | null = null;

/**
 * The installation's audit key, handed over once at start (main keeps it encrypted outside the
 * database): from then on every audit entry is linked by HMAC under it. It is not replaced later.
 */
export function installAuditKey(key: Uint8Array): void {
  if (key.length !== 32) throw new Error('audit key: 32 bytes expected');
  installedAuditKey ??= key.slice();
}

/** The application's database, the operator at the keyboard and the audit key: what every bound call runs with. */
export function currentScope(): Scope {
  return { db: appDb, actor: sessionState.actor(), keys: sessionState.keys(), auditKey: installedAuditKey };
}
