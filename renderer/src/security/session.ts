import { useSyncExternalStore } from 'react';
import { can, type Permission } from '@shared/auth/roles';
import type { SignedIn } from '@/db/repositories/operators';
import { setCurrentAuthor } from '@/db/session';

export interface SessionState {
  signedIn: SignedIn | null;
  locked: boolean;
}

let state: SessionState = { signedIn: null, locked: false };
const listeners = new Set<() => void>();

function update(next: SessionState): void {
  state = next;
  setCurrentAuthor(next.signedIn?.operator.login ?? 'system');
  for (const listener of listeners) listener();
}

/**
 * Who is at the keyboard. Kept outside React so repositories can stamp records with the login,
 * and so the lock can be set from a timer, a menu command or Windows locking the screen.
 */
export const session = {
  get: (): SessionState => state,
  signIn: (signedIn: SignedIn) => update({ signedIn, locked: false }),
  signOut: () => update({ signedIn: null, locked: false }),
  lock: () => {
    if (state.signedIn && !state.locked) update({ ...state, locked: true });
  },
  unlock: () => update({ ...state, locked: false }),
  replaceOperator: (operator: SignedIn['operator']) => {
    if (state.signedIn) update({ ...state, signedIn: { ...state.signedIn, operator } });
  },
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.get);
}

/** Whether the operator signed in may do something; the interface hides what they may not. */
export function useCan(permission: Permission): boolean {
  const { signedIn } = useSession();
  return signedIn !== null && can(signedIn.operator.role, permission);
}
