import type { Role } from '@shared/auth/roles';
import type { Operator, OperatorId } from '@shared/model/records';

/** What the interface may know of an operator: never the password hash or a wrapped key. */
export interface OperatorView {
  id: OperatorId;
  login: string;
  displayName: string;
  role: Role;
  mustChangePassword: boolean;
  positionRu?: string;
  positionKk?: string;
}

export function viewOfOperator(operator: Operator): OperatorView {
  const { id, login, displayName, role, mustChangePassword, positionRu, positionKk } = operator;
  return {
    id,
    login,
    displayName,
    role,
    mustChangePassword,
    ...(positionRu ? { positionRu } : {}),
    ...(positionKk ? { positionKk } : {}),
  };
}
