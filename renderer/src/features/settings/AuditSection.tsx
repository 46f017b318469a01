import { Alert, Button, Group, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chainHolds, type DeviceChainCheck } from '@shared/audit/chains';
import { formatDateTime, formatDate } from '@shared/dates/format';
import { useSafeAction } from '@/components/use-safe-action';
import { checkAuditChains } from '@/db';
import { useAuditDevice, useAuditEntries, useOperators } from '@/db/hooks';
import { recordedAuditHead } from '@/backup/backup-service';
import { auditChainsText } from './audit-check-text';
import { auditActionText, auditActorText, auditDetailsText, auditDeviceText, auditRecordText } from './audit-text';
import { exportAuditLog } from './audit-export';
import { localWallClock, today } from '@/lib/clock';

/**
 * The audit log for the administrator and an inspector: the latest entries of every PC of the
 * office, each named by its PC, a check of each PC's chain, an export.
 */
export function AuditSection() {
  const { t } = useTranslation();
  const run = useSafeAction();
  const entries = useAuditEntries(200);
  const operators = useOperators() ?? [];
  const device = useAuditDevice();
  const [checks, setChecks] = useState<DeviceChainCheck[] | null>(null);
  return (
    <Paper withBorder p="lg" data-testid="settings-audit">
      <Group justify="space-between" mb="md">
        <Title order={4}>{t('audit.title')}</Title>
        <Group>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconShieldCheck size={14} />}
            onClick={() => run(async () => setChecks(await checkAuditChains(await recordedAuditHead())))}
            data-testid="audit-verify"
          >
            {t('audit.verify')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} />}
            onClick={() => run(() => exportAuditLog(t, `${t('audit.title')} ${formatDate(today())}.xlsx`, operators))}
            data-testid="audit-export"
          >
            {t('audit.export')}
          </Button>
        </Group>
      </Group>
      {checks && (
        <Alert color={checks.every(chainHolds) ? 'teal' : 'red'} mb="md" data-testid="audit-check">
          <Stack gap={4}>
            {auditChainsText(t, checks).map((line, index) => (
              <Text key={checks[index]?.device ?? index} size="sm" data-testid="audit-check-chain">
                {line}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {entries?.length === 0 && <Text c="dimmed">{t('audit.empty')}</Text>}
      <ScrollArea h={360}>
        <Table striped fz="xs" data-testid="audit-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('audit.device')}</Table.Th>
              <Table.Th>{t('audit.seq')}</Table.Th>
              <Table.Th>{t('audit.at')}</Table.Th>
              <Table.Th>{t('audit.actor')}</Table.Th>
              <Table.Th>{t('audit.action')}</Table.Th>
              <Table.Th>{t('audit.record')}</Table.Th>
              <Table.Th>{t('audit.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries?.map((entry) => (
              <Table.Tr key={entry.id} data-testid="audit-row">
                <Table.Td data-testid="audit-device">{auditDeviceText(t, entry.device, device)}</Table.Td>
                <Table.Td>{entry.seq}</Table.Td>
                <Table.Td>{formatDateTime(localWallClock(entry.at))}</Table.Td>
                <Table.Td data-testid="audit-actor">{auditActorText(t, entry.actor, operators)}</Table.Td>
                <Table.Td data-testid="audit-action">{auditActionText(t, entry.action)}</Table.Td>
                <Table.Td>{auditRecordText(t, entry, operators)}</Table.Td>
                {/* A file name is one long word: it breaks anywhere rather than push the table past its card. */}
                <Table.Td data-testid="audit-details" style={{ overflowWrap: 'anywhere', minWidth: 200 }}>
                  {auditDetailsText(t, entry.action, entry.details, true)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Paper>
  );
}
