import { Button, Menu, Text } from '@mantine/core';
import { IconLock, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { lockNow } from './use-idle-lock';
import { signOut } from '@/db';
import { useSession } from '@/db/hooks';

export function UserMenu() {
  const { t } = useTranslation();
  const { operator } = useSession();
  if (!operator) return null;
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="subtle" leftSection={<IconUserCircle size={18} />} data-testid="user-menu">
          {operator.displayName || operator.login}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="xs">{t(`auth.roles.${operator.role}`)}</Text>
        </Menu.Label>
        <Menu.Item leftSection={<IconLock size={16} />} onClick={lockNow} data-testid="lock-now">
          {t('auth.lockNow')} (Ctrl+L)
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={signOut} data-testid="sign-out">
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
