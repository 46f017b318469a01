import { Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { desktop } from '@/desktop';

/** The height of the notice, which the shell adds to its header. */
export const BROWSER_NOTICE_HEIGHT = 28;

export const isBrowserBuild = desktop.runtime === 'browser';

/**
 * The browser build protects nothing at the keyboard (SECURITY.md): it says so on every screen
 * where data is entered, in one line, with the reasons on hover. Nothing in the desktop.
 */
export function BrowserBuildNotice() {
  const { t } = useTranslation();
  if (!isBrowserBuild) return null;
  return (
    <Tooltip label={t('header.browserBuildDetails')} multiline w={520}>
      <Group
        h={BROWSER_NOTICE_HEIGHT}
        px="md"
        gap={6}
        justify="center"
        wrap="nowrap"
        bg="yellow.1"
        c="yellow.9"
        className="no-print"
        data-testid="browser-build-notice"
      >
        <IconAlertTriangle size={14} />
        <Text size="xs" fw={500} truncate="end">
          {t('header.browserBuild')}
        </Text>
      </Group>
    </Tooltip>
  );
}
