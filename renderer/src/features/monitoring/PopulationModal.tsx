import { ActionIcon, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { populationInputSchema } from '@shared/monitoring/population-input';
import { PlaceSelect } from '@/components/PlaceSelect';
import { useProblemMessages } from '@/components/problem-message';
import { useSafeAction } from '@/components/use-safe-action';
import { savePopulation } from '@/db';
import { useEthnicGroups } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';

interface Line {
  ethnicGroupId: string;
  count: number | string;
}

/** A settlement's population by ethnos for a year, typed in when there is no table to import. */
export function PopulationModal({ onClose }: Readonly<{ onClose: () => void }>) {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  const run = useSafeAction();
  const messages = useProblemMessages();
  const ethnicGroups = useEthnicGroups();
  const [placeId, setPlaceId] = useState('');
  const [year, setYear] = useState<number | string>(Number(today().slice(0, 4)));
  const [total, setTotal] = useState<number | string>('');
  const [lines, setLines] = useState<Line[]>([{ ethnicGroupId: '', count: '' }]);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const input = () => ({
    placeId,
    year: typeof year === 'number' ? year : undefined,
    byEthnicGroup: Object.fromEntries(
      lines
        .filter((line) => line.ethnicGroupId && typeof line.count === 'number')
        .map((line) => [line.ethnicGroupId, line.count]),
    ),
    ...(typeof total === 'number' ? { total } : {}),
  });
  const save = () =>
    run(async () => {
      const parsed = populationInputSchema(today()).safeParse(input());
      if (!parsed.success) {
        setErrors(messages(parsed.error));
        return;
      }
      await savePopulation(parsed.data);
      notifications.show({ color: 'teal', message: t('common.saved') });
      onClose();
    });
  const groupOptions = (ethnicGroups ?? []).map((group) => ({ value: group.id, label: localName(group) }));

  return (
    <Modal opened onClose={onClose} title={t('monitoring.enterPopulation')} size="lg" data-testid="population-form">
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <PlaceSelect
            label={t('monitoring.settlement')}
            value={placeId}
            onChange={setPlaceId}
            levels={['settlement']}
            error={errors.placeId}
            testId="population-place"
          />
          <NumberInput
            label={t('monitoring.year')}
            value={year}
            onChange={setYear}
            error={errors.year}
            data-testid="population-year"
          />
        </SimpleGrid>
        {lines.map((line, index) => (
          <Group key={index} align="flex-end" wrap="nowrap">
            <Select
              label={index === 0 ? t('monitoring.ethnos') : undefined}
              searchable
              data={groupOptions}
              value={line.ethnicGroupId || null}
              onChange={(value) =>
                setLines((current) =>
                  current.map((item, at) => (at === index ? { ...item, ethnicGroupId: value ?? '' } : item)),
                )
              }
              style={{ flex: 1 }}
              data-testid="population-ethnos"
            />
            <NumberInput
              label={index === 0 ? t('monitoring.count') : undefined}
              min={0}
              value={line.count}
              onChange={(value) =>
                setLines((current) => current.map((item, at) => (at === index ? { ...item, count: value } : item)))
              }
              w={140}
              data-testid="population-count"
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mb={4}
              aria-label={t('common.delete')}
              onClick={() => setLines((current) => current.filter((_, at) => at !== index))}
              disabled={lines.length === 1}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        {errors.byEthnicGroup && (
          <Text size="sm" c="red">
            {errors.byEthnicGroup}
          </Text>
        )}
        <Group>
          <Button
            variant="subtle"
            leftSection={<IconPlus size={14} />}
            onClick={() => setLines((current) => [...current, { ethnicGroupId: '', count: '' }])}
            data-testid="population-add-line"
          >
            {t('monitoring.addEthnos')}
          </Button>
        </Group>
        <NumberInput
          label={t('monitoring.totalOptional')}
          min={0}
          value={total}
          onChange={setTotal}
          error={errors.total}
          w={220}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={save} data-testid="population-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
