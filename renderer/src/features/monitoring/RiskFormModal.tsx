import { Button, Checkbox, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { riskLevels, riskSources, riskStatuses, type RiskLevel, type TensionRisk } from '@shared/model/records';
import { defaultReviewDate, riskInputSchema, type RiskDraft } from '@shared/monitoring/risks';
import { nameIn } from '@shared/text/name-in';
import { DateField } from '@/components/DateField';
import { PersonSelect } from '@/components/PersonSelect';
import { PlaceSelect } from '@/components/PlaceSelect';
import { useProblemMessages } from '@/components/problem-message';
import { useSafeAction } from '@/components/use-safe-action';
import { saveRisk } from '@/db';
import { useEthnicGroups, useEventsInPeriod } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';

interface Values {
  placeId: string;
  description: string;
  groupIds: string[];
  source: string;
  level: RiskLevel;
  identifiedOn: string;
  responsiblePersonId: string;
  status: TensionRisk['status'];
  nextReviewOn: string;
  measureEventIds: string[];
  confidential: boolean;
  originReceptionId: string;
  note: string;
}

/** A draft's field as the form's text: drafts come from other records and may lack any field. */
const text = (value: unknown) => (typeof value === 'string' ? value : '');

function valuesOf(risk: TensionRisk | null, draft: RiskDraft): Values {
  const level = risk?.level ?? draft.level ?? 'medium';
  const identifiedOn = risk?.identifiedOn ?? draft.identifiedOn ?? today();
  return {
    placeId: risk?.placeId ?? text(draft.placeId),
    description: risk?.description ?? text(draft.description),
    groupIds: risk?.groupIds ?? draft.groupIds ?? [],
    source: risk?.source ?? draft.source ?? '',
    level,
    identifiedOn,
    responsiblePersonId: risk?.responsiblePersonId ?? '',
    status: risk?.status ?? 'watched',
    nextReviewOn: risk?.nextReviewOn ?? (text(draft.nextReviewOn) || defaultReviewDate(level, identifiedOn)),
    measureEventIds: risk?.measureEventIds ?? [],
    confidential: risk?.confidential ?? true,
    originReceptionId: risk?.originReceptionId ?? text(draft.originReceptionId),
    note: '',
  };
}

const NO_FILTER = {};
const measurePeriod = (year: number) => ({ from: `${year - 1}-01-01`, to: `${year + 1}-12-31` });

/**
 * A tension risk: where, what, who is involved, where it became known, how serious, who answers for
 * it, when it is looked at next, and the events taken against it. A changed level is kept in the
 * history with its reason.
 */
export function RiskFormModal({
  risk,
  draft = {},
  onClose,
}: Readonly<{ risk: TensionRisk | null; draft?: RiskDraft; onClose: (saved?: TensionRisk) => void }>) {
  const { t } = useTranslation();
  const { language, localName } = useLanguage();
  const run = useSafeAction();
  const messages = useProblemMessages();
  const ethnicGroups = useEthnicGroups();
  // Measures are events of the last and the coming year: what prevention is planned or was held.
  const year = Number(today().slice(0, 4));
  const events = useEventsInPeriod(measurePeriod(year), NO_FILTER);
  const form = useForm<Values>({
    initialValues: valuesOf(risk, draft),
    validate: (values) => {
      const parsed = riskInputSchema(today()).safeParse(values);
      return parsed.success ? {} : messages(parsed.error);
    },
  });
  const values = form.values;

  const save = (next: Values) =>
    run(async () => {
      const { note, ...input } = next;
      const saved = await saveRisk(input, risk?.id, note.trim() || undefined);
      notifications.show({ color: 'teal', message: t('monitoring.riskSaved') });
      onClose(saved);
    });

  return (
    <Modal
      opened
      onClose={() => onClose()}
      size="xl"
      title={risk ? t('monitoring.editRisk') : t('monitoring.newRisk')}
      closeOnClickOutside={false}
      data-testid="risk-form"
    >
      <form onSubmit={form.onSubmit(save)}>
        <Stack gap="sm">
          <SimpleGrid cols={2}>
            <PlaceSelect
              label={t('monitoring.riskFields.place')}
              testId="risk-place"
              {...form.getInputProps('placeId')}
            />
            <DateField
              label={t('monitoring.riskFields.identifiedOn')}
              withAsterisk
              {...form.getInputProps('identifiedOn')}
            />
          </SimpleGrid>
          <Textarea
            label={t('monitoring.riskFields.description')}
            withAsterisk
            autosize
            minRows={2}
            data-testid="risk-description"
            {...form.getInputProps('description')}
          />
          <SimpleGrid cols={2}>
            <MultiSelect
              label={t('monitoring.riskFields.groups')}
              searchable
              data={(ethnicGroups ?? []).map((group) => ({ value: group.id, label: localName(group) }))}
              {...form.getInputProps('groupIds')}
            />
            <Select
              label={t('monitoring.riskFields.source')}
              withAsterisk
              data-testid="risk-source"
              data={riskSources.map((source) => ({ value: source, label: t(`monitoring.riskSources.${source}`) }))}
              {...form.getInputProps('source')}
            />
            <Select
              label={t('monitoring.riskFields.level')}
              withAsterisk
              allowDeselect={false}
              data-testid="risk-level"
              data={riskLevels.map((level) => ({ value: level, label: t(`monitoring.riskLevels.${level}`) }))}
              {...form.getInputProps('level')}
            />
            <Select
              label={t('monitoring.riskFields.status')}
              allowDeselect={false}
              data={riskStatuses.map((status) => ({ value: status, label: t(`monitoring.riskStatuses.${status}`) }))}
              {...form.getInputProps('status')}
            />
            <PersonSelect
              label={t('monitoring.riskFields.responsible')}
              value={values.responsiblePersonId}
              onChange={(id) => form.setFieldValue('responsiblePersonId', id ?? '')}
            />
            <DateField
              label={t('monitoring.riskFields.nextReview')}
              withAsterisk={values.status === 'watched'}
              data-testid="risk-next-review"
              {...form.getInputProps('nextReviewOn')}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('monitoring.riskFields.measures')}
            searchable
            data-testid="risk-measures"
            data={(events ?? []).map((event) => ({
              value: event.id,
              label: `${formatDate(event.start)} · ${nameIn(language, event)}`,
            }))}
            {...form.getInputProps('measureEventIds')}
          />
          {risk && risk.level !== values.level && (
            <Textarea
              label={t('monitoring.riskFields.note')}
              autosize
              minRows={1}
              data-testid="risk-note"
              {...form.getInputProps('note')}
            />
          )}
          <Checkbox
            label={t('monitoring.riskFields.confidential')}
            {...form.getInputProps('confidential', { type: 'checkbox' })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose()}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" data-testid="risk-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
