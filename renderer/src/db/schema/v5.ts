/**
 * Version 5: access and audit.
 * - operators: named local users with roles and password hashes, unique by login;
 * - auditLog: ordered by a unique sequence number, which the hash chain links.
 */
export const v5Stores = {
  operators: 'id, &login',
  auditLog: 'id, &seq, at, recordId, action',
} as const;
