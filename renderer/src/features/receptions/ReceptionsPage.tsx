import { Badge, Button, Checkbox, Group, Paper, SegmentedControl, Stack, Tabs, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconDownload, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useRoute } from 'wouter';
import { formatDate } from '@shared/dates/format';
import { daysBetween } from '@shared/dates/iso';
import { periodOf, type Period } from '@shared/events/period';
import type { PersonId, ReceptionId } from '@shared/model/ids';
import type { Person, Reception } from '@shared/model/records';
import { fullName } from '@shared/people/search';
import { riskFromReception, type RiskDraft } from '@shared/monitoring/risks';
import { controlState } from '@shared/receptions/control';
import { groupJournal, journalGroupings, type JournalGrouping } from '@shared/receptions/journal';
import { DateField } from '@/components/DateField';
import { VirtualRows } from '@/components/VirtualRows';
import { getReception, recordConfidentialView } from '@/db';
import {
  useCan,
  useDirectory,
  useOpenControlItems,
  usePeopleByIds,
  useReceptionsInPeriod,
  useVisits,
  useWorkingGroups,
} from '@/db/hooks';
import { ImportWizard } from '@/features/import/ImportWizard';
import { useDistrictOf } from '@/features/events/use-district-of';
import { useLanguage } from '@/i18n/use-language';
import { useToday } from '@/lib/use-today';
import { ControlItemModal, ControlStateBadge } from './ControlItemModal';
import { ReceptionFormModal } from './ReceptionFormModal';
import { RiskFormModal } from '@/features/monitoring/RiskFormModal';
import { ReceptionsExportModal } from './ReceptionsExportModal';

const ROW_HEIGHT = 38;
const COLUMNS = '90px 1.3fr 1fr 1.2fr 1fr 110px';

type Opened =
  | { kind: 'form'; reception: Reception | null }
  | { kind: 'control'; id: ReceptionId }
  | { kind: 'risk'; draft: RiskDraft }
  | null;

/** Names of the citizens and officials on screen, read once for the whole list. */
function usePeopleNames(receptions: readonly Reception[] | undefined): ReadonlyMap<string, Person> {
  const ids = useMemo(() => {
    const set = new Set<PersonId>();
    for (const reception of receptions ?? []) {
      if (reception.citizenId) set.add(reception.citizenId);
      if (reception.officialId) set.add(reception.officialId);
    }
    return [...set].sort();
  }, [receptions]);
  const people = usePeopleByIds(ids);
  return useMemo(() => new Map((people ?? []).map((person) => [person.id, person])), [people]);
}

/**
 * The reception journal for a period, grouped the way the user asks, and the list of what is under
 * control with the overdue items first. Confidential receptions stay hidden unless the user with
 * the right to see them chooses to show them; each one opened is written to the audit log.
 */
export function ReceptionsPage() {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  const canEdit = useCan('edit');
  const canImport = useCan('import');
  const canExport = useCan('export');
  const canSeeConfidential = useCan('view-confidential');
  const [, navigate] = useLocation();
  const [, params] = useRoute<{ tab: string }>('/receptions/:tab');
  const tab = params?.tab === 'control' ? 'control' : 'journal';
  const day = useToday();
  const [period, setPeriod] = useState<Period>(() => periodOf('month', day));
  const [grouping, setGrouping] = useState<JournalGrouping>('date');
  const [showConfidential, setShowConfidential] = useState(false);
  const [opened, setOpened] = useState<Opened>(null);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const includeConfidential = canSeeConfidential && showConfidential;

  const journal = useReceptionsInPeriod(period, includeConfidential);
  const receptions = journal?.rows;
  const hidden = journal?.hidden ?? 0;
  const controlItems = useOpenControlItems(day, includeConfidential)?.rows;
  const topics = useDirectory('reception_topic');
  const visits = useVisits();
  const groups = useWorkingGroups();
  const { places } = useDistrictOf();
  const people = usePeopleNames(
    useMemo(() => [...(receptions ?? []), ...(controlItems ?? [])], [receptions, controlItems]),
  );

  const topicName = useMemo(
    () => new Map((topics ?? []).map((item) => [item.code, localName(item)])),
    [topics, localName],
  );
  const placeName = useMemo(
    () => new Map<string, string>(places.map((place) => [place.id, localName(place)])),
    [places, localName],
  );
  const visitName = useMemo(() => {
    const groupName = new Map((groups ?? []).map((group) => [group.id, group.name]));
    return new Map<string, string>(
      (visits ?? []).map((visit) => [
        visit.id,
        `${groupName.get(visit.workingGroupId) ?? ''} · ${placeName.get(visit.placeId) ?? ''} · ${formatDate(visit.start)}`,
      ]),
    );
  }, [visits, groups, placeName]);
  const personName = (id: string | undefined) => {
    const person = id ? people.get(id) : undefined;
    return person ? fullName(person) : '';
  };

  const groupLabel = (key: string): string => {
    if (!key) return t('receptions.noGroup');
    if (grouping === 'date') return formatDate(key);
    if (grouping === 'official') return personName(key) || '…';
    if (grouping === 'visit') return visitName.get(key) ?? '…';
    if (grouping === 'topic') return topicName.get(key) ?? key;
    return t(`enums.receptionOutcome.${key as Reception['outcome']}`);
  };

  const rows = useMemo(() => {
    const flat: ({ kind: 'group'; key: string; count: number } | { kind: 'row'; reception: Reception })[] = [];
    for (const group of groupJournal(receptions ?? [], grouping)) {
      flat.push({ kind: 'group', key: group.key, count: group.items.length });
      for (const reception of group.items) flat.push({ kind: 'row', reception });
    }
    return flat;
  }, [receptions, grouping]);

  const open = (reception: Reception) => {
    if (reception.confidential) void recordConfidentialView(reception.id);
    setOpened(reception.control ? { kind: 'control', id: reception.id } : { kind: 'form', reception });
  };

  // Alt+N types nothing, so it works from any field; it never replaces a form already open.
  useHotkeys(
    [
      [
        'alt+N',
        () => canEdit && setOpened((current) => current ?? { kind: 'form', reception: null }),
        { usePhysicalKeys: true },
      ],
    ],
    [],
  );

  const outcomeColor = { explained: 'gray', helped: 'teal', control: 'blue', referred: 'grape', declined: 'orange' };

  const renderRow = (index: number) => {
    const row = rows[index];
    if (!row) return null;
    if (row.kind === 'group')
      return (
        <Group
          h={ROW_HEIGHT}
          px="sm"
          bg="gray.1"
          justify="space-between"
          wrap="nowrap"
          data-testid="journal-group"
          style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Text size="sm" fw={600} truncate="end">
            {groupLabel(row.key)}
          </Text>
          <Badge variant="light" color="gray">
            {row.count}
          </Badge>
        </Group>
      );
    const { reception } = row;
    const state = controlState(reception, day);
    return (
      <div
        role="button"
        tabIndex={0}
        data-testid="journal-row"
        onClick={() => open(reception)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') open(reception);
        }}
        style={{
          display: 'grid',
          gridTemplateColumns: COLUMNS,
          alignItems: 'center',
          gap: 8,
          height: ROW_HEIGHT,
          padding: '0 12px',
          cursor: 'pointer',
          borderBottom: '1px solid var(--mantine-color-gray-2)',
        }}
      >
        <Text size="sm">{formatDate(reception.date)}</Text>
        <Text size="sm" truncate="end">
          {personName(reception.citizenId)}
          {reception.confidential && (
            <Badge ml={6} size="xs" color="dark" variant="outline">
              🔒
            </Badge>
          )}
        </Text>
        <Text size="sm" truncate="end">
          {placeName.get(reception.placeId ?? '') ?? ''}
        </Text>
        <Text size="sm" truncate="end">
          {topicName.get(reception.topicCode) ?? reception.topicCode}
        </Text>
        <Text size="sm" truncate="end">
          {personName(reception.officialId)}
        </Text>
        {state === 'none' ? (
          <Badge size="sm" variant="light" color={outcomeColor[reception.outcome]}>
            {t(`enums.receptionOutcome.${reception.outcome}`)}
          </Badge>
        ) : (
          <ControlStateBadge state={state} />
        )}
      </div>
    );
  };

  const header = (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: COLUMNS,
        gap: 8,
        padding: '8px 12px',
        borderBottom: '1px solid var(--mantine-color-gray-3)',
        fontWeight: 600,
        fontSize: 14,
      }}
    >
      <span>{t('receptions.columns.date')}</span>
      <span>{t('receptions.columns.citizen')}</span>
      <span>{t('receptions.columns.place')}</span>
      <span>{t('receptions.columns.topic')}</span>
      <span>{t('receptions.columns.official')}</span>
      <span>{t('receptions.columns.outcome')}</span>
    </div>
  );

  return (
    <Stack data-testid="receptions-page">
      <Group justify="space-between">
        <Title order={2}>{t('receptions.title')}</Title>
        <Group>
          {canImport && (
            <Button
              variant="default"
              leftSection={<IconFileImport size={16} />}
              onClick={() => setImporting(true)}
              data-testid="receptions-import"
            >
              {t('receptions.import')}
            </Button>
          )}
          {canExport && (
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              onClick={() => setExporting(true)}
              data-testid="receptions-export"
            >
              {t('receptions.export')}
            </Button>
          )}
          {canEdit && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setOpened({ kind: 'form', reception: null })}
              data-testid="reception-new"
            >
              {t('receptions.newReception')}{' '}
              <Text span size="xs" ml={6} opacity={0.7}>
                Alt+N
              </Text>
            </Button>
          )}
        </Group>
      </Group>

      <Tabs value={tab} onChange={(next) => navigate(`/receptions/${next ?? 'journal'}`)}>
        <Tabs.List>
          <Tabs.Tab value="journal" data-testid="receptions-tab-journal">
            {t('receptions.tabs.journal')}
          </Tabs.Tab>
          <Tabs.Tab
            value="control"
            data-testid="receptions-tab-control"
            rightSection={
              controlItems && controlItems.length > 0 ? (
                <Badge size="sm" variant="light">
                  {controlItems.length}
                </Badge>
              ) : undefined
            }
          >
            {t('receptions.tabs.control')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>

      {canSeeConfidential && (
        <Checkbox
          label={t('receptions.includeConfidential')}
          checked={showConfidential}
          onChange={(event) => setShowConfidential(event.currentTarget.checked)}
          data-testid="receptions-confidential"
        />
      )}

      {tab === 'journal' ? (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Group align="flex-end" justify="space-between">
              <Group align="flex-end">
                <DateField
                  label={t('receptions.from')}
                  value={period.from}
                  onChange={(from) => from && setPeriod((current) => ({ ...current, from }))}
                  data-testid="journal-from"
                  w={150}
                />
                <DateField
                  label={t('receptions.to')}
                  value={period.to}
                  onChange={(to) => to && setPeriod((current) => ({ ...current, to }))}
                  data-testid="journal-to"
                  w={150}
                />
                <Stack gap={2}>
                  <Text size="sm" fw={500}>
                    {t('receptions.groupBy')}
                  </Text>
                  <SegmentedControl
                    value={grouping}
                    onChange={(next) => setGrouping(next as JournalGrouping)}
                    data-testid="journal-grouping"
                    data={journalGroupings.map((value) => ({ value, label: t(`receptions.groups.${value}`) }))}
                  />
                </Stack>
              </Group>
              <Stack gap={0} align="flex-end">
                <Text size="sm" data-testid="journal-count">
                  {t('receptions.count', { count: receptions?.length ?? 0 })}
                </Text>
                {hidden > 0 && (
                  <Text size="xs" c="dimmed" data-testid="journal-hidden">
                    {t('receptions.confidentialHidden', { count: hidden })}
                  </Text>
                )}
              </Stack>
            </Group>
            {receptions && receptions.length === 0 ? (
              <Text c="dimmed">{t('receptions.empty')}</Text>
            ) : (
              <VirtualRows
                count={rows.length}
                rowHeight={ROW_HEIGHT}
                height="calc(100vh - 380px)"
                header={header}
                renderRow={renderRow}
                testId="journal"
              />
            )}
          </Stack>
        </Paper>
      ) : (
        <Paper withBorder p="md" data-testid="control-list">
          {controlItems && controlItems.length === 0 ? (
            <Text c="dimmed">{t('receptions.control.empty')}</Text>
          ) : (
            <Stack gap={0}>
              {(controlItems ?? []).map((reception) => {
                const state = controlState(reception, day);
                const left = daysBetween(day, reception.control?.deadline ?? day);
                return (
                  <Group
                    key={reception.id}
                    justify="space-between"
                    wrap="nowrap"
                    py={8}
                    px="xs"
                    role="button"
                    tabIndex={0}
                    data-testid="control-row"
                    data-state={state}
                    onClick={() => open(reception)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') open(reception);
                    }}
                    style={{ cursor: 'pointer', borderBottom: '1px solid var(--mantine-color-gray-2)' }}
                  >
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Text size="sm" fw={500} truncate="end">
                        {personName(reception.citizenId)} · {topicName.get(reception.topicCode) ?? ''}
                      </Text>
                      <Text size="xs" c="dimmed" truncate="end">
                        {formatDate(reception.date)} · {reception.control?.responsibleBody}
                        {reception.summary ? ` · ${reception.summary}` : ''}
                      </Text>
                    </Stack>
                    <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
                      <Stack gap={0} align="flex-end" style={{ whiteSpace: 'nowrap' }}>
                        <Text size="sm">{formatDate(reception.control?.deadline)}</Text>
                        <Text size="xs" c={state === 'overdue' ? 'red' : 'dimmed'}>
                          {state === 'overdue'
                            ? t('receptions.control.daysOver', { count: -left })
                            : t('receptions.control.daysLeft', { count: left })}
                        </Text>
                      </Stack>
                      <ControlStateBadge state={state} />
                    </Group>
                  </Group>
                );
              })}
            </Stack>
          )}
        </Paper>
      )}

      {opened?.kind === 'form' && (
        <ReceptionFormModal
          reception={opened.reception}
          onClose={() => setOpened(null)}
          onOpenRisk={(reception) => setOpened({ kind: 'risk', draft: riskFromReception(reception, day) ?? {} })}
        />
      )}
      {opened?.kind === 'risk' && (
        <RiskFormModal
          risk={null}
          draft={opened.draft}
          onClose={(saved) => {
            setOpened(null);
            if (saved) navigate('/monitoring/risks');
          }}
        />
      )}
      {opened?.kind === 'control' && (
        <ControlItemModal
          id={opened.id}
          onClose={() => setOpened(null)}
          onEdit={() => {
            void getReception(opened.id).then((found) => found && setOpened({ kind: 'form', reception: found }));
          }}
        />
      )}
      {importing && <ImportWizard register="receptions" onClose={() => setImporting(false)} />}
      {exporting && <ReceptionsExportModal onClose={() => setExporting(false)} />}
    </Stack>
  );
}
