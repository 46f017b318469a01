import { Button, Chip, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconFileImport, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { memo, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import type { PersonId } from '@shared/model/ids';
import type { Person } from '@shared/model/records';
import { fullName } from '@shared/people/search';
import { formatNumber } from '@shared/text/number-format';
import { formatPhone } from '@shared/text/phone';
import { PersonFormModal } from '@/components/PersonFormModal';
import { VirtualRows } from '@/components/VirtualRows';
import classes from '@/components/virtual-rows.module.css';
import {
  useCan,
  useLivePeopleCount,
  usePeopleFirstPage,
  usePeopleIds,
  usePeopleOnDemand,
  usePeopleSearch,
  usePeopleWithoutIin,
} from '@/db/hooks';
import { ImportWizard } from '@/features/import/ImportWizard';
import { PersonDrawer } from '@/features/people/PersonDrawer';
import { ExportModal } from './ExportModal';

const COLUMNS = 'minmax(240px, 2fr) 130px 110px 160px';
const NO_IDS: PersonId[] = [];

/** The list on its own, so that fetching rows while scrolling re-renders only the list. */
const PeopleList = memo(function PeopleList({
  ids,
  count,
  seed,
  onOpen,
}: Readonly<{
  ids: readonly PersonId[];
  count: number;
  seed: ReadonlyMap<string, Person>;
  onOpen: (id: PersonId) => void;
}>) {
  const { t } = useTranslation();
  const { rows, load } = usePeopleOnDemand(ids);
  return (
    <VirtualRows
      testId="people-list"
      count={count}
      rowHeight={36}
      height="calc(100vh - var(--app-shell-header-height, 56px) - 274px)"
      onRangeChange={load}
      header={
        <div className={`${classes.row} ${classes.header}`} style={{ gridTemplateColumns: COLUMNS }}>
          <span>{t('registry.people.colName')}</span>
          <span>{t('registry.people.colIin')}</span>
          <span>{t('registry.people.colBirthDate')}</span>
          <span>{t('registry.people.colPhone')}</span>
        </div>
      }
      renderRow={(index) => {
        const id = ids[index];
        const person = id ? (rows.get(id) ?? seed.get(id)) : undefined;
        return (
          <div
            className={`${classes.row} ${classes.clickable}`}
            style={{ gridTemplateColumns: COLUMNS }}
            onClick={() => id && onOpen(id)}
            data-testid="person-row"
          >
            <span>{person ? fullName(person) : '…'}</span>
            <span style={{ fontFamily: 'monospace' }}>{person?.iin ?? ''}</span>
            <span>{formatDate(person?.birthDate)}</span>
            <span>{formatPhone(person?.phone)}</span>
          </div>
        );
      }}
    />
  );
});

export function PeopleTab() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 100);
  const firstPage = usePeopleFirstPage();
  const total = useLivePeopleCount();
  // The whole order is read only once the first page is on screen: IndexedDB answers one request
  // at a time, and half a second of reading keys must not stand in front of the first rows.
  const [wantAll, setWantAll] = useState(false);
  useEffect(() => {
    if (!firstPage || wantAll) return undefined;
    const timer = setTimeout(() => setWantAll(true), 50);
    return () => clearTimeout(timer);
  }, [firstPage, wantAll]);
  const ids = usePeopleIds(wantAll);
  const seed = useMemo(() => new Map((firstPage ?? []).map((person) => [person.id, person])), [firstPage]);
  const found = usePeopleSearch(debounced);
  const searching = debounced.trim().length > 0;
  // People an import or the form left without an IIN, for the office to complete.
  const [withoutIin, setWithoutIin] = useState(false);
  const withoutIinIds = usePeopleWithoutIin(withoutIin && !searching);
  // The first hundred are on screen before the whole order (half a second at 100,000) is read.
  const listIds = useMemo(
    () =>
      searching
        ? (found ?? []).filter((person) => !withoutIin || !person.iin).map((person) => person.id)
        : withoutIin
          ? (withoutIinIds ?? NO_IDS)
          : (ids ?? firstPage?.map((person) => person.id) ?? NO_IDS),
    [searching, found, withoutIin, withoutIinIds, ids, firstPage],
  );
  const count = searching || withoutIin || ids ? listIds.length : (total ?? listIds.length);
  const [openId, setOpenId] = useState<PersonId | null>(null);
  const [dialog, setDialog] = useState<'add' | 'import' | 'export' | null>(null);
  const canEdit = useCan('edit');
  const canImport = useCan('import');
  const canExport = useCan('export');

  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <TextInput
            leftSection={<IconSearch size={16} />}
            placeholder={t('registry.people.searchPlaceholder')}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            w={420}
            data-testid="people-search"
          />
          <Chip checked={withoutIin} onChange={setWithoutIin} variant="outline" data-testid="people-without-iin">
            {t('registry.people.withoutIin')}
          </Chip>
        </Group>
        <Group>
          {canImport && (
            <Button
              variant="default"
              leftSection={<IconFileImport size={16} />}
              onClick={() => setDialog('import')}
              data-testid="import-people"
            >
              {t('registry.importMembers')}
            </Button>
          )}
          {canExport && (
            <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => setDialog('export')}>
              {t('registry.exportAllMembers')}
            </Button>
          )}
          {canEdit && (
            <Button leftSection={<IconUserPlus size={16} />} onClick={() => setDialog('add')} data-testid="add-person">
              {t('registry.people.add')}
            </Button>
          )}
        </Group>
      </Group>
      <Text size="sm" c="dimmed" data-testid="people-count">
        {searching
          ? t('registry.people.found', { n: formatNumber(count) })
          : withoutIin
            ? t('registry.people.withoutIinCount', { n: formatNumber(count) })
            : total === undefined && !ids
              ? '…'
              : t('registry.people.count', { n: formatNumber(count) })}
      </Text>
      <PeopleList ids={listIds} count={count} seed={seed} onOpen={setOpenId} />
      <PersonDrawer personId={openId} onClose={() => setOpenId(null)} />
      {dialog === 'add' && (
        <PersonFormModal
          person={null}
          onClose={(id) => {
            setDialog(null);
            if (id) setOpenId(id);
          }}
        />
      )}
      {dialog === 'import' && <ImportWizard register="members" onClose={() => setDialog(null)} />}
      {dialog === 'export' && <ExportModal kind="members" onClose={() => setDialog(null)} />}
    </Stack>
  );
}
