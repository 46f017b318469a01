import { Alert, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileHash } from '@shared/audit/chain';
import { periodOf, type Period } from '@shared/events/period';
import { packageContents, packageFileName, packageTables } from '@shared/exchange/build';
import type { Language } from '@shared/i18n/languages';
import type { OfficeProfile } from '@shared/profile/office-profile';
import { PeriodPicker } from '@/components/PeriodPicker';
import { useSafeAction } from '@/components/use-safe-action';
import { desktop } from '@/desktop';
import { writePackageFile } from '@/exchange/package-file';
import { useLanguage } from '@/i18n/use-language';
import { nowTimestamp, today } from '@/lib/clock';
import {
  collectPackageData,
  packageSigningFingerprint,
  recordPackageSent,
  SCHEMA_VERSION,
  signExchangePackage,
} from '@/db';
import { useCan, usePackageSource } from '@/db/hooks';

/** The choices of the form, stamped with the time and versions the package is made with. */
function packageOptions(choices: {
  language: Language;
  includeConfidential: boolean;
  includeMonitoring: boolean;
  maskPersonalData: boolean;
  appVersion: string;
}) {
  return { ...choices, createdAt: nowTimestamp(), asOf: today(), schemaVersion: SCHEMA_VERSION };
}

/**
 * "Send to the oblast": the period's exchange package as one workbook, signed with the office's
 * key, whose fingerprint is shown for the oblast to compare by phone. Personal data is masked and
 * confidential receptions are left out unless the user chooses otherwise.
 */
export function SendPackage({ profile }: Readonly<{ profile: OfficeProfile }>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const run = useSafeAction();
  const canExport = useCan('export');
  const canSeeConfidential = useCan('view-confidential');
  const [period, setPeriod] = useState<Period>(() => periodOf('quarter', today()));
  const [includeConfidential, setIncludeConfidential] = useState(false);
  const [includeMonitoring, setIncludeMonitoring] = useState(false);
  const [mask, setMask] = useState(true);
  const [working, setWorking] = useState(false);
  const [appVersion, setAppVersion] = useState('');
  useEffect(() => void desktop.appVersion().then(setAppVersion), []);
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  useEffect(() => {
    if (canExport) void packageSigningFingerprint().then(setFingerprint, () => setFingerprint(null));
  }, [canExport]);

  const choices = { language, includeConfidential, includeMonitoring, maskPersonalData: mask, appVersion };
  const source = usePackageSource(period, profile);
  const contents = useMemo(
    () =>
      source
        ? packageContents(
            source,
            packageOptions({ language, includeConfidential, includeMonitoring, maskPersonalData: mask, appVersion }),
          )
        : undefined,
    [source, language, includeConfidential, includeMonitoring, mask, appVersion],
  );

  const create = () =>
    run(async () => {
      setWorking(true);
      try {
        const built = packageContents(await collectPackageData(period, profile), packageOptions(choices));
        const signed = await signExchangePackage(built);
        const meta = signed.meta;
        const bytes = await writePackageFile(packageTables(signed));
        const name = packageFileName(meta);
        const result = await desktop.saveFile(name, bytes, [{ name: 'Excel', extensions: ['xlsx'] }]);
        if (result.saved) {
          await recordPackageSent(meta, fileHash(bytes));
          notifications.show({ color: 'teal', message: t('exchange.send.created', { name: result.fileName ?? name }) });
        }
      } finally {
        setWorking(false);
      }
    });

  const rows = contents?.rows;
  return (
    <Paper withBorder p="md" data-testid="send-package">
      <Stack gap="sm">
        <Title order={4}>{t('exchange.send.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('exchange.send.text')}
        </Text>
        <Group align="flex-end">
          <PeriodPicker period={period} onChange={setPeriod} testId="package" />
        </Group>
        <Checkbox
          label={t('exchange.send.mask')}
          checked={mask}
          onChange={(event) => setMask(event.currentTarget.checked)}
          data-testid="package-mask"
        />
        {canSeeConfidential && (
          <Checkbox
            label={t('exchange.send.includeConfidential')}
            checked={includeConfidential}
            onChange={(event) => setIncludeConfidential(event.currentTarget.checked)}
            data-testid="package-confidential"
          />
        )}
        {canSeeConfidential && (
          <Checkbox
            label={t('exchange.send.includeMonitoring')}
            checked={includeMonitoring}
            onChange={(event) => setIncludeMonitoring(event.currentTarget.checked)}
            data-testid="package-monitoring"
          />
        )}
        <Text size="sm" data-testid="package-contents">
          {rows
            ? t('exchange.send.contents', {
                associations: rows.associations.length,
                members: rows.members.length,
                events: rows.events.length,
                visits: rows.visits.length,
                receptions: rows.receptions.length,
              })
            : '…'}
        </Text>
        {contents && contents.meta.confidentialLeftOut > 0 && (
          <Alert color="gray" p="xs">
            {t('exchange.notes.confidentialLeftOut', { count: contents.meta.confidentialLeftOut })}
          </Alert>
        )}
        {fingerprint && (
          <Stack gap={2}>
            <Text size="sm">
              {t('exchange.send.fingerprintLabel')}:{' '}
              <Text span ff="monospace" fw={600} data-testid="package-fingerprint">
                {fingerprint}
              </Text>
            </Text>
            <Text size="xs" c="dimmed">
              {t('exchange.send.fingerprintHint')}
            </Text>
          </Stack>
        )}
        {canExport && (
          <Group justify="flex-end">
            <Button
              leftSection={<IconSend size={16} />}
              onClick={create}
              loading={working}
              data-testid="package-create"
            >
              {t('exchange.send.create')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
