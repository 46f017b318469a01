import { Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconArrowsJoin, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { findDuplicates, type DuplicatePair } from '@shared/people/duplicates';
import type { Person } from '@shared/model/records';
import { fullName } from '@shared/people/search';
import { formatNumber } from '@shared/text/number-format';
import { formatPhone } from '@shared/text/phone';
import { useSafeAction } from '@/components/use-safe-action';
import { allLivePeople, mergePeople } from '@/db';
import { LabelBadge } from '@/components/LabelBadge';

const SHOWN = 100;

function PersonSummary({ person }: Readonly<{ person: Person }>) {
  return (
    <Stack gap={2}>
      <Text fw={500}>{fullName(person)}</Text>
      <Text size="sm" c="dimmed">
        {[person.iin, formatDate(person.birthDate), formatPhone(person.phone)].filter(Boolean).join(' · ')}
      </Text>
    </Stack>
  );
}

/** Finds likely duplicate people and merges a pair into one, keeping every membership and reference. */
export function DuplicatesTab() {
  const { t } = useTranslation();
  const run = useSafeAction();
  const [pairs, setPairs] = useState<DuplicatePair[] | null>(null);
  const [searching, setSearching] = useState(false);

  const search = () =>
    run(async () => {
      setSearching(true);
      try {
        setPairs(findDuplicates(await allLivePeople()));
      } finally {
        setSearching(false);
      }
    });

  const merge = (keep: Person, drop: Person) =>
    modals.openConfirmModal({
      title: t('registry.duplicates.mergeTitle'),
      children: <Text size="sm">{t('registry.duplicates.mergeText', { keep: fullName(keep) })}</Text>,
      labels: { confirm: t('registry.duplicates.merge'), cancel: t('common.cancel') },
      onConfirm: () =>
        run(async () => {
          await mergePeople(keep.id, drop.id);
          notifications.show({ color: 'teal', message: t('registry.duplicates.merged') });
          setPairs((current) => current?.filter((pair) => pair.a.id !== drop.id && pair.b.id !== drop.id) ?? null);
        }),
    });

  return (
    <Stack>
      <Group>
        <Button
          leftSection={<IconSearch size={16} />}
          loading={searching}
          onClick={search}
          data-testid="find-duplicates"
        >
          {t('registry.duplicates.find')}
        </Button>
        {pairs && (
          <Text size="sm" c="dimmed" data-testid="duplicates-count">
            {pairs.length === 0
              ? t('registry.duplicates.none')
              : t('registry.duplicates.found', { n: formatNumber(pairs.length) })}
          </Text>
        )}
      </Group>
      {pairs?.slice(0, SHOWN).map((pair) => (
        <Card key={`${pair.a.id}-${pair.b.id}`} withBorder data-testid="duplicate-pair">
          <LabelBadge variant="light" mb="sm">
            {t(`registry.duplicates.${pair.reason}`)}
          </LabelBadge>
          <SimpleGrid cols={2}>
            {[
              [pair.a, pair.b],
              [pair.b, pair.a],
            ].map(([keep, drop]) =>
              keep && drop ? (
                <Stack key={keep.id} gap="xs">
                  <PersonSummary person={keep} />
                  <Button
                    size="xs"
                    variant="light"
                    w="fit-content"
                    leftSection={<IconArrowsJoin size={14} />}
                    onClick={() => merge(keep, drop)}
                  >
                    {t('registry.duplicates.keep')}
                  </Button>
                </Stack>
              ) : null,
            )}
          </SimpleGrid>
        </Card>
      ))}
    </Stack>
  );
}
