import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowLeft, IconDownload, IconFileImport, IconPencil, IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { formatDate, formatDateTime } from '@shared/dates/format';
import { type AssociationId, toAssociationId } from '@shared/model/ids';
import type { Association, Membership } from '@shared/model/records';
import { fullName } from '@shared/people/search';
import { formatNumber } from '@shared/text/number-format';
import { formatPhone } from '@shared/text/phone';
import { showUndoNotification } from '@/components/undo-notification';
import { useSafeAction } from '@/components/use-safe-action';
import { setAssociationDeleted } from '@/db';
import {
  useAssociation,
  useAssociationEvents,
  useCan,
  useDirectory,
  useEthnicGroups,
  useFirstMemberships,
  useMemberships,
  usePerson,
  usePlaces,
} from '@/db/hooks';
import { ImportWizard } from '@/features/import/ImportWizard';
import { useLanguage } from '@/i18n/use-language';
import { localWallClock } from '@/lib/clock';
import { AddMemberModal } from './AddMemberModal';
import { AssociationFormModal } from './AssociationFormModal';
import { ExportModal } from './ExportModal';
import { MembersTable } from './MembersTable';
import { LabelBadge } from '@/components/LabelBadge';

const NO_MEMBERSHIPS: Membership[] = [];
/** Rows read first: more than a card shows, one block of the people read for the rows on screen. */
const FIRST_ROWS = 100;

/** One association: its details, its members (thousands, virtualised), the events it took part in, its history. */
export function AssociationCard({ id }: Readonly<{ id: string }>) {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  const [, navigate] = useLocation();
  const associationId = toAssociationId(id);
  const association = useAssociation(associationId);
  // A page of rows first (one short index read), then the whole list: 7,000 members take a quarter
  // of a second to read, and the card would show nothing until then.
  const firstMembers = useFirstMemberships(associationId, FIRST_ROWS);
  const memberships = useMemberships(associationId, firstMembers !== undefined);
  const shownMembers = memberships ?? firstMembers;
  const run = useSafeAction();
  const [dialog, setDialog] = useState<'edit' | 'member' | 'import' | 'export' | null>(null);
  const canEdit = useCan('edit');
  const canImport = useCan('import');
  const canExport = useCan('export');

  if (association === undefined) return null;
  if (association === null) return <Text c="dimmed">{t('common.nothingFound')}</Text>;

  const remove = () =>
    modals.openConfirmModal({
      title: t('common.delete'),
      children: <Text size="sm">{localName(association)}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        run(async () => {
          await setAssociationDeleted(associationId, true);
          navigate('/registry');
          showUndoNotification(
            (t) => t('registry.deleted'),
            () => run(() => setAssociationDeleted(associationId, false)),
          );
        }),
    });

  return (
    <Stack data-testid="association-card">
      <Anchor component="button" onClick={() => navigate('/registry')} w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={16} />
          {t('registry.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{localName(association)}</Title>
          <Group gap="xs">
            <LabelBadge variant="light">{t(`enums.associationStatus.${association.status}`)}</LabelBadge>
            <Text size="sm" c="dimmed" data-testid="member-count" data-loaded={memberships !== undefined}>
              {t('registry.memberCount', { n: memberships ? formatNumber(memberships.length) : '…' })}
            </Text>
          </Group>
        </Stack>
        <Group>
          {canEdit && (
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setDialog('edit')}>
              {t('common.edit')}
            </Button>
          )}
          {canEdit && (
            <Button variant="default" color="red" leftSection={<IconTrash size={16} />} onClick={remove}>
              {t('common.delete')}
            </Button>
          )}
        </Group>
      </Group>
      <Tabs defaultValue="members" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="members">{t('registry.members')}</Tabs.Tab>
          <Tabs.Tab value="details">{t('registry.details')}</Tabs.Tab>
          <Tabs.Tab value="events">{t('registry.events')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('registry.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="members" pt="md">
          <Stack>
            <Group>
              {canEdit && (
                <Button
                  leftSection={<IconUserPlus size={16} />}
                  onClick={() => setDialog('member')}
                  data-testid="add-member"
                >
                  {t('registry.addMember')}
                </Button>
              )}
              {canImport && (
                <Button
                  variant="default"
                  leftSection={<IconFileImport size={16} />}
                  onClick={() => setDialog('import')}
                  data-testid="import-members"
                >
                  {t('registry.importMembers')}
                </Button>
              )}
              {canExport && (
                <Button
                  variant="default"
                  leftSection={<IconDownload size={16} />}
                  onClick={() => setDialog('export')}
                  data-testid="export-members"
                >
                  {t('registry.exportMembers')}
                </Button>
              )}
            </Group>
            {memberships?.length === 0 ? (
              <Text c="dimmed">{t('registry.noMembers')}</Text>
            ) : (
              <MembersTable memberships={shownMembers ?? NO_MEMBERSHIPS} />
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="details" pt="md">
          <AssociationDetails association={association} />
        </Tabs.Panel>
        <Tabs.Panel value="events" pt="md">
          <AssociationEvents associationId={associationId} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <Stack gap={4}>
            <Text size="sm">
              {t('registry.created', {
                date: formatDateTime(localWallClock(association.createdAt)),
                author: association.author,
              })}
            </Text>
            <Text size="sm">
              {t('registry.updated', {
                date: formatDateTime(localWallClock(association.updatedAt)),
                author: association.author,
              })}
            </Text>
          </Stack>
        </Tabs.Panel>
      </Tabs>
      {dialog === 'edit' && <AssociationFormModal association={association} onClose={() => setDialog(null)} />}
      {dialog === 'member' && <AddMemberModal associationId={associationId} onClose={() => setDialog(null)} />}
      {dialog === 'import' && (
        <ImportWizard register="members" association={association} onClose={() => setDialog(null)} />
      )}
      {dialog === 'export' && <ExportModal kind="members" association={association} onClose={() => setDialog(null)} />}
    </Stack>
  );
}

/** Read only when its tab is opened: a large association took part in thousands of events. */
function AssociationEvents({ associationId }: Readonly<{ associationId: AssociationId }>) {
  const { t } = useTranslation();
  const events = useAssociationEvents(associationId);
  return (
    <>
      {events?.length === 0 && <Text c="dimmed">{t('registry.noEvents')}</Text>}
      <Table striped>
        <Table.Tbody>
          {events?.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td w={150}>{formatDateTime(event.start)}</Table.Td>
              <Table.Td>{event.title}</Table.Td>
              <Table.Td w={160}>
                <LabelBadge variant="light">{t(`enums.eventStatus.${event.status}`)}</LabelBadge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

/** The association's particulars; read only when the tab is opened, so the members show first. */
function AssociationDetails({ association }: Readonly<{ association: Association }>) {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  const groups = useEthnicGroups();
  const legalForms = useDirectory('legal_form');
  const unitKinds = useDirectory('unit_kind');
  const places = usePlaces();
  const chairman = usePerson(association.chairmanId ?? null);
  const place = places?.find((candidate) => candidate.id === association.placeId);
  const legalForm = legalForms?.find((item) => item.code === association.legalFormCode);
  const details: [string, string][] = [
    [t('registry.fields.nameRu'), association.nameRu],
    [t('registry.fields.nameKk'), association.nameKk],
    [
      t('registry.fields.ethnicGroups'),
      association.ethnicGroupIds
        .map((groupId) => localName(groups?.find((g) => g.id === groupId) ?? { nameRu: groupId, nameKk: groupId }))
        .join(', '),
    ],
    [t('registry.fields.legalForm'), legalForm ? localName(legalForm) : ''],
    [t('registry.fields.bin'), association.bin ?? ''],
    [t('registry.fields.registeredOn'), formatDate(association.registeredOn)],
    [t('registry.fields.foundedOn'), formatDate(association.foundedOn)],
    [t('registry.fields.chairman'), chairman ? fullName(chairman) : ''],
    [t('registry.fields.phone'), formatPhone(association.phone)],
    [t('registry.fields.email'), association.email ?? ''],
    [t('registry.fields.address'), association.address ?? ''],
    [t('registry.fields.place'), place ? localName(place) : ''],
    [t('registry.fields.assemblyMember'), association.assemblyMember ? t('common.yes') : t('common.no')],
    [t('registry.fields.cabinet'), association.cabinet ?? ''],
    [t('registry.fields.notes'), association.notes ?? ''],
  ];
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Table>
        <Table.Tbody>
          {details.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={260}>{label}</Table.Th>
              <Table.Td>{value || t('common.notSet')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Paper withBorder p="md">
        <Title order={5} mb="xs">
          {t('registry.fields.units')}
        </Title>
        {association.units.length === 0 && <Text c="dimmed">{t('common.notSet')}</Text>}
        {association.units.map((unit) => (
          <Group key={unit.id} justify="space-between">
            <Text size="sm">
              {localName(
                unitKinds?.find((item) => item.code === unit.kindCode) ?? {
                  nameRu: unit.kindCode,
                  nameKk: unit.kindCode,
                },
              )}
              {unit.name ? `: ${unit.name}` : ''}
            </Text>
            {unit.participants !== undefined && <Badge variant="light">{formatNumber(unit.participants)}</Badge>}
          </Group>
        ))}
      </Paper>
    </SimpleGrid>
  );
}
