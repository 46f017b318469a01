import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFolderOpen, IconShieldCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from 'wouter';
import { katoOfOblast } from '@shared/places/kato';
import type { OfficeProfile } from '@shared/profile/office-profile';
import { formatNumber } from '@shared/text/number-format';
import { loadOblastPlaces, saveOfficeProfile, setIdleMinutes } from '@/db';
import { useCan, useIdleMinutes } from '@/db/hooks';
import { useSafeAction } from '@/components/use-safe-action';
import { AuditSection } from './AuditSection';
import { BackupSection } from './BackupSection';
import { DemoDataSection } from './DemoDataSection';
import { SyncSection } from '@/features/sync/SyncSection';
import { KeysSection } from './KeysSection';
import { UsersSection } from './UsersSection';
import { WordLayoutSection } from './WordLayoutSection';
import { WorkingCalendarSection } from './calendar/WorkingCalendarSection';
import { desktop } from '@/desktop';
import { ProfileForm } from '@/features/onboarding/ProfileForm';
import { loadKato } from '@/reference/reference-files';

interface StorageState {
  persisted: boolean;
  usedMb: number | null;
}

export function SettingsPage({ profile }: Readonly<{ profile: OfficeProfile }>) {
  const { t } = useTranslation();
  const [storage, setStorage] = useState<StorageState | null>(null);
  const [version, setVersion] = useState('');
  const canManage = useCan('settings');
  const idle = useIdleMinutes();
  const run = useSafeAction();
  const [, section] = useRoute<{ section: string }>('/settings/:section');

  useEffect(() => {
    void (async () => {
      const persisted = (await navigator.storage?.persisted?.()) ?? false;
      const estimate = await navigator.storage?.estimate?.();
      setStorage({ persisted, usedMb: estimate?.usage !== undefined ? estimate.usage / 1024 / 1024 : null });
    })();
    void desktop.appVersion().then(setVersion);
  }, []);

  const saveProfile = async (next: OfficeProfile) => {
    if (next.oblastId !== profile.oblastId) await loadOblastPlaces(katoOfOblast(await loadKato(), next.oblastId));
    await saveOfficeProfile(next);
    notifications.show({ color: 'teal', message: t('settings.profileSaved') });
  };

  return (
    <Stack maw={760}>
      <Title order={2}>{t('settings.title')}</Title>
      <Paper withBorder p="lg">
        <Title order={4} mb="md">
          {t('settings.profile')}
        </Title>
        {canManage ? (
          <ProfileForm initial={profile} submitLabel={t('common.save')} onSubmit={saveProfile} />
        ) : (
          <Text size="sm">{profile.officeName}</Text>
        )}
      </Paper>
      <WorkingCalendarSection focused={section?.section === 'calendar'} />
      <SyncSection profile={profile} />
      <BackupSection />
      <DemoDataSection />
      <Paper withBorder p="lg" data-testid="settings-security">
        <Title order={4} mb="md">
          {t('security.title')}
        </Title>
        <NumberInput
          label={t('security.idleMinutes')}
          min={1}
          max={240}
          w={320}
          disabled={!canManage}
          value={idle ?? 10}
          onChange={(value) => typeof value === 'number' && run(() => setIdleMinutes(value))}
          data-testid="idle-minutes"
        />
      </Paper>
      {canManage && <WordLayoutSection />}
      {canManage && <UsersSection />}
      {canManage && <KeysSection />}
      {canManage && <AuditSection />}
      <Paper withBorder p="lg" data-testid="settings-storage">
        <Title order={4} mb="md">
          {t('settings.storage')}
        </Title>
        {storage && (
          <Stack gap="xs">
            <Group gap="xs" wrap="nowrap">
              {storage.persisted ? (
                <IconShieldCheck size={18} color="var(--mantine-color-teal-7)" />
              ) : (
                <IconAlertTriangle size={18} color="var(--mantine-color-orange-7)" />
              )}
              <Text size="sm" data-testid="storage-persisted">
                {storage.persisted ? t('settings.persistent') : t('settings.notPersistent')}
              </Text>
            </Group>
            {storage.usedMb !== null && (
              <Text size="sm">{t('settings.usage', { used: formatNumber(storage.usedMb, 1) })}</Text>
            )}
          </Stack>
        )}
        <Group mt="md">
          {desktop.runtime === 'desktop' ? (
            <Button
              variant="default"
              leftSection={<IconFolderOpen size={16} />}
              onClick={() => void desktop.openBackupsFolder()}
            >
              {t('settings.backupsFolder')}
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              {t('settings.backupsBrowser')}
            </Text>
          )}
        </Group>
      </Paper>
      <Paper withBorder p="lg" data-testid="settings-about">
        <Title order={4} mb="xs">
          {t('settings.about')}
        </Title>
        <Text size="sm">{t('app.tagline')}</Text>
        <Text size="sm" c="dimmed" data-testid="app-version">
          {t('settings.version', { version })} ·{' '}
          {desktop.runtime === 'desktop' ? t('settings.runtimeDesktop') : t('settings.runtimeBrowser')}
        </Text>
      </Paper>
    </Stack>
  );
}
