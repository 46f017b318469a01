import { Button, Group, Paper, Select, Stack, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { riskLevels, type RiskLevel, type TensionRisk } from '@shared/model/records';
import { defaultReviewDate } from '@shared/monitoring/risks';
import { DateField } from '@/components/DateField';
import { useSafeAction } from '@/components/use-safe-action';
import { changeRiskLevel } from '@/db';
import { today } from '@/lib/clock';

/**
 * The review of a watched risk from its card: the level it has now, why, and when it is looked at
 * next (suggested from the level). The history keeps every level with its reason.
 */
export function RiskReview({ risk }: Readonly<{ risk: TensionRisk }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const [level, setLevel] = useState<RiskLevel>(risk.level);
  const [note, setNote] = useState('');
  const [nextReviewOn, setNextReviewOn] = useState(() => defaultReviewDate(risk.level, today()));
  const [noteMissing, setNoteMissing] = useState(false);

  const save = () =>
    run(async () => {
      if (!note.trim()) {
        setNoteMissing(true);
        return;
      }
      await changeRiskLevel(risk.id, level, note.trim(), nextReviewOn || undefined);
      setNote('');
      setNoteMissing(false);
      notifications.show({ color: 'teal', message: t('monitoring.riskReviewed') });
    });

  return (
    <Paper withBorder p="sm" data-testid="risk-review">
      <Stack gap="xs">
        <Title order={6}>{t('monitoring.review')}</Title>
        <Group grow align="flex-start">
          <Select
            label={t('monitoring.riskFields.level')}
            allowDeselect={false}
            value={level}
            data={riskLevels.map((value) => ({ value, label: t(`monitoring.riskLevels.${value}`) }))}
            onChange={(value) => {
              const next = (value ?? risk.level) as RiskLevel;
              setLevel(next);
              setNextReviewOn(defaultReviewDate(next, today()));
            }}
            data-testid="risk-review-level"
          />
          <DateField
            label={t('monitoring.riskFields.nextReview')}
            value={nextReviewOn}
            minDate={risk.identifiedOn}
            onChange={setNextReviewOn}
            data-testid="risk-review-next"
          />
        </Group>
        <Textarea
          label={t('monitoring.riskFields.note')}
          autosize
          minRows={1}
          value={note}
          error={noteMissing ? t('common.required') : undefined}
          onChange={(event) => setNote(event.currentTarget.value)}
          data-testid="risk-review-note"
        />
        <Group justify="flex-end">
          <Button variant="light" onClick={save} data-testid="risk-review-save">
            {t('monitoring.changeLevel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
