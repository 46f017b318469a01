import { ActionIcon, Alert, Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconDownload, IconFileUpload, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import type { Period } from '@shared/events/period';
import { consolidationExport } from '@shared/exchange/consolidation-export';
import { problemMessage } from '@shared/exchange/messages';
import type { HeaderLanguage } from '@shared/export/table';
import type { OfficeProfile } from '@shared/profile/office-profile';
import { showUndoNotification } from '@/components/undo-notification';
import { useSafeAction } from '@/components/use-safe-action';
import { useSaveExport } from '@/export/use-save-export';
import { deleteReceivedPackage, receivePackage, restoreReceivedPackage, SCHEMA_VERSION } from '@/db';
import { useCan, useConsolidatedSummary, useReceivedSubmissions } from '@/db/hooks';
import { buildWorkbookInWorker } from '@/export/export-client';
import { readPackageFile } from '@/exchange/package-file';
import { useLanguage } from '@/i18n/use-language';
import { ConsolidationTable } from './ConsolidationTable';
import { today } from '@/lib/clock';

interface FileOutcome {
  fileName: string;
  ok: boolean;
  message: string;
}

const periodText = (period: Period) => `${formatDate(period.from)}–${formatDate(period.to)}`;

/**
 * Oblast mode: districts' packages are dropped in, checked and stored (a re-sent one replaces the
 * earlier); a table shows who sent which periods, and the consolidated summary (свод) is exported.
 */
export function ReceivePackages({ profile }: Readonly<{ profile: OfficeProfile }>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const run = useSafeAction();
  const saveExport = useSaveExport();
  const canReceive = useCan('edit');
  const canExport = useCan('export');
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [reading, setReading] = useState(false);
  const [periodKey, setPeriodKey] = useState<string>('latest');
  const submissions = useReceivedSubmissions();
  const periods = useMemo(() => submissions?.periods ?? [], [submissions]);
  const chosen = periods.find((period) => `${period.from}:${period.to}` === periodKey);
  const consolidation = useConsolidatedSummary(chosen);
  const districtName = (row: { districtNameRu: string | null; districtNameKk: string | null; districtCode: string }) =>
    (language === 'kk' ? row.districtNameKk : row.districtNameRu) ?? row.districtNameRu ?? row.districtCode;

  const receive = (files: readonly File[]) =>
    run(async () => {
      setReading(true);
      const results: FileOutcome[] = [];
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
          const outcome = await receivePackage(read.package, { fileName: file.name });
          const { meta } = read.package;
          const values = {
            district: districtName(meta),
            from: formatDate(meta.period.from),
            to: formatDate(meta.period.to),
          };
          results.push({
            fileName: file.name,
            ok: outcome.outcome !== 'older',
            message: t(`exchange.${outcome.outcome}`, values),
          });
        }
      } finally {
        setOutcomes(results);
        setReading(false);
      }
    });

  // A package dropped in by mistake (another oblast's district, a test file) comes out of the свод.
  const remove = (id: string) =>
    run(async () => {
      await deleteReceivedPackage(id);
      showUndoNotification(t('exchange.receive.deleted'), t('common.undo'), () =>
        run(() => restoreReceivedPackage(id)),
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
                </Alert>
              ))}
            </Stack>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        <Title order={5} mb="sm">
          {t('exchange.receive.submissions')}
        </Title>
        {submissions && submissions.rows.length === 0 ? (
          <Text c="dimmed">{t('exchange.receive.noPackages')}</Text>
        ) : (
          <Table withTableBorder data-testid="submissions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('exchange.receive.district')}</Table.Th>
                {periods.map((period) => (
                  <Table.Th key={`${period.from}:${period.to}`}>{periodText(period)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(submissions?.rows ?? []).map((row) => (
                <Table.Tr key={row.districtCode} data-testid="submission-row">
                  <Table.Td>{districtName(row)}</Table.Td>
                  {row.cells.map((cell, index) => (
                    <Table.Td key={index}>
                      {cell ? (
                        <Group gap={4} wrap="nowrap">
                          <Badge variant="light" color="teal">
                            {t('exchange.receive.sent', { date: formatDate(cell.meta.asOf) })}
                          </Badge>
                          {canReceive && (
                            <ActionIcon
                              size="sm"
                              variant="subtle"
                              color="red"
                              aria-label={t('exchange.receive.delete')}
                              title={t('exchange.receive.delete')}
                              onClick={() => remove(cell.id)}
                              data-testid="package-delete"
                            >
                              <IconTrash size={14} />
                            </ActionIcon>
                          )}
                        </Group>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

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
      </Paper>
    </Stack>
  );
}
