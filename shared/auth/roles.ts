export const roles = ['viewer', 'editor', 'exporter', 'administrator'] as const;
export type Role = (typeof roles)[number];

export type Permission =
  'view' | 'edit' | 'import' | 'export' | 'manage-users' | 'restore' | 'settings' | 'view-confidential';

/**
 * What each role may do. An exporter is a viewer who also sends reports upward; an editor keeps the
 * registers; the administrator does everything, including users, restores and settings.
 */
const PERMISSIONS: Record<Role, readonly Permission[]> = {
  viewer: ['view'],
  exporter: ['view', 'export'],
  editor: ['view', 'edit', 'import', 'export', 'view-confidential'],
  administrator: ['view', 'edit', 'import', 'export', 'manage-users', 'restore', 'settings', 'view-confidential'],
};

export function can(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role].includes(permission);
}
