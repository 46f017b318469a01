import { ActionIcon, Button, Drawer, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash, IconUserMinus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { type PersonId, toAssociationId } from '@shared/model/ids';
import { membershipRoles, type MembershipRole } from '@shared/model/records';
import { fullName } from '@shared/people/search';
import { formatPhone } from '@shared/text/phone';
import { PersonFormModal } from '@/components/PersonFormModal';
import { showUndoNotification } from '@/components/undo-notification';
import { useSafeAction } from '@/components/use-safe-action';
import { saveMembership, setMembershipDeleted, setPersonDeleted } from '@/db';
import { useAssociationNames, useCan, useEthnicGroups, usePerson, usePersonMemberships, usePlaces } from '@/db/hooks';
import { PersonReceptions } from '@/features/receptions/PersonReceptions';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';
import { LabelBadge } from '@/components/LabelBadge';

/**
 * A person's card: details, memberships (add, remove), edit and delete with undo. Lists keep it
 * mounted while closed, so everything it reads is read by the card inside, only once it opens: a
 * closed drawer must not stand in the database's queue in front of the list's first rows.
 */
export function PersonDrawer({ personId, onClose }: Readonly<{ personId: PersonId | null; onClose: () => void }>) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <>
      <Drawer
        opened={personId !== null && !editing}
        onClose={onClose}
        position="right"
        size="lg"
        title={t('person.card')}
      >
        {personId && <PersonCard personId={personId} onEdit={() => setEditing(true)} onDeleted={onClose} />}
      </Drawer>
      {editing && personId && <PersonEditor personId={personId} onClose={() => setEditing(false)} />}
    </>
  );
}

function PersonEditor({ personId, onClose }: Readonly<{ personId: PersonId; onClose: () => void }>) {
  const person = usePerson(personId);
  return person ? <PersonFormModal person={person} onClose={onClose} /> : null;
}

function PersonCard({
  personId,
  onEdit,
  onDeleted,
}: Readonly<{ personId: PersonId; onEdit: () => void; onDeleted: () => void }>) {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  const person = usePerson(personId);
  const memberships = usePersonMemberships(personId);
  const ethnicGroups = useEthnicGroups();
  const places = usePlaces();
  const associations = useAssociationNames();
  const run = useSafeAction();
  const canEdit = useCan('edit');
  const [joinId, setJoinId] = useState<string | null>(null);
  const [joinRole, setJoinRole] = useState<MembershipRole>('member');
  const ethnos = ethnicGroups?.find((group) => group.id === person?.ethnicGroupId);
  const place = places?.find((candidate) => candidate.id === person?.placeId);
  const rows: [string, string][] = person
    ? [
        [t('person.latinName'), person.latinName ?? ''],
        [t('person.iin'), person.iin ?? ''],
        [t('person.birthDate'), formatDate(person.birthDate)],
        [t('person.sex'), person.sex ? t(`enums.sex.${person.sex}`) : ''],
        [t('person.ethnicGroup'), ethnos ? localName(ethnos) : ''],
        [t('person.phone'), formatPhone(person.phone)],
        [t('person.place'), place ? localName(place) : ''],
        [t('person.address'), person.address ?? ''],
        [t('person.occupation'), person.occupation ?? ''],
        [t('person.education'), person.education ?? ''],
        // Notes sealed under a key this session lacks are there, but not for its eyes.
        [t('person.notes'), person.sealed ? t('dashboard.confidential') : (person.notes ?? '')],
      ]
    : [];

  const remove = () =>
    run(async () => {
      await setPersonDeleted(personId, true);
      onDeleted();
      showUndoNotification(
        (t) => t('registry.deleted'),
        () => run(() => setPersonDeleted(personId, false)),
      );
    });

  const join = () =>
    run(async () => {
      if (!joinId) return;
      await saveMembership(
        { personId, associationId: toAssociationId(joinId), role: joinRole, joinedOn: today() },
        today(),
      );
      setJoinId(null);
    });

  if (!person) return null;
  return (
    <Stack data-testid="person-card">
      <Group justify="space-between" align="flex-start">
        <Title order={3}>{fullName(person)}</Title>
        <Group gap="xs">
          {canEdit && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPencil size={14} />}
              onClick={onEdit}
              data-testid="person-edit"
            >
              {t('common.edit')}
            </Button>
          )}
          {canEdit && (
            <Button
              size="xs"
              variant="default"
              color="red"
              leftSection={<IconTrash size={14} />}
              onClick={remove}
              data-testid="person-delete"
            >
              {t('common.delete')}
            </Button>
          )}
        </Group>
      </Group>
      <Table>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={190}>{label}</Table.Th>
              <Table.Td>{value || t('common.notSet')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <PersonReceptions personId={person.id} />
      <Title order={5}>{t('person.memberships')}</Title>
      {memberships?.length === 0 && <Text c="dimmed">{t('person.noMemberships')}</Text>}
      {memberships?.map(({ membership, association }) => (
        <Group key={membership.id} justify="space-between" wrap="nowrap">
          <Text size="sm">{association ? localName(association) : t('common.notSet')}</Text>
          <Group gap="xs" wrap="nowrap">
            <LabelBadge variant="light">{t(`enums.membershipRole.${membership.role}`)}</LabelBadge>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('registry.membership.remove')}
              onClick={() =>
                run(async () => {
                  await setMembershipDeleted(membership.id, true);
                  showUndoNotification(
                    (t) => t('registry.membership.removed'),
                    () => run(() => setMembershipDeleted(membership.id, false)),
                  );
                })
              }
            >
              <IconUserMinus size={16} />
            </ActionIcon>
          </Group>
        </Group>
      ))}
      <Group align="flex-end">
        <Select
          label={t('registry.membership.addTo')}
          searchable
          clearable
          value={joinId}
          onChange={setJoinId}
          style={{ flex: 1 }}
          data={(associations ?? [])
            .filter((association) => !memberships?.some((m) => m.membership.associationId === association.id))
            .map((association) => ({ value: association.id, label: localName(association) }))}
        />
        <Select
          w={170}
          allowDeselect={false}
          value={joinRole}
          onChange={(role) => role && setJoinRole(role as MembershipRole)}
          data={membershipRoles.map((role) => ({ value: role, label: t(`enums.membershipRole.${role}`) }))}
        />
        <ActionIcon size="lg" disabled={!joinId} onClick={join} aria-label={t('registry.membership.addTo')}>
          <IconPlus size={18} />
        </ActionIcon>
      </Group>
    </Stack>
  );
}
