import { ActionIcon, Select, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconUserMinus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { membershipRoles, type MembershipRole } from '@shared/model/records';
import { fullName, sortMembers } from '@shared/people/search';
import { formatPhone } from '@shared/text/phone';
import { VirtualRows } from '@/components/VirtualRows';
import classes from '@/components/virtual-rows.module.css';
import { showUndoNotification } from '@/components/undo-notification';
import { useSafeAction } from '@/components/use-safe-action';
import { db } from '@/db';
import { saveMembership, setMembershipDeleted, type MemberEntry } from '@/db/repositories/memberships';
import { today } from '@/lib/clock';

const COLUMNS = 'minmax(220px, 2fr) 130px 110px 150px 190px 110px 44px';

/** The members of an association: chairman and deputies first, then by surname. */
export function MembersTable({ entries }: Readonly<{ entries: readonly MemberEntry[] }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const sorted = useMemo(() => sortMembers(entries), [entries]);

  const changeRole = (entry: MemberEntry, role: MembershipRole) =>
    run(async () => {
      await saveMembership(db, { ...entry.membership, role }, today(), entry.membership.id);
    });

  const remove = (entry: MemberEntry) =>
    modals.openConfirmModal({
      title: t('registry.membership.remove'),
      children: <Text size="sm">{fullName(entry.person)}</Text>,
      labels: { confirm: t('common.delete'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        run(async () => {
          await setMembershipDeleted(db, entry.membership.id, true);
          showUndoNotification(t('registry.membership.removed'), t('common.undo'), () =>
            run(() => setMembershipDeleted(db, entry.membership.id, false)),
          );
        }),
    });

  return (
    <VirtualRows
      testId="members-table"
      count={sorted.length}
      rowHeight={40}
      height={Math.min(560, 40 * sorted.length + 4)}
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
        const entry = sorted[index];
        if (!entry) return null;
        return (
          <div className={classes.row} style={{ gridTemplateColumns: COLUMNS }} data-testid="member-row">
            <span>{fullName(entry.person)}</span>
            <span style={{ fontFamily: 'monospace' }}>{entry.person.iin ?? ''}</span>
            <span>{formatDate(entry.person.birthDate)}</span>
            <span>{formatPhone(entry.person.phone)}</span>
            <Select
              size="xs"
              aria-label={t('registry.membership.role')}
              allowDeselect={false}
              value={entry.membership.role}
              onChange={(role) => role && changeRole(entry, role as MembershipRole)}
              data={membershipRoles.map((role) => ({ value: role, label: t(`enums.membershipRole.${role}`) }))}
            />
            <span>{formatDate(entry.membership.joinedOn)}</span>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('registry.membership.remove')}
              onClick={() => remove(entry)}
            >
              <IconUserMinus size={16} />
            </ActionIcon>
          </div>
        );
      }}
    />
  );
}
