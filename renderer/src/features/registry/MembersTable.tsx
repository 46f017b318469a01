import { ActionIcon, Select, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconUserMinus } from '@tabler/icons-react';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { membershipRoles, type Membership, type MembershipRole } from '@shared/model/records';
import { formatPhone } from '@shared/text/phone';
import { showUndoNotification } from '@/components/undo-notification';
import { useSafeAction } from '@/components/use-safe-action';
import { VirtualRows } from '@/components/VirtualRows';
import classes from '@/components/virtual-rows.module.css';
import { saveMembership, setMembershipDeleted } from '@/db';
import { usePeopleOnDemand } from '@/db/hooks';
import { today } from '@/lib/clock';

const COLUMNS = 'minmax(220px, 2fr) 130px 110px 150px 190px 110px 44px';

/**
 * The members of an association in list order. Names, roles and dates come with the memberships;
 * IIN, birth date and phone are read for the rows on screen only, so 5,000 members open at once.
 */
export const MembersTable = memo(function MembersTable({
  memberships,
}: Readonly<{ memberships: readonly Membership[] }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const personIds = useMemo(() => memberships.map((membership) => membership.personId), [memberships]);
  const { rows: people, load } = usePeopleOnDemand(personIds);

  const changeRole = (membership: Membership, role: MembershipRole) =>
    run(async () => {
      await saveMembership({ ...membership, role }, today(), membership.id);
    });

  const remove = (membership: Membership) =>
    modals.openConfirmModal({
      title: t('registry.membership.remove'),
      children: <Text size="sm">{membership.personName}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        run(async () => {
          await setMembershipDeleted(membership.id, true);
          showUndoNotification(
            (t) => t('registry.membership.removed'),
            () => run(() => setMembershipDeleted(membership.id, false)),
          );
        }),
    });

  return (
    <VirtualRows
      testId="members-table"
      count={memberships.length}
      rowHeight={40}
      height={Math.min(560, 40 * memberships.length + 4)}
      onRangeChange={load}
      header={
        <div className={`${classes.row} ${classes.header}`} style={{ gridTemplateColumns: COLUMNS }}>
          <span>{t('registry.people.colName')}</span>
          <span>{t('registry.people.colIin')}</span>
          <span>{t('registry.people.colBirthDate')}</span>
          <span>{t('registry.people.colPhone')}</span>
          <span>{t('registry.membership.role')}</span>
          <span>{t('registry.membership.joinedOn')}</span>
          <span />
        </div>
      }
      renderRow={(index) => {
        const membership = memberships[index];
        if (!membership) return null;
        const person = people.get(membership.personId);
        return (
          <div className={classes.row} style={{ gridTemplateColumns: COLUMNS }} data-testid="member-row">
            <span>{membership.personName}</span>
            <span style={{ fontFamily: 'monospace' }}>{person?.iin ?? ''}</span>
            <span>{formatDate(person?.birthDate)}</span>
            <span>{formatPhone(person?.phone)}</span>
            <Select
              size="xs"
              aria-label={t('registry.membership.role')}
              allowDeselect={false}
              value={membership.role}
              onChange={(role) => role && changeRole(membership, role as MembershipRole)}
              data={membershipRoles.map((role) => ({ value: role, label: t(`enums.membershipRole.${role}`) }))}
            />
            <span>{formatDate(membership.joinedOn)}</span>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('registry.membership.remove')}
              onClick={() => remove(membership)}
            >
              <IconUserMinus size={16} />
            </ActionIcon>
          </div>
        );
      }}
    />
  );
});
