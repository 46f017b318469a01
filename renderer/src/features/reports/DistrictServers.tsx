import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCloudDownload } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/dates/format';
import { periodOf, type Period } from '@shared/events/period';
import type { ReportingUnit } from '@shared/exchange/completeness';
import { districtServerSchema, type DistrictServer } from '@shared/sync/district-servers';
import { PeriodPicker } from '@/components/PeriodPicker';
import { useSafeAction } from '@/components/use-safe-action';
import { saveDistrictServers, storePulledDistrict, type PulledOutcome } from '@/db';
import { useCan, useDistrictServers, useOblastReportingUnits } from '@/db/hooks';
import { desktop } from '@/desktop';
import { useLanguage } from '@/i18n/use-language';
import { localWallClock, today } from '@/lib/clock';
import { syncOriginOf } from '@shared/security/csp';
import { appliedSyncOrigin } from '@/desktop/sync-origin';
import { problemText } from '@/features/sync/sync-texts';
import { pullDistricts, type DistrictOutcome } from '@/sync/district-pull';

interface Line {
  district: string;
  ok: boolean;
  message: string;
}

/**
 * Oblast mode: the districts whose databases the oblast reads from its server, set by an
 * administrator, and "Pull districts" for a period, which makes each district's current records
 * its package of the period in the свод. The account's password is asked on this screen and kept
 * only while it is open: it is never stored.
 */
export function DistrictServers() {
  const { t } = useTranslation();
  const { language, localName } = useLanguage();
  const run = useSafeAction();
  const canConfigure = useCan('settings');
  const canPull = useCan('edit');
  const servers = useDistrictServers();
  const units = useOblastReportingUnits();
  const [password, setPassword] = useState('');
  const [period, setPeriod] = useState<Period>(() => periodOf('quarter', today()));
  const [pulling, setPulling] = useState(false);
  const [outcomes, setOutcomes] = useState<DistrictOutcome<PulledOutcome>[]>([]);
  const [appVersion, setAppVersion] = useState('');
  useEffect(() => void desktop.appVersion().then(setAppVersion), []);

  const unitByCode = useMemo(() => new Map((units ?? []).map((unit) => [unit.code, unit])), [units]);
  const nameOf = (code: string) => {
    const unit: ReportingUnit | undefined = unitByCode.get(code);
    return unit ? localName({ nameRu: unit.nameRu ?? code, nameKk: unit.nameKk ?? '' }) : code;
  };

  const lineOf = (outcome: DistrictOutcome<PulledOutcome>): Line => {
    const district = nameOf(outcome.district);
    if (!outcome.ok)
      return {
        district: outcome.district,
        ok: false,
        message: t('exchange.server.outcomes.failed', {
          district,
          reason: problemText(t, outcome.problem),
        }),
      };
    const { stored } = outcome;
    const at = formatDateTime(localWallClock(outcome.pulled.dataChangedAt ?? ''));
    return {
      district: outcome.district,
      ok: stored.outcome !== 'empty',
      message: t(`exchange.server.outcomes.${stored.outcome}`, { district, at }),
    };
  };

  const pull = () =>
    run(async () => {
      setPulling(true);
      try {
        const results = await pullDistricts(
          servers ?? [],
          () => password,
          (pulled) => storePulledDistrict(pulled, { period, language, appVersion }),
          { reachable: (url) => syncOriginOf(url) === appliedSyncOrigin() },
        );
        setOutcomes(results);
      } finally {
        setPulling(false);
      }
    });

  const configured = (servers?.length ?? 0) > 0;
  // Worded at each render, so that the lines follow a switch of language.
  const lines = outcomes.map(lineOf);
  return (
    <Paper withBorder p="md" data-testid="district-servers">
      <Stack gap="sm">
        <Title order={4}>{t('exchange.server.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('exchange.server.text')}
        </Text>
        {canConfigure && servers && (
          <ServersForm
            key={servers.map((server) => `${server.district}@${server.url}`).join()}
            servers={servers}
            units={units ?? []}
            nameOf={nameOf}
          />
        )}
        {!configured && <Text size="sm">{t('exchange.server.notSet')}</Text>}
        {configured && canPull && (
          <Stack gap="xs">
            <Group align="flex-end" gap="md">
              <PeriodPicker period={period} onChange={setPeriod} testId="pull" />
            </Group>
            <Group align="flex-end" gap="md">
              <PasswordInput
                label={t('exchange.server.password')}
                description={t('exchange.server.passwordNote')}
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                w={320}
                data-testid="district-server-password"
              />
              <Button
                leftSection={<IconCloudDownload size={16} />}
                onClick={pull}
                loading={pulling}
                disabled={!password}
                data-testid="districts-pull"
              >
                {t('exchange.server.pull')}
              </Button>
            </Group>
          </Stack>
        )}
        {lines.length > 0 && (
          <Stack gap={4} data-testid="pull-outcomes">
            {lines.map((line) => (
              <Alert
                key={line.district}
                color={line.ok ? 'teal' : 'red'}
                p="xs"
                data-testid="pull-outcome"
                data-ok={line.ok}
              >
                {line.message}
              </Alert>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** The administrator's part: one server and the oblast's account there for the districts chosen, starting from what is stored. */
function ServersForm({
  servers,
  units,
  nameOf,
}: Readonly<{
  servers: readonly DistrictServer[];
  units: readonly ReportingUnit[];
  nameOf: (code: string) => string;
}>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const [first] = servers;
  const [url, setUrl] = useState(first?.url ?? '');
  const [username, setUsername] = useState(first?.username ?? '');
  const [allowHttp, setAllowHttp] = useState(first?.allowHttp ?? false);
  const [chosen, setChosen] = useState<string[]>(() => servers.map((server) => server.district));
  const [shown, setShown] = useState(false);
  const urlWrong = !districtServerSchema.shape.url.safeParse(url).success;
  const usernameMissing = !username.trim();

  const save = () => {
    // Without districts the address may stay empty: the list is simply turned off.
    setShown(true);
    if (chosen.length > 0 && (urlWrong || usernameMissing)) return;
    run(async () => {
      await saveDistrictServers(chosen.map((district) => ({ district, url, username, allowHttp })));
      notifications.show({ color: 'teal', message: t('exchange.server.saved') });
    });
  };

  return (
    <Stack gap="xs">
      <Group align="flex-start" gap="md">
        <TextInput
          label={t('exchange.server.url')}
          placeholder="https://couch.example.kz"
          value={url}
          onChange={(event) => setUrl(event.currentTarget.value)}
          error={shown && chosen.length > 0 && urlWrong ? t('exchange.server.badUrl') : undefined}
          w={320}
          data-testid="district-server-url"
        />
        <TextInput
          label={t('exchange.server.username')}
          value={username}
          onChange={(event) => setUsername(event.currentTarget.value)}
          error={shown && chosen.length > 0 && usernameMissing ? t('exchange.server.noUsername') : undefined}
          w={260}
          data-testid="district-server-username"
        />
        <Checkbox
          label={t('exchange.server.allowHttp')}
          checked={allowHttp}
          onChange={(event) => setAllowHttp(event.currentTarget.checked)}
          mt={32}
          data-testid="district-server-http"
        />
      </Group>
      <Checkbox.Group
        label={t('exchange.server.districts')}
        value={chosen}
        onChange={setChosen}
        data-testid="district-server-districts"
      >
        <SimpleGrid cols={{ base: 2, md: 3 }} spacing={6} mt={6}>
          {units.map((unit) => (
            <Checkbox key={unit.code} value={unit.code} label={nameOf(unit.code)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Group>
        <Button variant="light" onClick={save} data-testid="district-servers-save">
          {t('exchange.server.save')}
        </Button>
      </Group>
    </Stack>
  );
}
