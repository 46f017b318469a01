import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { membershipInputSchema } from '@shared/associations/association-input';
import type { AssociationId, PersonId } from '@shared/model/ids';
import { membershipRoles, type MembershipRole } from '@shared/model/records';
import { DateField } from '@/components/DateField';
import { PersonFormModal } from '@/components/PersonFormModal';
import { PersonSelect } from '@/components/PersonSelect';
import { useProblemMessages } from '@/components/problem-message';
import { useSafeAction } from '@/components/use-safe-action';
import { today } from '@/lib/clock';
import { saveMembership } from '@/db';

/** Adds a person, found or newly entered, to an association with a role. */
export function AddMemberModal({
  associationId,
  onClose,
}: Readonly<{ associationId: AssociationId; onClose: () => void }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const messages = useProblemMessages();
  const [creating, setCreating] = useState(false);
  const form = useForm({
    initialValues: { personId: '', role: 'member' as MembershipRole, joinedOn: today(), associationId },
    validate: (values) => {
      const parsed = membershipInputSchema(today()).safeParse(values);
      return parsed.success ? {} : messages(parsed.error);
    },
  });

  if (creating)
    return (
      <PersonFormModal
        person={null}
        onClose={(personId?: PersonId) => {
          if (personId) form.setFieldValue('personId', personId);
          setCreating(false);
        }}
      />
    );

  return (
    <Modal opened onClose={onClose} title={t('registry.addMember')}>
      <form
        onSubmit={form.onSubmit((values) =>
          run(async () => {
            try {
              await saveMembership(values, today());
            } catch (error) {
              if (error instanceof Error && error.message === 'already a member') {
                form.setFieldError('personId', t('registry.membership.alreadyMember'));
                return;
              }
              throw error;
            }
            notifications.show({ color: 'teal', message: t('common.saved') });
            onClose();
          }),
        )}
      >
        <Stack>
          <PersonSelect
            label={t('person.card')}
            value={form.values.personId}
            onChange={(id) => form.setFieldValue('personId', id ?? '')}
            error={form.errors.personId as string | undefined}
            testId="member-person"
          />
          <Button
            variant="subtle"
            size="xs"
            w="fit-content"
            leftSection={<IconUserPlus size={14} />}
            onClick={() => setCreating(true)}
            data-testid="new-person"
          >
            {t('registry.people.newPerson')}
          </Button>
          <Select
            label={t('registry.membership.role')}
            allowDeselect={false}
            data-testid="member-role"
            data={membershipRoles.map((role) => ({ value: role, label: t(`enums.membershipRole.${role}`) }))}
            {...form.getInputProps('role')}
          />
          <DateField label={t('registry.membership.joinedOn')} {...form.getInputProps('joinedOn')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" data-testid="member-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
