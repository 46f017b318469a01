import { BarChart } from '@mantine/charts';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { periodOf } from '@shared/events/period';
import { councilKinds, disputeTypes, mediationResults, type Council, type MediationCase } from '@shared/model/records';
import { councilInputSchema, mediationByTypeAndResult, mediationCaseInputSchema } from '@shared/monitoring/mediation';
import { fullName } from '@shared/people/search';
import { DateField } from '@/components/DateField';
import { PersonSelect } from '@/components/PersonSelect';
import { PlaceSelect } from '@/components/PlaceSelect';
import { useProblemMessages } from '@/components/problem-message';
import { useSafeAction } from '@/components/use-safe-action';
import { recordMediationView, saveCouncil, saveMediationCase } from '@/db';
import { useCan, useCouncils, useMediationCases, usePeopleByIds } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';
import { useToday } from '@/lib/use-today';
import { KazakhNameInput } from '@/components/KazakhNameInput';
import { nameIn } from '@shared/text/name-in';
import { LabelBadge } from '@/components/LabelBadge';

function CouncilModal({ council, onClose }: Readonly<{ council: Council | null; onClose: () => void }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const messages = useProblemMessages();
  const form = useForm({
    initialValues: {
      name: council?.name ?? '',
      nameKk: council?.nameKk ?? '',
      kind: council?.kind ?? '',
      placeId: council?.placeId ?? '',
      memberIds: [...(council?.memberIds ?? [])] as string[],
    },
    validate: (values) => {
      const parsed = councilInputSchema.safeParse(values);
      return parsed.success ? {} : messages(parsed.error);
    },
  });
  const members = usePeopleByIds(form.values.memberIds as never[]);
  return (
    <Modal opened onClose={onClose} title={t('monitoring.newCouncil')} size="lg" data-testid="council-form">
      <form
        onSubmit={form.onSubmit((values) =>
          run(async () => {
            await saveCouncil(values, council?.id);
            notifications.show({ color: 'teal', message: t('common.saved') });
            onClose();
          }),
        )}
      >
        <Stack gap="sm">
          <TextInput
            label={t('monitoring.councilFields.name')}
            withAsterisk
            data-testid="council-name"
            {...form.getInputProps('name')}
          />
          <KazakhNameInput data-testid="council-name-kk" {...form.getInputProps('nameKk')} />
          <SimpleGrid cols={2}>
            <Select
              label={t('monitoring.councilFields.kind')}
              withAsterisk
              data-testid="council-kind"
              data={councilKinds.map((kind) => ({ value: kind, label: t(`monitoring.councilKinds.${kind}`) }))}
              {...form.getInputProps('kind')}
            />
            <PlaceSelect label={t('monitoring.councilFields.place')} {...form.getInputProps('placeId')} />
          </SimpleGrid>
          <Text size="sm" fw={500}>
            {t('monitoring.councilFields.members')}
          </Text>
          {(members ?? []).map((person) => (
            <Text key={person.id} size="sm">
              {fullName(person)}
            </Text>
          ))}
          <PersonSelect
            label={t('monitoring.addMember')}
            value=""
            testId="council-member"
            onChange={(id) => id && form.setFieldValue('memberIds', [...new Set([...form.values.memberIds, id])])}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" data-testid="council-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function CaseModal({
  item,
  councils,
  onClose,
}: Readonly<{ item: MediationCase | null; councils: readonly Council[]; onClose: () => void }>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const run = useSafeAction();
  const messages = useProblemMessages();
  const form = useForm({
    initialValues: {
      date: item?.date ?? today(),
      placeId: item?.placeId ?? '',
      parties: (item?.parties ?? []).join('\n'),
      disputeType: item?.disputeType ?? '',
      summary: item?.summary ?? '',
      mediatorId: item?.mediatorId ?? '',
      councilId: item?.councilId ?? '',
      result: item?.result ?? '',
      followUp: item?.followUp ?? '',
      confidential: item?.confidential ?? true,
    },
    validate: (values) => {
      const parsed = mediationCaseInputSchema(today()).safeParse({ ...values, parties: values.parties.split('\n') });
      return parsed.success ? {} : messages(parsed.error);
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('monitoring.newCase')} size="xl" data-testid="case-form">
      <form
        onSubmit={form.onSubmit((values) =>
          run(async () => {
            await saveMediationCase({ ...values, parties: values.parties.split('\n') }, item?.id);
            notifications.show({ color: 'teal', message: t('common.saved') });
            onClose();
          }),
        )}
      >
        <Stack gap="sm">
          <SimpleGrid cols={2}>
            <DateField label={t('monitoring.caseFields.date')} withAsterisk {...form.getInputProps('date')} />
            <PlaceSelect label={t('monitoring.caseFields.place')} {...form.getInputProps('placeId')} />
          </SimpleGrid>
          <Textarea
            label={t('monitoring.caseFields.parties')}
            withAsterisk
            autosize
            minRows={2}
            data-testid="case-parties"
            {...form.getInputProps('parties')}
          />
          <SimpleGrid cols={2}>
            <Select
              label={t('monitoring.caseFields.disputeType')}
              withAsterisk
              data-testid="case-dispute"
              data={disputeTypes.map((type) => ({ value: type, label: t(`monitoring.disputeTypes.${type}`) }))}
              {...form.getInputProps('disputeType')}
            />
            <Select
              label={t('monitoring.caseFields.result')}
              clearable
              data-testid="case-result"
              data={mediationResults.map((result) => ({
                value: result,
                label: t(`monitoring.mediationResults.${result}`),
              }))}
              {...form.getInputProps('result')}
            />
            <PersonSelect
              label={t('monitoring.caseFields.mediator')}
              value={form.values.mediatorId}
              error={form.errors.mediatorId as string | undefined}
              onChange={(id) => form.setFieldValue('mediatorId', id ?? '')}
            />
            <Select
              label={t('monitoring.caseFields.council')}
              clearable
              data-testid="case-council"
              data={councils.map((council) => ({ value: council.id, label: nameIn(language, council) }))}
              {...form.getInputProps('councilId')}
            />
          </SimpleGrid>
          <Textarea
            label={t('monitoring.caseFields.summary')}
            autosize
            minRows={2}
            {...form.getInputProps('summary')}
          />
          <TextInput label={t('monitoring.caseFields.followUp')} {...form.getInputProps('followUp')} />
          <Checkbox
            label={t('monitoring.caseFields.confidential')}
            {...form.getInputProps('confidential', { type: 'checkbox' })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" data-testid="case-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Councils of public harmony, fathers, mothers, veterans and biys, and the disputes they mediate. */
export function MediationTab() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const canEdit = useCan('edit');
  const day = useToday();
  const councils = useCouncils();
  const cases = useMediationCases()?.rows;
  const [councilForm, setCouncilForm] = useState<{ council: Council | null } | null>(null);
  const [caseForm, setCaseForm] = useState<{ item: MediationCase | null } | null>(null);
  const councilName = new Map((councils ?? []).map((council) => [council.id as string, nameIn(language, council)]));
  const chart = useMemo(
    () =>
      mediationByTypeAndResult(cases ?? [], periodOf('year', day)).map((bar) => ({
        type: t(`monitoring.disputeTypes.${bar.disputeType}`),
        ...Object.fromEntries(
          ([...mediationResults, 'open'] as const).map((result) => [
            t(`monitoring.mediationResults.${result}`),
            bar[result],
          ]),
        ),
      })),
    [cases, day, t],
  );

  return (
    <Stack>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={5}>{t('monitoring.councils')}</Title>
          {canEdit && (
            <Button
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => setCouncilForm({ council: null })}
              data-testid="council-new"
            >
              {t('monitoring.newCouncil')}
            </Button>
          )}
        </Group>
        <Stack gap={4}>
          {(councils ?? []).map((council) => (
            <Group
              key={council.id}
              gap="sm"
              style={{ cursor: canEdit ? 'pointer' : undefined }}
              onClick={() => canEdit && setCouncilForm({ council })}
              data-testid="council-row"
            >
              <Text size="sm" fw={500}>
                {nameIn(language, council)}
              </Text>
              <LabelBadge variant="light">{t(`monitoring.councilKinds.${council.kind}`)}</LabelBadge>
              <Text size="xs" c="dimmed">
                {t('monitoring.members', { count: council.memberIds.length })}
              </Text>
            </Group>
          ))}
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={5}>{t('monitoring.cases')}</Title>
          {canEdit && (
            <Button
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => setCaseForm({ item: null })}
              data-testid="case-new"
            >
              {t('monitoring.newCase')}
            </Button>
          )}
        </Group>
        {cases && cases.length === 0 ? (
          <Text c="dimmed">{t('monitoring.noCases')}</Text>
        ) : (
          <Table highlightOnHover data-testid="cases">
            <Table.Tbody>
              {(cases ?? []).map((item) => (
                <Table.Tr
                  key={item.id}
                  style={{ cursor: canEdit ? 'pointer' : undefined }}
                  onClick={() => {
                    if (!canEdit) return;
                    void recordMediationView(item.id);
                    setCaseForm({ item });
                  }}
                  data-testid="case-row"
                >
                  <Table.Td>{formatDate(item.date)}</Table.Td>
                  <Table.Td>{t(`monitoring.disputeTypes.${item.disputeType}`)}</Table.Td>
                  <Table.Td>{item.parties.join(language === 'kk' ? ' және ' : ' и ')}</Table.Td>
                  <Table.Td>{item.councilId ? (councilName.get(item.councilId) ?? '') : ''}</Table.Td>
                  <Table.Td>
                    <LabelBadge variant="light" color={item.result === 'reconciled' ? 'teal' : 'gray'}>
                      {t(`monitoring.mediationResults.${item.result ?? 'open'}`)}
                    </LabelBadge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

      <Paper withBorder p="md" data-testid="mediation-chart">
        <Title order={5} mb="sm">
          {t('monitoring.mediationChart')}
        </Title>
        <BarChart
          h={220}
          data={chart}
          dataKey="type"
          type="stacked"
          withLegend
          series={[
            { name: t('monitoring.mediationResults.reconciled'), color: 'teal.6' },
            { name: t('monitoring.mediationResults.not_reconciled'), color: 'red.5' },
            { name: t('monitoring.mediationResults.referred'), color: 'blue.5' },
            { name: t('monitoring.mediationResults.open'), color: 'gray.5' },
          ]}
        />
      </Paper>
      {councilForm && <CouncilModal council={councilForm.council} onClose={() => setCouncilForm(null)} />}
      {caseForm && <CaseModal item={caseForm.item} councils={councils ?? []} onClose={() => setCaseForm(null)} />}
    </Stack>
  );
}
