import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settlement } from '@shared/sync/settle';
import { useSafeAction } from '@/components/use-safe-action';
import { settleSyncConflict, type ConflictView } from '@/db';
import { useCan, useSyncConflicts } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';
import { showLocalizedNotification } from '@/lib/localized-notification';
import { ConflictVersions } from './ConflictVersions';
import { kindText, recordTitle, versionMadeBy, type ConflictLookups } from './conflict-text';
import { useConflictLookups } from './use-conflict-lookups';

/**
 * The records two or more PCs of the office changed without seeing each other. Every PC shows the
 * version changed last and keeps the others; here an editor looks at them side by side and keeps
 * one, merges them or confirms the one shown. Everyone may look; editors decide.
 */
export function ConflictsPage() {
  const { t } = useTranslation();
  const conflicts = useSyncConflicts();
  const lookups = useConflictLookups();
  const canSettle = useCan('edit');
  const run = useSafeAction();
  const [openId, setOpenId] = useState<string | null>(null);
  const open = conflicts?.rows.find((row) => row.id === openId);

  const settle = (view: ConflictView, settlement: Settlement) =>
    run(async () => {
      const outcome = await settleSyncConflict(view.id, settlement);
      if (outcome.ok) {
        setOpenId(null);
        showLocalizedNotification({ color: 'teal', message: (tr) => tr('syncConflicts.settled') });
      } else {
        if (outcome.reason === 'gone') setOpenId(null);
        showLocalizedNotification({
          color: 'orange',
          message: (tr) => tr(`syncConflicts.reasons.${outcome.reason}`),
          autoClose: false,
        });
      }
    });

  return (
    <Stack gap="md" data-testid="sync-conflicts">
      <Title order={2}>{t('syncConflicts.title')}</Title>
      <Alert color="blue" icon={<IconInfoCircle size={18} />}>
        {t('syncConflicts.intro')}
      </Alert>
      {!canSettle && (
        <Text size="sm" c="dimmed" data-testid="conflicts-editors-only">
          {t('syncConflicts.editorsOnly')}
        </Text>
      )}
      {open ? (
        <Paper withBorder p="md" data-testid="conflict-detail">
          <Stack gap="sm">
            <Group justify="space-between" wrap="nowrap">
              <ConflictHeading view={open} lookups={lookups} />
              <Button
                variant="default"
                leftSection={<IconArrowLeft size={16} />}
                onClick={() => setOpenId(null)}
                data-testid="conflict-back"
              >
                {t('syncConflicts.back')}
              </Button>
            </Group>
            <ConflictVersions
              key={open.id}
              view={open}
              lookups={lookups}
              canSettle={canSettle}
              onSettle={(settlement) => settle(open, settlement)}
            />
          </Stack>
        </Paper>
      ) : (
        <ConflictList rows={conflicts?.rows} lookups={lookups} onOpen={setOpenId} />
      )}
      {conflicts && conflicts.hidden > 0 && (
        <Text size="sm" c="dimmed" data-testid="conflicts-hidden">
          {t('syncConflicts.hidden', { count: conflicts.hidden })}
        </Text>
      )}
    </Stack>
  );
}

function ConflictHeading({ view, lookups }: Readonly<{ view: ConflictView; lookups: ConflictLookups }>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const shown = view.versions.find((version) => version.shown);
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {kindText(t, view.table)}
      </Text>
      <Title order={3} data-testid="conflict-title">
        {recordTitle(t, language, view, shown, lookups)}
      </Title>
    </Stack>
  );
}

function ConflictList({
  rows,
  lookups,
  onOpen,
}: Readonly<{ rows: ConflictView[] | undefined; lookups: ConflictLookups; onOpen: (id: string) => void }>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (!rows) return null;
  if (rows.length === 0)
    return (
      <Text c="dimmed" data-testid="conflicts-empty">
        {t('syncConflicts.empty')}
      </Text>
    );
  return (
    <Table striped highlightOnHover data-testid="conflicts-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('syncConflicts.colKind')}</Table.Th>
          <Table.Th>{t('syncConflicts.colRecord')}</Table.Th>
          <Table.Th>{t('syncConflicts.colVersions')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id} data-testid="conflict-row">
            <Table.Td>{kindText(t, row.table)}</Table.Td>
            <Table.Td fw={500}>
              {recordTitle(
                t,
                language,
                row,
                row.versions.find((version) => version.shown),
                lookups,
              )}
            </Table.Td>
            <Table.Td>
              <Stack gap={2}>
                {row.versions.map((version) => (
                  <Text key={version.rev} size="xs" c={version.shown ? undefined : 'dimmed'}>
                    {versionMadeBy(t, version)}
                  </Text>
                ))}
              </Stack>
            </Table.Td>
            <Table.Td ta="right">
              <Button size="xs" variant="light" onClick={() => onOpen(row.id)} data-testid="conflict-open">
                {t('syncConflicts.open')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
