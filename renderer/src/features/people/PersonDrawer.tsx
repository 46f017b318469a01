import { Badge, Drawer, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import type { PersonId } from '@shared/model/ids';
import { fullName } from '@shared/people/search';
import { formatPhone } from '@shared/text/phone';
import { useEthnicGroups, usePerson, usePersonMemberships } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';

/** A read-only card of a person found by the global search, with their memberships. */
export function PersonDrawer({ personId, onClose }: Readonly<{ personId: PersonId | null; onClose: () => void }>) {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  const person = usePerson(personId);
  const memberships = usePersonMemberships(personId);
  const ethnicGroups = useEthnicGroups();
  const ethnos = ethnicGroups?.find((group) => group.id === person?.ethnicGroupId);
  const rows: [string, string][] = person
    ? [
        [t('person.iin'), person.iin ?? ''],
        [t('person.birthDate'), formatDate(person.birthDate)],
        [t('person.sex'), person.sex ? t(`enums.sex.${person.sex}`) : ''],
        [t('person.ethnicGroup'), ethnos ? localName(ethnos) : ''],
        [t('person.phone'), formatPhone(person.phone)],
        [t('person.address'), person.address ?? ''],
        [t('person.occupation'), person.occupation ?? ''],
        [t('person.notes'), person.notes ?? ''],
      ]
    : [];

  return (
    <Drawer opened={personId !== null} onClose={onClose} position="right" size="md" title={t('person.card')}>
      {person && (
        <Stack data-testid="person-card">
          <Title order={3}>{fullName(person)}</Title>
          <Table>
            <Table.Tbody>
              {rows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w={170}>{label}</Table.Th>
                  <Table.Td>{value || t('common.notSet')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Title order={5}>{t('person.memberships')}</Title>
          {memberships?.length === 0 && <Text c="dimmed">{t('person.noMemberships')}</Text>}
          {memberships?.map(({ membership, association }) => (
            <Group key={membership.id} justify="space-between">
              <Text size="sm">{association ? localName(association) : t('common.notSet')}</Text>
              <Badge variant="light">{t(`enums.membershipRole.${membership.role}`)}</Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Drawer>
  );
}
