import { AccessDeniedError, authorize } from './access';
import { afterSignIn, markRotation, resealOldVersions } from './background-work';
import { addFieldKeyVersion, writeKeyring } from './keyring';
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

/**
 * At start, when the database does not open: nobody can sign in, so whoever is at the PC may only do
 * what the first run may, and the one thing offered is restoring a backup over it (an encrypted one
 * opens with the recovery key).
 */
export function startWithoutDatabase(): void {
  sessionState.setSetup(true);
}

export async function signIn(login: string, password: string): Promise<void> {
  const { operator, keys } = await verifySignIn(currentScope(), login, password);
  sessionState.signedIn(operator, keys);
  afterSignIn();
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
  sessionState.unlocked(verified.operator, verified.keys);
  afterSignIn();
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

export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  sessionState.operatorChanged(await changeOwnPassword(currentScope(), currentPassword, newPassword));
}

export class RecoveryKeyFirstError extends Error {
  constructor() {
    super('the recovery key is of the old kind: make a new one first');
    this.name = 'RecoveryKeyFirstError';
  }
}

/**
 * A full key rotation (administrator): a new field-key version for everyone allowed, current from
 * now on; everything sealed is sealed again under it in the background, with progress, while work
 * goes on. Afterwards a copy of the database taken before does not open what is written after.
 */
export async function rotateFieldKey(): Promise<void> {
  const scope = currentScope();
  authorize(scope, 'manage-users');
  const { db, keys } = scope;
  if (!keys) throw new AccessDeniedError('view-confidential');
  const { keyring, operators, key } = await addFieldKeyVersion(db);
  if (!keyring.recovery) throw new RecoveryKeyFirstError();
  await db.transaction('rw', db.operators, db.settings, db.auditLog, async () => {
    await db.operators.bulkPut(operators);
    await writeKeyring(db, keyring);
    await markRotation(scope, key.id);
    await appendAudit(scope, 'key-rotation', { details: { to: key.id } });
  });
  const next = { ...keys, current: key, byId: new Map([...keys.byId, [key.id, key]]) };
  sessionState.keysChanged(next);
  void resealOldVersions(currentScope()).catch((error: unknown) => console.error(error));
}
