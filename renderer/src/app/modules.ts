import {
  IconBook2,
  IconCalendarEvent,
  IconFileSpreadsheet,
  IconLayoutDashboard,
  IconListCheck,
  IconMessage2,
  IconNews,
  IconRadar2,
  IconRoute,
  IconSettings,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';

export type ModuleKey =
  | 'dashboard'
  | 'registry'
  | 'events'
  | 'plan'
  | 'publications'
  | 'workingGroups'
  | 'receptions'
  | 'monitoring'
  | 'reports'
  | 'directories'
  | 'settings';

export interface ModuleEntry {
  key: ModuleKey;
  path: string;
  icon: Icon;
}

/** The sidebar, in the order of PRODUCT.md. */
export const modules: readonly ModuleEntry[] = [
  { key: 'dashboard', path: '/', icon: IconLayoutDashboard },
  { key: 'registry', path: '/registry', icon: IconUsersGroup },
  { key: 'events', path: '/events', icon: IconCalendarEvent },
  { key: 'plan', path: '/plan', icon: IconListCheck },
  { key: 'publications', path: '/publications', icon: IconNews },
  { key: 'workingGroups', path: '/working-groups', icon: IconRoute },
  { key: 'receptions', path: '/receptions', icon: IconMessage2 },
  { key: 'monitoring', path: '/monitoring', icon: IconRadar2 },
  { key: 'reports', path: '/reports', icon: IconFileSpreadsheet },
  { key: 'directories', path: '/directories', icon: IconBook2 },
  { key: 'settings', path: '/settings', icon: IconSettings },
];
