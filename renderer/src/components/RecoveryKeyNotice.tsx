import { ActionIcon, Alert, Checkbox, Code, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * A recovery key shown once, at first run or when an administrator makes a new one: the key, a
 * copy button, and the confirmation that it was written down before anything goes on.
 */
export function RecoveryKeyNotice({
  recoveryKey,
  confirmed,
  onConfirmedChange,
}: Readonly<{ recoveryKey: string; confirmed: boolean; onConfirmedChange: (confirmed: boolean) => void }>) {
  const { t } = useTranslation();
  return (
    <Stack data-testid="recovery-key">
      <Alert color="yellow" title={t('auth.recoveryTitle')}>
        <Text size="sm">{t('auth.recoveryText')}</Text>
      </Alert>
      <Group>
        <Code fz="lg" data-testid="recovery-key-value">
          {recoveryKey}
        </Code>
        <CopyButton value={recoveryKey}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('common.copied') : t('common.copy')}>
              <ActionIcon variant="light" onClick={copy} aria-label={t('common.copy')}>
                {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Checkbox
        label={t('auth.recoverySaved')}
        checked={confirmed}
        onChange={(event) => onConfirmedChange(event.currentTarget.checked)}
        data-testid="recovery-confirm"
      />
    </Stack>
  );
}
