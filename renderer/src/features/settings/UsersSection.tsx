import {
  Button,
  Group,
  Modal,
  Paper,
  PasswordInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '@shared/auth/roles';
import { operatorInputSchema, passwordSchema } from '@shared/auth/operator-input';
import { useProblemText } from '@/components/problem-message';
import { useSafeAction } from '@/components/use-safe-action';
import { createOperator, resetPassword, updateOperator, type OperatorView } from '@/db';
import { useOperators, useSession } from '@/db/hooks';
import { LabelBadge } from '@/components/LabelBadge';

/** The administrator's list of operators: add, change role, disable, reset a forgotten password. */
export function UsersSection() {
  const { t } = useTranslation();
  const run = useSafeAction();
  const operators = useOperators();
  const { operator: me } = useSession();
  const [adding, setAdding] = useState(false);
  const [resetting, setResetting] = useState<OperatorView | null>(null);
  const [positioning, setPositioning] = useState<OperatorView | null>(null);
  const roleOptions = roles.map((role) => ({ value: role, label: t(`auth.roles.${role}`) }));

  const update = (operator: OperatorView, changes: { role?: Role; disabled?: boolean }) =>
    run(async () => {
      try {
        await updateOperator(operator.id, changes);
        notifications.show({ color: 'teal', message: t('users.saved') });
      } catch (error) {
        if (error instanceof Error && error.message === 'last administrator')
          notifications.show({ color: 'red', message: t('users.lastAdmin') });
        else throw error;
      }
    });

  return (
    <Paper withBorder p="lg" data-testid="settings-users">
      <Group justify="space-between" mb="md">
        <Title order={4}>{t('users.title')}</Title>
        <Button
          size="xs"
          leftSection={<IconUserPlus size={14} />}
          onClick={() => setAdding(true)}
          data-testid="user-add"
        >
          {t('users.add')}
        </Button>
      </Group>
      <Table striped>
        <Table.Tbody>
          {operators?.map((operator) => (
            <Table.Tr key={operator.id} data-testid="user-row">
              <Table.Td>
                <Text size="sm" fw={500}>
                  {operator.displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  {operator.login}
                  {operator.positionRu || operator.positionKk
                    ? ` · ${[operator.positionRu, operator.positionKk].filter(Boolean).join(' / ')}`
                    : ''}
                </Text>
              </Table.Td>
              <Table.Td w={220}>
                <Select
                  size="xs"
                  allowDeselect={false}
                  aria-label={t('users.role')}
                  value={operator.role}
                  data={roleOptions}
                  onChange={(role) => role && update(operator, { role: role as Role })}
                />
              </Table.Td>
              <Table.Td>
                <LabelBadge color={operator.disabled ? 'gray' : 'teal'} variant="light">
                  {operator.disabled ? t('users.disabled') : t('users.active')}
                </LabelBadge>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end">
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={() => setPositioning(operator)}
                    data-testid="user-position"
                  >
                    {t('word.position')}
                  </Button>
                  <Button size="xs" variant="subtle" onClick={() => setResetting(operator)}>
                    {t('users.resetPassword')}
                  </Button>
                  {operator.id !== me?.id && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color={operator.disabled ? 'teal' : 'red'}
                      onClick={() => update(operator, { disabled: !operator.disabled })}
                    >
                      {operator.disabled ? t('users.enable') : t('users.disable')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {adding && <AddOperatorModal onClose={() => setAdding(false)} />}
      {resetting && <ResetPasswordModal operator={resetting} onClose={() => setResetting(null)} />}
      {positioning && <PositionModal operator={positioning} onClose={() => setPositioning(null)} />}
    </Paper>
  );
}

function AddOperatorModal({ onClose }: Readonly<{ onClose: () => void }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const problemText = useProblemText();
  const form = useForm({
    initialValues: { login: '', displayName: '', role: 'editor' as Role, password: '' },
    validate: (values) => {
      const errors: Record<string, string> = {};
      const parsed = operatorInputSchema.safeParse(values);
      if (!parsed.success)
        for (const issue of parsed.error.issues) errors[String(issue.path[0])] = problemText(issue.message);
      if (!passwordSchema.safeParse(values.password).success) errors.password = problemText('password_short');
      return errors;
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('users.add')}>
      <form
        onSubmit={form.onSubmit((values) =>
          run(async () => {
            try {
              await createOperator(values);
            } catch (error) {
              if (error instanceof Error && error.message === 'login taken') {
                form.setFieldError('login', t('users.loginTaken'));
                return;
              }
              throw error;
            }
            notifications.show({ color: 'teal', message: t('users.saved') });
            onClose();
          }),
        )}
      >
        <Stack>
          <TextInput label={t('auth.login')} data-testid="new-user-login" {...form.getInputProps('login')} />
          <TextInput label={t('auth.displayName')} data-testid="new-user-name" {...form.getInputProps('displayName')} />
          <Select
            label={t('users.role')}
            allowDeselect={false}
            data={roles.map((role) => ({ value: role, label: t(`auth.roles.${role}`) }))}
            data-testid="new-user-role"
            {...form.getInputProps('role')}
          />
          <PasswordInput
            label={t('users.temporaryPassword')}
            description={t('users.temporaryHint')}
            data-testid="new-user-password"
            {...form.getInputProps('password')}
          />
          <Group justify="flex-end">
            <Button type="submit" data-testid="new-user-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ResetPasswordModal({ operator, onClose }: Readonly<{ operator: OperatorView; onClose: () => void }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const problemText = useProblemText();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal opened onClose={onClose} title={`${t('users.resetPassword')}: ${operator.login}`}>
      <Stack>
        <PasswordInput
          label={t('users.temporaryPassword')}
          description={t('users.temporaryHint')}
          value={password}
          error={error}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button
            onClick={() =>
              run(async () => {
                if (!passwordSchema.safeParse(password).success) {
                  setError(problemText('password_short'));
                  return;
                }
                await resetPassword(operator.id, password);
                notifications.show({ color: 'teal', message: t('users.passwordReset') });
                onClose();
              })
            }
          >
            {t('users.resetPassword')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The position an operator signs the office's Word documents under, in both languages. */
function PositionModal({ operator, onClose }: Readonly<{ operator: OperatorView; onClose: () => void }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const [positionRu, setPositionRu] = useState(operator.positionRu ?? '');
  const [positionKk, setPositionKk] = useState(operator.positionKk ?? '');
  const save = () =>
    run(async () => {
      await updateOperator(operator.id, { positionRu: positionRu.trim(), positionKk: positionKk.trim() });
      notifications.show({ color: 'teal', message: t('users.saved') });
      onClose();
    });
  return (
    <Modal opened onClose={onClose} title={t('word.positionTitle', { name: operator.displayName })}>
      <Stack>
        <TextInput
          label={t('word.positionRu')}
          value={positionRu}
          maxLength={200}
          onChange={(event) => setPositionRu(event.currentTarget.value)}
          data-testid="user-position-ru"
        />
        <TextInput
          label={t('word.positionKk')}
          value={positionKk}
          maxLength={200}
          onChange={(event) => setPositionKk(event.currentTarget.value)}
          data-testid="user-position-kk"
        />
        <Group justify="flex-end">
          <Button onClick={save} data-testid="user-position-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
