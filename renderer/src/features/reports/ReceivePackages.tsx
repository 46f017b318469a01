import { Alert, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconDownload, IconFileUpload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import type { Period } from '@shared/events/period';
import { consolidationExport } from '@shared/exchange/consolidation-export';
import { missingDistricts } from '@shared/exchange/summary';
import type { ExchangePackage, PackageMeta } from '@shared/exchange/format';
import { problemMessage } from '@shared/exchange/messages';
import type { OriginConfirmation, OriginConfirmed } from '@shared/exchange/origin';
import type { HeaderLanguage } from '@shared/export/table';
import type { OfficeProfile } from '@shared/profile/office-profile';
import { showUndoNotification } from '@/components/undo-notification';
import { useSafeAction } from '@/components/use-safe-action';
import { useSaveExport } from '@/export/use-save-export';
import {
  deleteReceivedPackage,
  receivePackage,
  reregisterDistrictKey,
  restoreReceivedPackage,
  SCHEMA_VERSION,
} from '@/db';
import { useCan, useConsolidatedSummary, useOblastReportingUnits, usePlaces, useReceivedSubmissions } from '@/db/hooks';
import { buildWorkbookInWorker } from '@/export/export-client';
import { readPackageFile } from '@/exchange/package-file';
import { useLanguage } from '@/i18n/use-language';
import { ConsolidationTable } from './ConsolidationTable';
import { DistrictServers } from './DistrictServers';
import { SubmissionCompleteness } from './SubmissionCompleteness';
import { today } from '@/lib/clock';

interface FileOutcome {
  fileName: string;
  ok: boolean;
  message: string;
  /** Said under the message: that the package was stored without a signature. */
  note?: string;
}

/**
 * A package read intact that waits for the user, nothing of it stored: a confirmation (a district's
 * first key, another office name), or, for an administrator, the re-registration of the district's
 * key when the package came with another one.
 */
interface Pending {
  fileName: string;
  pkg: ExchangePackage;
  confirm?: OriginConfirmation;
  rekey?: { message: string; registered: string; found: string };
}

/** What came of receiving one package: a line for the list, or a card waiting for the user. */
type Settled = { outcome: FileOutcome } | { pending: Pending };

const periodText = (period: Period) => `${formatDate(period.from)}–${formatDate(period.to)}`;

/**
 * Oblast mode: districts' packages are dropped in, checked and stored (a re-sent one replaces the
 * earlier); every district of the oblast is listed for a period with whether it sent, and the
 * consolidated summary (свод) is exported.
 */
export function ReceivePackages({ profile }: Readonly<{ profile: OfficeProfile }>) {
  const { t } = useTranslation();
  const { language, localName } = useLanguage();
  const run = useSafeAction();
  const saveExport = useSaveExport();
  const canReceive = useCan('edit');
  const canExport = useCan('export');
  const canRekey = useCan('settings');
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [pending, setPending] = useState<Pending[]>([]);
  const [reading, setReading] = useState(false);
  const [resolving, setResolving] = useState(false);
  const [periodKey, setPeriodKey] = useState<string>('latest');
  const submissions = useReceivedSubmissions();
  const periods = useMemo(() => submissions?.periods ?? [], [submissions]);
  const chosen = periods.find((period) => `${period.from}:${period.to}` === periodKey);
  const consolidation = useConsolidatedSummary(chosen);
  const places = usePlaces();
  const units = useOblastReportingUnits();
  const missing = consolidation && units ? missingDistricts(units, consolidation) : [];
  const placeByCode = useMemo(() => new Map((places ?? []).map((place) => [place.id as string, place])), [places]);
  // The oblast's own КАТО name first: a package names its district itself, and a forged one may name another.
  const districtName = (row: {
    districtNameRu: string | null;
    districtNameKk: string | null;
    districtCode: string;
  }) => {
    const place = placeByCode.get(row.districtCode);
    if (place) return localName(place);
    return (language === 'kk' ? row.districtNameKk : row.districtNameRu) ?? row.districtNameRu ?? row.districtCode;
  };

  const periodValues = (meta: PackageMeta) => ({
    district: districtName(meta),
    from: formatDate(meta.period.from),
    to: formatDate(meta.period.to),
  });

  const settle = async (fileName: string, pkg: ExchangePackage, confirmed?: OriginConfirmed): Promise<Settled> => {
    const result = await receivePackage(pkg, { fileName, ...(confirmed ? { confirmed } : {}) });
    switch (result.outcome) {
      case 'confirm':
        return { pending: { fileName, pkg, confirm: result.confirm } };
      case 'refused': {
        const message = problemMessage(result.problem, language);
        if (result.problem.code === 'other_key' && canRekey)
          return { pending: { fileName, pkg, rekey: { ...result.problem, message } } };
        return { outcome: { fileName, ok: false, message } };
      }
      default: {
        const stored = result.outcome !== 'older';
        return {
          outcome: {
            fileName,
            ok: stored,
            message: t(`exchange.${result.outcome}`, periodValues(pkg.meta)),
            ...(stored && !pkg.meta.signature ? { note: t('exchange.receive.unsignedNote') } : {}),
          },
        };
      }
    }
  };

  const receive = (files: readonly File[]) =>
    run(async () => {
      setReading(true);
      const results: FileOutcome[] = [];
      const waiting: Pending[] = [];
      try {
        for (const file of files) {
          const read = await readPackageFile(file.name, new Uint8Array(await file.arrayBuffer()), {
            schemaVersion: SCHEMA_VERSION,
            oblastCode: profile.oblastId,
          });
          if (!read.ok) {
            results.push({ fileName: file.name, ok: false, message: problemMessage(read.problem, language) });
            continue;
          }
          const settled = await settle(file.name, read.package);
          if ('pending' in settled) waiting.push(settled.pending);
          else results.push(settled.outcome);
        }
      } finally {
        setOutcomes(results);
        setPending((list) => [...list, ...waiting]);
        setReading(false);
      }
    });

  const keyOf = (item: Pending) =>
    item.confirm?.newKey?.publicKey ?? (item.rekey && item.pkg.meta.signature?.publicKey);

  /**
   * The user's answer to a waiting package. Once a key is registered (confirmed or re-registered),
   * the other packages that waited for the same key are received again, so that the fingerprint
   * of one district is compared only once.
   */
  const resolve = (item: Pending, accepted: boolean) =>
    run(async () => {
      const done: Pending[] = [item];
      const settled: Settled[] = [];
      setResolving(true);
      try {
        if (!accepted) {
          settled.push({ outcome: { fileName: item.fileName, ok: false, message: t('exchange.receive.declined') } });
        } else {
          if (item.rekey) await reregisterDistrictKey(item.pkg);
          const answer = await settle(item.fileName, item.pkg, {
            ...(item.confirm?.newKey ? { signingKey: item.confirm.newKey.publicKey } : {}),
            ...(item.confirm?.officeChanged ? { office: item.confirm.officeChanged.incoming } : {}),
          });
          settled.push(answer);
          const key = keyOf(item);
          if (key && 'outcome' in answer && answer.outcome.ok)
            for (const other of pending.filter((candidate) => candidate !== item && keyOf(candidate) === key)) {
              done.push(other);
              settled.push(await settle(other.fileName, other.pkg));
            }
        }
      } finally {
        setResolving(false);
      }
      setPending((list) => [
        ...list.filter((other) => !done.includes(other)),
        ...settled.flatMap((result) => ('pending' in result ? [result.pending] : [])),
      ]);
      setOutcomes((list) => [...list, ...settled.flatMap((result) => ('outcome' in result ? [result.outcome] : []))]);
    });

  // A package dropped in by mistake (another oblast's district, a test file) comes out of the свод.
  const remove = (id: string) =>
    run(async () => {
      await deleteReceivedPackage(id);
      showUndoNotification(
        (t) => t('exchange.receive.deleted'),
        () => run(() => restoreReceivedPackage(id)),
      );
    });

  const exportConsolidation = () =>
    run(async () => {
      if (!consolidation) return;
      const headers: HeaderLanguage = language;
      const table = consolidationExport(consolidation, { language, headers, oblastName: profile.officeName });
      const bytes = await buildWorkbookInWorker([table]);
      const name = `${t('exchange.consolidationTitle')} ${chosen ? periodText(chosen) : formatDate(today())}.xlsx`;
      await saveExport(name, bytes, { kind: 'consolidation', ...(chosen ?? {}), rows: table.rows.length });
    });

  return (
    <Stack>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={4}>{t('exchange.receive.title')}</Title>
          <Dropzone
            disabled={!canReceive}
            onDrop={(files) => receive(files)}
            accept={['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']}
            multiple
            loading={reading}
            data-testid="packages-dropzone"
          >
            <Group justify="center" gap="sm" mih={80}>
              <IconFileUpload size={32} stroke={1.5} />
              <Text size="sm" maw={520}>
                {t('exchange.receive.text')}
              </Text>
            </Group>
          </Dropzone>
          {pending.map((item, index) => (
            <Alert
              key={`${item.fileName}-${index}`}
              color="yellow"
              p="sm"
              title={item.fileName}
              data-testid="package-pending"
            >
              <Stack gap="xs">
                <Text size="sm" fw={600}>
                  {t('exchange.receive.confirmTitle', periodValues(item.pkg.meta))}
                </Text>
                {item.rekey && <Text size="sm">{item.rekey.message}</Text>}
                {item.rekey && <Text size="sm">{t('exchange.receive.rekeyText', item.rekey)}</Text>}
                {item.confirm?.newKey && (
                  <>
                    <Text size="sm">{t('exchange.receive.newKey', item.confirm.newKey)}</Text>
                    <Text ff="monospace" fw={600} data-testid="pending-fingerprint">
                      {item.confirm.newKey.fingerprint}
                    </Text>
                  </>
                )}
                {item.confirm?.officeChanged && (
                  <Text size="sm" data-testid="pending-office">
                    {t('exchange.receive.officeChanged', item.confirm.officeChanged)}
                  </Text>
                )}
                <Group gap="sm">
                  <Button
                    size="xs"
                    onClick={() => resolve(item, true)}
                    loading={resolving}
                    data-testid="package-confirm"
                  >
                    {item.rekey ? t('exchange.receive.rekey') : t('exchange.receive.confirm')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => resolve(item, false)}
                    disabled={resolving}
                    data-testid="package-decline"
                  >
                    {t('exchange.receive.decline')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ))}
          {outcomes.length > 0 && (
            <Stack gap={4} data-testid="package-outcomes">
              {outcomes.map((outcome, index) => (
                <Alert
                  key={index}
                  color={outcome.ok ? 'teal' : 'red'}
                  p="xs"
                  title={outcome.fileName}
                  data-testid="package-outcome"
                  data-ok={outcome.ok}
                >
                  {outcome.message}
                  {outcome.note && (
                    <Text size="xs" c="dimmed" data-testid="package-outcome-note">
                      {outcome.note}
                    </Text>
                  )}
                </Alert>
              ))}
            </Stack>
          )}
        </Stack>
      </Paper>

      <DistrictServers />

      <SubmissionCompleteness profile={profile} onDelete={remove} />

      <Paper withBorder p="md" data-testid="consolidation">
        <Group justify="space-between" align="flex-end" mb="sm">
          <Select
            label={t('exchange.receive.consolidationPeriod')}
            value={periodKey}
            onChange={(value) => setPeriodKey(value ?? 'latest')}
            allowDeselect={false}
            data={[
              { value: 'latest', label: t('exchange.receive.latest') },
              ...periods.map((period) => ({ value: `${period.from}:${period.to}`, label: periodText(period) })),
            ]}
            w={260}
            data-testid="consolidation-period"
          />
          <Button
            leftSection={<IconDownload size={16} />}
            onClick={exportConsolidation}
            disabled={!canExport || !consolidation || consolidation.byDistrict.length === 0}
            data-testid="consolidation-export"
          >
            {t('exchange.receive.export')}
          </Button>
        </Group>
        {consolidation && <ConsolidationTable consolidation={consolidation} />}
        {missing.length > 0 && (
          <Text size="sm" mt="sm" data-testid="consolidation-missing">
            {t('exchange.freshness.missing', {
              districts: missing
                .map((unit) =>
                  districtName({ districtCode: unit.code, districtNameRu: unit.nameRu, districtNameKk: unit.nameKk }),
                )
                .join(', '),
            })}
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
