import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconRoute, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import type { VisitId } from '@shared/model/ids';
import type { WorkingGroup } from '@shared/model/records';
import { matchesName, nameIn } from '@shared/text/name-in';
import { useCan, useDirectory, usePlaces, useVisits, useWorkingGroups } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';
import { RotationModal } from './RotationModal';
import { VisitCard } from './VisitCard';
import { WorkingGroupFormModal } from './WorkingGroupFormModal';

/** Working groups with their members, the rotation of field visits, and each visit's card. */
export function WorkingGroupsPage() {
  const { t } = useTranslation();
  const { language, localName } = useLanguage();
  const canEdit = useCan('edit');
  const groups = useWorkingGroups();
  const visits = useVisits();
  const places = usePlaces();
  const projects = useDirectory('project');
  const [editing, setEditing] = useState<{ group: WorkingGroup | null } | null>(null);
  const [rotating, setRotating] = useState(false);
  const [visitId, setVisitId] = useState<VisitId | null>(null);
  const placeById = useMemo(() => new Map((places ?? []).map((place) => [place.id, place])), [places]);
  const groupById = useMemo(() => new Map((groups ?? []).map((group) => [group.id, group])), [groups]);
  const [query, setQuery] = useState('');
  const shownGroups = useMemo(() => (groups ?? []).filter((group) => matchesName(query, group)), [groups, query]);

  return (
    <Stack data-testid="working-groups-page">
      <Group justify="space-between">
        <Title order={2}>{t('workingGroups.title')}</Title>
        {canEdit && (
          <Group>
            <Button
              variant="default"
              leftSection={<IconRoute size={16} />}
              onClick={() => setRotating(true)}
              disabled={!groups?.length}
              data-testid="rotation-open"
            >
              {t('workingGroups.rotation')}
            </Button>
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setEditing({ group: null })}
              data-testid="group-new"
            >
              {t('workingGroups.newGroup')}
            </Button>
          </Group>
        )}
      </Group>

      <Paper withBorder p="md">
        {groups && groups.length > 0 && (
          <TextInput
            size="xs"
            w={260}
            mb="sm"
            leftSection={<IconSearch size={14} />}
            placeholder={t('bilingualName.searchName')}
            aria-label={t('bilingualName.searchName')}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            data-testid="groups-search"
          />
        )}
        {groups && groups.length === 0 ? (
          <Text c="dimmed">{t('workingGroups.noGroups')}</Text>
        ) : (
          <Table striped highlightOnHover data-testid="groups-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('workingGroups.name')}</Table.Th>
                <Table.Th>{t('events.fields.project')}</Table.Th>
                <Table.Th>{t('workingGroups.members')}</Table.Th>
                <Table.Th>{t('workingGroups.period')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shownGroups.map((group) => {
                const project = projects?.find((item) => item.id === group.projectId);
                return (
                  <Table.Tr
                    key={group.id}
                    style={{ cursor: 'pointer' }}
                    onClick={() => canEdit && setEditing({ group })}
                  >
                    <Table.Td>{nameIn(language, group)}</Table.Td>
                    <Table.Td>{project ? localName(project) : ''}</Table.Td>
                    <Table.Td>{group.members.length}</Table.Td>
                    <Table.Td>
                      {group.periodStart ? `${formatDate(group.periodStart)} – ${formatDate(group.periodEnd)}` : ''}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

      <Title order={4}>{t('workingGroups.visits')}</Title>
      <Paper withBorder p="md">
        {visits && visits.length === 0 ? (
          <Text c="dimmed">{t('workingGroups.noVisits')}</Text>
        ) : (
          <Table striped highlightOnHover data-testid="visits-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('workingGroups.dates')}</Table.Th>
                <Table.Th>{t('workingGroups.group')}</Table.Th>
                <Table.Th>{t('events.fields.place')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(visits ?? []).map((visit) => {
                const place = placeById.get(visit.placeId);
                return (
                  <Table.Tr key={visit.id} style={{ cursor: 'pointer' }} onClick={() => setVisitId(visit.id)}>
                    <Table.Td>
                      {formatDate(visit.start)} – {formatDate(visit.end)}
                    </Table.Td>
                    <Table.Td>{nameIn(language, groupById.get(visit.workingGroupId))}</Table.Td>
                    <Table.Td>{place ? localName(place) : visit.placeId}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

      {editing && <WorkingGroupFormModal group={editing.group} onClose={() => setEditing(null)} />}
      {rotating && <RotationModal onClose={() => setRotating(false)} />}
      {visitId && <VisitCard visitId={visitId} onClose={() => setVisitId(null)} />}
    </Stack>
  );
}
