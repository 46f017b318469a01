import type { Operator } from '@shared/model/records';
import { ANONYMOUS, operatorActor, SETUP, type Actor, type Scope } from './access';
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
  /** The office data key, held here only, while an operator with the right is signed in and not locked. */
  dataKey: CryptoKey | null;
  locked: boolean;
  /** No operator exists yet: the first run. */
  setup: boolean;
}

let state: State = { operator: null, dataKey: null, locked: false, setup: false };
let view: SessionView = { operator: null, locked: false, holdsDataKey: false };
const listeners = new Set<() => void>();

function update(next: State): void {
  state = next;
  view = { operator: next.operator, locked: next.locked, holdsDataKey: next.dataKey !== null };
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
  dataKey: (): CryptoKey | null => state.dataKey,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  setSetup(setup: boolean): void {
    update({ ...state, setup });
  },
  signedIn(operator: Operator, dataKey: CryptoKey | null): void {
    update({ operator: viewOfOperator(operator), dataKey, locked: false, setup: false });
  },
  operatorChanged(operator: Operator, dataKey: CryptoKey | null = state.dataKey): void {
    if (state.operator?.id === operator.id) update({ ...state, operator: viewOfOperator(operator), dataKey });
  },
  signedOut(): void {
    update({ operator: null, dataKey: null, locked: false, setup: state.setup });
  },
  /** Locking drops the key: an unattended PC holds nothing that decrypts, until the password is typed again. */
  locked(): void {
    if (state.operator && !state.locked) update({ ...state, dataKey: null, locked: true });
  },
  unlocked(operator: Operator, dataKey: CryptoKey | null): void {
    update({ ...state, operator: viewOfOperator(operator), dataKey, locked: false });
  },
};

/** The application's database and the operator at the keyboard: what every bound call runs with. */
export function currentScope(): Scope {
  return { db: appDb, actor: sessionState.actor(), dataKey: sessionState.dataKey() };
}
