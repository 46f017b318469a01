import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconExternalLink, IconFileSpreadsheet, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { periodOf, type Period } from '@shared/events/period';
import {
  outletTypes,
  publicationLanguages,
  type OutletType,
  type Publication,
  type PublicationLanguage,
} from '@shared/model/records';
import { countPublications } from '@shared/publications/counts';
import { filterPublications, type PublicationFilter } from '@shared/publications/filter';
import { allowedExternalUrl } from '@shared/security/external-link';
import { PeriodPicker } from '@/components/PeriodPicker';
import { VirtualRows } from '@/components/VirtualRows';
import { useCan, usePublicationsInPeriod } from '@/db/hooks';
import { desktop } from '@/desktop';
import { useToday } from '@/lib/use-today';
import { PublicationFormModal } from './PublicationFormModal';
import { PublicationsExportModal } from './PublicationsExportModal';

const ROW_HEIGHT = 42;
const COLUMNS = '90px 120px 1fr 1.6fr 130px 100px 36px';

const cell = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

function Header() {
  const { t } = useTranslation();
  return (
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
      <span>{t('publications.fields.date')}</span>
      <span>{t('publications.fields.outletType')}</span>
      <span>{t('publications.fields.outletName')}</span>
      <span>{t('publications.fields.title')}</span>
      <span>{t('publications.fields.language')}</span>
      <span style={{ textAlign: 'right' }}>{t('publications.fields.reach')}</span>
      <span />
    </div>
  );
}

function Row({ publication, onOpen }: Readonly<{ publication: Publication; onOpen: () => void }>) {
  const { t } = useTranslation();
  const link = publication.url ? allowedExternalUrl(publication.url) : null;
  return (
    <div
      role="button"
      tabIndex={0}
      onClick={onOpen}
      onKeyDown={(event) => event.key === 'Enter' && onOpen()}
      data-testid="publication-row"
      style={{
        display: 'grid',
        gridTemplateColumns: COLUMNS,
        gap: 8,
        alignItems: 'center',
        height: ROW_HEIGHT,
        padding: '0 12px',
        fontSize: 14,
        cursor: 'pointer',
        borderBottom: '1px solid var(--mantine-color-gray-2)',
      }}
    >
      <span>{formatDate(publication.date)}</span>
      <span style={cell}>{t(`publications.outletTypes.${publication.outletType}`)}</span>
      <span style={cell}>{publication.outletName}</span>
      <span style={cell}>{publication.title}</span>
      <span style={cell}>{t(`publications.languages.${publication.language}`)}</span>
      <span style={{ textAlign: 'right' }}>{publication.reach?.toLocaleString('ru-RU') ?? ''}</span>
      <span>
        {link && (
          <ActionIcon
            variant="subtle"
            aria-label={t('publications.openLink')}
            onClick={(event) => {
              event.stopPropagation();
              void desktop.openExternal(link).then((opened) => {
                if (!opened) notifications.show({ color: 'orange', message: t('publications.linkRefused') });
              });
            }}
          >
            <IconExternalLink size={16} />
          </ActionIcon>
        )}
      </span>
    </div>
  );
}

/**
 * The log of publications about the office's work: filtered by period, outlet type, language and
 * a part of the outlet or title, counted with their reach, saved to Excel.
 */
export function PublicationsPage() {
  const { t } = useTranslation();
  const canEdit = useCan('edit');
  const day = useToday();
  const [period, setPeriod] = useState<Period>(() => periodOf('quarter', day));
  const [filter, setFilter] = useState<PublicationFilter>({});
  // undefined: no form open; null: a new publication.
  const [opened, setOpened] = useState<Publication | null | undefined>(undefined);
  const [exporting, setExporting] = useState(false);
  const publications = usePublicationsInPeriod(period);
  const shown = useMemo(() => filterPublications(publications ?? [], filter), [publications, filter]);
  const counts = useMemo(() => countPublications(shown, period), [shown, period]);

  return (
    <Stack data-testid="publications-page">
      <Group justify="space-between">
        <Title order={2}>{t('nav.publications')}</Title>
        <Group>
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
            onClick={() => setExporting(true)}
            data-testid="publications-export"
          >
            {t('publications.export')}
          </Button>
          {canEdit && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setOpened(null)} data-testid="publication-new">
              {t('publications.add')}
            </Button>
          )}
        </Group>
      </Group>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group align="flex-end">
            <PeriodPicker period={period} onChange={setPeriod} testId="publications" />
            <Select
              label={t('publications.fields.outletType')}
              placeholder={t('publications.allOutletTypes')}
              clearable
              w={210}
              data={outletTypes.map((value) => ({ value, label: t(`publications.outletTypes.${value}`) }))}
              value={filter.outletType ?? null}
              onChange={(value) =>
                setFilter((current) => ({ ...current, outletType: (value as OutletType) || undefined }))
              }
              data-testid="publications-outlet-type"
            />
            <Select
              label={t('publications.fields.language')}
              placeholder={t('publications.allLanguages')}
              clearable
              w={190}
              data={publicationLanguages.map((value) => ({ value, label: t(`publications.languages.${value}`) }))}
              value={filter.language ?? null}
              onChange={(value) =>
                setFilter((current) => ({ ...current, language: (value as PublicationLanguage) || undefined }))
              }
              data-testid="publications-language"
            />
            <TextInput
              label={t('common.search')}
              placeholder={t('publications.search')}
              leftSection={<IconSearch size={16} />}
              w={260}
              value={filter.text ?? ''}
              onChange={(event) => {
                const text = event.currentTarget.value;
                setFilter((current) => ({ ...current, text }));
              }}
              data-testid="publications-search"
            />
          </Group>
          <Text size="sm" data-testid="publications-summary">
            {t('publications.summary', { count: counts.count, reach: counts.reach.toLocaleString('ru-RU') })}
          </Text>
          {publications && shown.length === 0 ? (
            <Text c="dimmed">{publications.length === 0 ? t('publications.empty') : t('publications.noMatch')}</Text>
          ) : (
            <VirtualRows
              count={shown.length}
              rowHeight={ROW_HEIGHT}
              height="calc(100vh - var(--app-shell-header-height, 56px) - 300px)"
              header={<Header />}
              renderRow={(index) => {
                const publication = shown[index];
                return publication ? <Row publication={publication} onOpen={() => setOpened(publication)} /> : null;
              }}
              testId="publications-list"
            />
          )}
        </Stack>
      </Paper>
      {opened !== undefined && <PublicationFormModal publication={opened} onClose={() => setOpened(undefined)} />}
      {exporting && <PublicationsExportModal initialPeriod={period} onClose={() => setExporting(false)} />}
    </Stack>
  );
}
