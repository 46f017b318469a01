import { Button, Group, Kbd, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Reception } from '@shared/model/records';
import { INTERETHNIC_TOPIC } from '@shared/monitoring/risks';
import { useRiskOfReception } from '@/db/hooks';

/**
 * The form's last line: the shortcut that saves, then what can be done with the reception. A new
 * one is saved alone or with the next citizen to follow; a stored one on inter-ethnic relations
 * can open a tension risk, once.
 */
export function ReceptionFormActions({
  reception,
  onOpenRisk,
  onDelete,
  onCancel,
  onSaveAndNext,
}: Readonly<{
  reception: Reception | null;
  onOpenRisk: ((reception: Reception) => void) | undefined;
  onDelete: () => void;
  onCancel: () => void;
  onSaveAndNext: () => void;
}>) {
  const { t } = useTranslation();
  const riskOpened = useRiskOfReception(reception?.id ?? null);
  return (
    <Group justify="space-between">
      <Text size="xs" c="dimmed">
        <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd> —{' '}
        {(reception ? t('common.save') : t('receptions.saveAndNext')).toLowerCase()}
      </Text>
      <Group>
        {reception && reception.topicCode === INTERETHNIC_TOPIC && onOpenRisk && (
          <Button
            variant="light"
            color="orange"
            disabled={Boolean(riskOpened)}
            onClick={() => onOpenRisk(reception)}
            data-testid="reception-open-risk"
          >
            {riskOpened ? t('monitoring.riskOpened') : t('monitoring.openRisk')}
          </Button>
        )}
        {reception && (
          <Button variant="subtle" color="red" onClick={onDelete} data-testid="reception-delete">
            {t('common.delete')}
          </Button>
        )}
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        {!reception && (
          <Button variant="light" onClick={onSaveAndNext} data-testid="reception-save-next">
            {t('receptions.saveAndNext')}
          </Button>
        )}
        <Button type="submit" data-testid="reception-save">
          {t('common.save')}
        </Button>
      </Group>
    </Group>
  );
}
