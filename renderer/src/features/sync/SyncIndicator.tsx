import { Anchor, Box, Button, Popover, Stack, Text, Tooltip } from '@mantine/core';
import { IconCloudCheck, IconCloudExclamation, IconCloudOff, IconCloudUpload, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useCan, useSyncView } from '@/db/hooks';
import { FirstSyncProgress } from './FirstSyncProgress';
import { SYNC_CONFLICTS_ROUTE } from './routes';
import { indicatorOf, problemText, syncTime, type IndicatorTone } from './sync-texts';

const LOOK: Record<IndicatorTone, { color: string; icon: Icon }> = {
  off: { color: 'gray', icon: IconCloudOff },
  ok: { color: 'teal', icon: IconCloudCheck },
  busy: { color: 'blue', icon: IconCloudUpload },
  offline: { color: 'orange', icon: IconCloudOff },
  problem: { color: 'red', icon: IconCloudExclamation },
};

/**
 * The header's sync state, for everyone: synced, changes waiting, offline since when, or the error,
 * with the reason and the last sync on click. Nothing on a PC that does not sync.
 */
export function SyncIndicator() {
  const { t } = useTranslation();
  const view = useSyncView();
  const canManage = useCan('settings');
  if (!view.server) return null;
  const { tone, text } = indicatorOf(t, view);
  const { color, icon: StateIcon } = LOOK[tone];
  const status = view.status;
  return (
    <Popover width={340} position="bottom-end" shadow="md" withArrow>
      <Popover.Target>
        <Tooltip label={text}>
          <Button
            variant="light"
            color={color}
            leftSection={<StateIcon size={16} />}
            aria-label={`${t('sync.indicatorLabel')}: ${text}`}
            data-testid="sync-indicator"
            data-state={tone}
          >
            <Box component="span" visibleFrom="xl" maw={220} style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
              {text}
            </Box>
          </Button>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown data-testid="sync-details">
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {text}
          </Text>
          <Text size="sm" c="dimmed">
            {status?.lastSyncedAt
              ? t('sync.lastSynced', { time: syncTime(status.lastSyncedAt) })
              : t('sync.neverSynced')}
          </Text>
          {status && status.waiting > 0 && tone !== 'busy' && (
            <Text size="sm" data-testid="sync-details-waiting">
              {t('sync.state.waiting', { count: status.waiting })}
            </Text>
          )}
          {status?.problem && (
            <Text size="sm" c="red" data-testid="sync-details-problem">
              {problemText(t, status.problem)}
            </Text>
          )}
          {(tone === 'offline' || tone === 'problem') && status?.problem !== 'no-space' && (
            <Text size="sm">{t('sync.workGoesOn')}</Text>
          )}
          {view.progress && <FirstSyncProgress progress={view.progress} />}
          <Anchor component={Link} href={SYNC_CONFLICTS_ROUTE} size="sm" data-testid="sync-open-conflicts">
            {t('sync.openConflicts')}
          </Anchor>
          {canManage && (
            <Anchor component={Link} href="/settings/sync" size="sm">
              {t('sync.openSettings')}
            </Anchor>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
