import { Button, Group, NumberInput, Paper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_WORD_LAYOUT, type WordLayout } from '@shared/word/layout';
import { useSafeAction } from '@/components/use-safe-action';
import { saveWordLayout } from '@/db';
import { useWordLayout } from '@/db/hooks';

type Side = keyof WordLayout['marginsMm'];
const SIDES: readonly Side[] = ['left', 'right', 'top', 'bottom'];

/** The page margins of the office's Word documents, kept for every PC of the office. */
export function WordLayoutSection() {
  const stored = useWordLayout();
  // Mounted once the stored margins are read, so the form starts from them.
  return stored ? <WordLayoutForm stored={stored} /> : null;
}

function WordLayoutForm({ stored }: Readonly<{ stored: WordLayout }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const [margins, setMargins] = useState(stored.marginsMm);
  const save = () =>
    run(async () => {
      await saveWordLayout({ marginsMm: margins });
      notifications.show({ color: 'teal', message: t('word.layoutSaved') });
    });
  return (
    <Paper withBorder p="lg" data-testid="settings-word">
      <Title order={4} mb="xs">
        {t('word.layoutTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('word.layoutHint')}
      </Text>
      <Group align="flex-end">
        {SIDES.map((side) => (
          <NumberInput
            key={side}
            label={t(`word.margins.${side}`)}
            min={5}
            max={60}
            w={110}
            suffix={` ${t('word.mm')}`}
            value={margins[side]}
            onChange={(value) => typeof value === 'number' && setMargins({ ...margins, [side]: value })}
            data-testid={`word-margin-${side}`}
          />
        ))}
        <Button variant="default" onClick={() => setMargins(DEFAULT_WORD_LAYOUT.marginsMm)}>
          {t('word.layoutDefaults')}
        </Button>
        <Button onClick={save} data-testid="word-layout-save">
          {t('common.save')}
        </Button>
      </Group>
    </Paper>
  );
}
