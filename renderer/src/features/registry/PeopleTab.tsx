import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconFileImport, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import type { PersonId } from '@shared/model/ids';
import type { Person } from '@shared/model/records';
import { fullName } from '@shared/people/search';
import { formatNumber } from '@shared/text/number-format';
import { formatPhone } from '@shared/text/phone';
import { VirtualRows } from '@/components/VirtualRows';
import classes from '@/components/virtual-rows.module.css';
import { db } from '@/db';
import { usePeopleIds, usePeopleSearch } from '@/db/hooks';
import { peopleByIds } from '@/db/repositories/people';
import { ImportWizard } from '@/features/import/ImportWizard';
import { PersonDrawer } from '@/features/people/PersonDrawer';
import { ExportModal } from './ExportModal';
import { PersonFormModal } from './PersonFormModal';

const COLUMNS = 'minmax(240px, 2fr) 130px 110px 160px';
const PAGE = 100;

/**
 * Rows of a long list fetched as they scroll into view: the list holds ids only, so 100,000
 * people open at once and scroll without loading every record.
 */
function useRowsOnDemand(ids: readonly PersonId[]) {
  // The cache belongs to one version of the id list: any change to people gives a new list and an empty cache.
  const [cache, setCache] = useState<{ ids: readonly PersonId[]; rows: Map<string, Person> }>({ ids, rows: new Map() });
  const rows = cache.ids === ids ? cache.rows : EMPTY;
  const load = useCallback(
    (start: number, end: number) => {
      const wanted = ids.slice(Math.max(0, start - PAGE / 2), end + PAGE).filter((id) => !rows.has(id));
      if (wanted.length === 0) return;
      void peopleByIds(db, wanted).then((people) =>
        setCache((current) => {
          const next = new Map(current.ids === ids ? current.rows : EMPTY);
          for (const person of people) next.set(person.id, person);
          return { ids, rows: next };
        }),
      );
    },
    [ids, rows],
  );
  useEffect(() => load(0, 40), [load]);
  return { rows, load };
}

const EMPTY: Map<string, Person> = new Map();

export function PeopleTab() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 100);
  const ids = usePeopleIds();
  const found = usePeopleSearch(debounced);
  const searching = debounced.trim().length > 0;
  const listIds = searching ? (found ?? []).map((person) => person.id) : (ids ?? []);
  const { rows, load } = useRowsOnDemand(listIds);
  const [openId, setOpenId] = useState<PersonId | null>(null);
  const [dialog, setDialog] = useState<'add' | 'import' | 'export' | null>(null);

  return (
    <Stack>
      <Group justify="space-between">
        <TextInput
          leftSection={<IconSearch size={16} />}
          placeholder={t('registry.people.searchPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          w={420}
          data-testid="people-search"
        />
        <Group>
          <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setDialog('import')}>
            {t('registry.importMembers')}
          </Button>
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => setDialog('export')}>
            {t('registry.exportAllMembers')}
          </Button>
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setDialog('add')} data-testid="add-person">
            {t('registry.people.add')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" data-testid="people-count">
        {searching
          ? t('registry.people.found', { n: formatNumber(listIds.length) })
          : t('registry.people.count', { n: formatNumber(listIds.length) })}
      </Text>
      <VirtualRows
        testId="people-list"
        count={listIds.length}
        rowHeight={36}
        height="calc(100vh - 330px)"
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
          const id = listIds[index];
          const person = id ? rows.get(id) : undefined;
          return (
            <div
              className={`${classes.row} ${classes.clickable}`}
              style={{ gridTemplateColumns: COLUMNS }}
              onClick={() => id && setOpenId(id)}
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
