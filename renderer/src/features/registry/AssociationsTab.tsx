import { Button, Group, Select, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { compareText } from '@shared/text/collator';
import { IconDownload, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { associationStatuses, type AssociationStatus } from '@shared/model/records';
import { formatNumber } from '@shared/text/number-format';
import { PlaceSelect } from '@/components/PlaceSelect';
import { useAssociations, useCan, useEthnicGroups, usePlaces } from '@/db/hooks';
import { ImportWizard } from '@/features/import/ImportWizard';
import { useLanguage } from '@/i18n/use-language';
import { AssociationFormModal } from './AssociationFormModal';
import { ExportModal } from './ExportModal';
import { LabelBadge } from '@/components/LabelBadge';

type Sort = 'name' | 'members' | 'founded';

const STATUS_COLOR: Record<AssociationStatus, string> = { active: 'teal', inactive: 'gray', liquidated: 'red' };

/** The registry of associations: filter by place, ethnos and status, sort, open a card. */
export function AssociationsTab() {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  const [, navigate] = useLocation();
  const summaries = useAssociations();
  const groups = useEthnicGroups();
  const places = usePlaces();
  const [placeId, setPlaceId] = useState<string>('');
  const [ethnos, setEthnos] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [sort, setSort] = useState<Sort>('name');
  const [dialog, setDialog] = useState<'add' | 'import' | 'export' | null>(null);
  const canEdit = useCan('edit');
  const canImport = useCan('import');
  const canExport = useCan('export');

  const groupNames = useMemo(
    () => new Map((groups ?? []).map((group) => [group.id, localName(group)])),
    [groups, localName],
  );
  const placeNames = useMemo(
    () => new Map<string, string>((places ?? []).map((place) => [place.id, localName(place)])),
    [places, localName],
  );
  const rows = useMemo(() => {
    const filtered = (summaries ?? []).filter(
      ({ association }) =>
        (!placeId || association.placeId === (placeId as typeof association.placeId)) &&
        (!ethnos || association.ethnicGroupIds.some((id) => id === ethnos)) &&
        (!status || association.status === status),
    );
    const name = (summary: (typeof filtered)[number]) => localName(summary.association);
    return filtered.sort((a, b) =>
      sort === 'members'
        ? b.members - a.members
        : sort === 'founded'
          ? (a.association.foundedOn ?? '9999').localeCompare(b.association.foundedOn ?? '9999')
          : compareText(name(a), name(b)),
    );
  }, [summaries, placeId, ethnos, status, sort, localName]);
  const totalMembers = rows.reduce((sum, row) => sum + row.members, 0);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <PlaceSelect label={t('registry.colPlace')} value={placeId} onChange={setPlaceId} testId="filter-place" />
          <Select
            label={t('registry.colEthnos')}
            placeholder={t('registry.anyEthnos')}
            clearable
            searchable
            value={ethnos}
            onChange={setEthnos}
            data={(groups ?? []).map((group) => ({ value: group.id, label: localName(group) }))}
            data-testid="filter-ethnos"
          />
          <Select
            label={t('common.status')}
            placeholder={t('registry.anyStatus')}
            clearable
            value={status}
            onChange={setStatus}
            data={associationStatuses.map((value) => ({ value, label: t(`enums.associationStatus.${value}`) }))}
            data-testid="filter-status"
          />
          <Select
            label={t('registry.sortBy')}
            value={sort}
            allowDeselect={false}
            onChange={(value) => setSort((value as Sort | null) ?? 'name')}
            data={[
              { value: 'name', label: t('registry.sortName') },
              { value: 'members', label: t('registry.sortMembers') },
              { value: 'founded', label: t('registry.sortFounded') },
            ]}
          />
        </Group>
        <Group>
          {canImport && (
            <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setDialog('import')}>
              {t('registry.importAssociations')}
            </Button>
          )}
          {canExport && (
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              onClick={() => setDialog('export')}
              data-testid="export-associations"
            >
              {t('registry.exportAssociations')}
            </Button>
          )}
          {canEdit && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog('add')} data-testid="add-association">
              {t('registry.addAssociation')}
            </Button>
          )}
        </Group>
      </Group>
      {/* "0 associations" while the counts are still being read would be a wrong answer, not a wait. */}
      <Text size="sm" c="dimmed" data-testid="associations-count" data-loaded={summaries !== undefined}>
        {summaries === undefined
          ? '…'
          : `${t('registry.associationCount', { n: formatNumber(rows.length) })} · ${t('registry.memberCount', { n: formatNumber(totalMembers) })}`}
      </Text>
      {summaries?.length === 0 ? (
        <Text c="dimmed">{t('registry.noAssociations')}</Text>
      ) : (
        <Table striped highlightOnHover withTableBorder data-testid="associations-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('registry.colName')}</Table.Th>
              <Table.Th>{t('registry.colEthnos')}</Table.Th>
              <Table.Th>{t('registry.colPlace')}</Table.Th>
              <Table.Th ta="right">{t('registry.colMembers')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ association, members }) => (
              <Table.Tr key={association.id}>
                <Table.Td>
                  <UnstyledButton
                    onClick={() => navigate(`/registry/associations/${association.id}`)}
                    fw={500}
                    c="teal.8"
                  >
                    {localName(association)}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>{association.ethnicGroupIds.map((id) => groupNames.get(id) ?? id).join(', ')}</Table.Td>
                <Table.Td>{placeNames.get(association.placeId ?? '') ?? t('common.notSet')}</Table.Td>
                <Table.Td ta="right">{formatNumber(members)}</Table.Td>
                <Table.Td>
                  <LabelBadge variant="light" color={STATUS_COLOR[association.status]}>
                    {t(`enums.associationStatus.${association.status}`)}
                  </LabelBadge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {dialog === 'add' && (
        <AssociationFormModal
          association={null}
          onClose={(saved) => {
            setDialog(null);
            if (saved) navigate(`/registry/associations/${saved}`);
          }}
        />
      )}
      {dialog === 'import' && <ImportWizard register="associations" onClose={() => setDialog(null)} />}
      {dialog === 'export' && <ExportModal kind="associations" onClose={() => setDialog(null)} />}
    </Stack>
  );
}
