import { Alert, Badge, Button, Group, Radio, ScrollArea, Stack, Switch, Table, Text } from '@mantine/core';
import { IconArrowMerge, IconCheck, IconGitMerge } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldsOf } from '@shared/sync/settle';
import type { Settlement } from '@shared/sync/settle';
import type { ConflictView } from '@/db';
import { fieldLabel, inFormOrder, valueText, versionMadeBy, type ConflictLookups } from './conflict-text';

/**
 * One record's versions side by side, the fields they disagree on highlighted, with the editor's
 * choices: keep a version whole, confirm the one shown, or take each differing field from the
 * version chosen in its row. A confidential part this session cannot open shows as such and cannot
 * be merged field by field.
 */
export function ConflictVersions({
  view,
  lookups,
  canSettle,
  onSettle,
}: Readonly<{
  view: ConflictView;
  lookups: ConflictLookups;
  canSettle: boolean;
  onSettle: (settlement: Settlement) => void;
}>) {
  const { t } = useTranslation();
  const [onlyDiffering, setOnlyDiffering] = useState(true);
  const shown = view.versions.find((version) => version.shown);
  const [picks, setPicks] = useState<Record<string, string>>({});
  const differing = useMemo(() => new Set(view.differing), [view.differing]);
  const fields = useMemo(() => {
    const all = inFormOrder(view.table, fieldsOf(view.versions.map((version) => version.content)));
    return onlyDiffering ? all.filter((field) => differing.has(field)) : all;
  }, [view.table, view.versions, onlyDiffering, differing]);
  const mergeable = canSettle && !view.versions.some((version) => version.closed);
  const picked = Object.entries(picks).filter(([, rev]) => rev !== shown?.rev);

  return (
    <Stack gap="sm">
      {canSettle && view.mergedPerson && view.mergedPerson.edited.length > 0 && (
        <Alert color="orange" title={t('syncConflicts.mergedPersonTitle')} data-testid="conflict-merged-person">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {t('syncConflicts.mergedPersonText', {
                fields: view.mergedPerson.edited.map((field) => fieldLabel(t, view.table, field)).join(', '),
                name: view.mergedPerson.intoName ?? view.mergedPerson.into.slice(0, 8),
              })}
            </Text>
            <Button
              color="orange"
              leftSection={<IconGitMerge size={16} />}
              onClick={() => onSettle({ kind: 'merged-person' })}
              data-testid="conflict-apply-to-merged"
            >
              {t('syncConflicts.applyToMerged', {
                name: view.mergedPerson.intoName ?? view.mergedPerson.into.slice(0, 8),
              })}
            </Button>
          </Stack>
        </Alert>
      )}
      <Switch
        checked={onlyDiffering}
        onChange={(event) => setOnlyDiffering(event.currentTarget.checked)}
        label={t('syncConflicts.onlyDiffering')}
        data-testid="conflict-only-differing"
      />
      <ScrollArea>
        <Table withTableBorder withColumnBorders layout="fixed" miw={360 + 280 * view.versions.length}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={220}>{t('syncConflicts.field')}</Table.Th>
              {view.versions.map((version) => (
                <Table.Th key={version.rev} data-testid="conflict-version">
                  <Stack gap={4}>
                    <Group gap="xs">
                      <Badge color={version.shown ? 'teal' : 'gray'} variant="light">
                        {version.shown ? t('syncConflicts.shownNow') : t('syncConflicts.otherVersion')}
                      </Badge>
                      {version.mergedInto ? (
                        <Badge color="orange" variant="light" style={{ textTransform: 'none' }}>
                          {t('syncConflicts.mergedInto', {
                            name: view.mergedPerson?.intoName ?? version.mergedInto.slice(0, 8),
                          })}
                        </Badge>
                      ) : version.deleted ? (
                        <Badge color="red" variant="light">
                          {t('syncConflicts.deleted')}
                        </Badge>
                      ) : null}
                    </Group>
                    <Text size="xs" c="dimmed" fw={400}>
                      {versionMadeBy(t, version)}
                    </Text>
                    {canSettle && (
                      <Button
                        size="xs"
                        variant={version.shown ? 'filled' : 'light'}
                        leftSection={<IconCheck size={14} />}
                        onClick={() =>
                          onSettle(version.shown ? { kind: 'confirm' } : { kind: 'version', rev: version.rev })
                        }
                        data-testid={version.shown ? 'conflict-confirm' : 'conflict-keep'}
                      >
                        {version.shown ? t('syncConflicts.confirmShown') : t('syncConflicts.keepThis')}
                      </Button>
                    )}
                  </Stack>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((field) => {
              const differs = differing.has(field) && field !== 'sealed';
              return (
                <Table.Tr
                  key={field}
                  data-testid="conflict-field"
                  data-differs={differs || undefined}
                  bg={differs ? 'var(--mantine-color-yellow-light)' : undefined}
                >
                  <Table.Td fw={differs ? 600 : 400}>{fieldLabel(t, view.table, field)}</Table.Td>
                  {view.versions.map((version) => {
                    const value = valueText(t, field, version.content[field], lookups);
                    return (
                      <Table.Td key={version.rev} style={{ overflowWrap: 'anywhere' }}>
                        {mergeable && differs ? (
                          <Radio
                            name={`pick-${field}`}
                            checked={(picks[field] ?? shown?.rev) === version.rev}
                            onChange={() => setPicks((current) => ({ ...current, [field]: version.rev }))}
                            label={value}
                            data-testid="conflict-pick"
                          />
                        ) : (
                          value
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {mergeable && view.differing.length > 0 && (
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('syncConflicts.mergeHint')}
          </Text>
          <Button
            leftSection={<IconArrowMerge size={16} />}
            disabled={picked.length === 0}
            onClick={() => onSettle({ kind: 'merge', fields: Object.fromEntries(picked) })}
            data-testid="conflict-merge"
          >
            {t('syncConflicts.merge')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
