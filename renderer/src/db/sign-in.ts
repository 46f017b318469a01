import { appendAudit } from './repositories/audit';
import {
  changeOwnPassword,
  createFirstAdministrator,
  hasOperators,
  verifySignIn,
  verifyUnlock,
} from './repositories/operators';
import { currentScope, sessionState } from './session';

/**
 * The only ways the session changes. Each checks a password (or that no operator exists yet)
 * inside the data layer, so the rights a screen works with are the ones the layer granted.
 */

/** At start: with no operator yet, whoever is at the PC sets the office up. */
export async function startSession(): Promise<void> {
  sessionState.setSetup(!(await hasOperators(currentScope())));
}

export async function signIn(login: string, password: string): Promise<void> {
  const { operator, dataKey } = await verifySignIn(currentScope(), login, password);
  sessionState.signedIn(operator, dataKey);
}

export function signOut(): void {
  sessionState.signedOut();
}

/** Locks the screen and drops the data key; written to the audit log. */
export async function lock(): Promise<void> {
  const scope = currentScope();
  const { operator, locked } = sessionState.view();
  if (!operator || locked) return;
  sessionState.locked();
  const { db } = scope;
  await db.transaction('rw', db.auditLog, () =>
    appendAudit(scope, 'lock', { table: 'operators', recordId: operator.id }),
  );
}

/** True when the password was right: the session goes on, with its data key unwrapped again. */
export async function unlock(password: string): Promise<boolean> {
  const { operator } = sessionState.view();
  if (!operator) return false;
  const verified = await verifyUnlock(currentScope(), operator.id, password);
  if (!verified) return false;
  sessionState.unlocked(verified.operator, verified.dataKey);
  return true;
}

/**
 * The first administrator of the office. The recovery key comes back once to be written down;
 * the first run ends here, so the administrator signs in like everyone else.
 */
export async function setUpFirstAdministrator(input: {
  login: string;
  displayName: string;
  password: string;
}): Promise<string> {
  const { recoveryKey } = await createFirstAdministrator(currentScope(), input);
  sessionState.setSetup(false);
  return recoveryKey;
}

export async function changePassword(newPassword: string): Promise<void> {
  const scope = currentScope();
  sessionState.operatorChanged(await changeOwnPassword(scope, newPassword), scope.dataKey);
}
