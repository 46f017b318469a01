import { ActionIcon, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconExternalLink } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { periodOf } from '@shared/events/period';
import { outletTypes, publicationLanguages, type Publication } from '@shared/model/records';
import { publicationInputSchema } from '@shared/publications/publication-input';
import { allowedExternalUrl } from '@shared/security/external-link';
import { nameIn } from '@shared/text/name-in';
import { DateField } from '@/components/DateField';
import { useProblemMessages } from '@/components/problem-message';
import { showUndoNotification } from '@/components/undo-notification';
import { useSafeAction } from '@/components/use-safe-action';
import { createPublication, deletePublication, restorePublication, updatePublication } from '@/db';
import { useEventsInPeriod, usePlanItemChoices } from '@/db/hooks';
import { desktop } from '@/desktop';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';

interface PublicationFormValues {
  date: string;
  outletType: string;
  outletName: string;
  language: string;
  title: string;
  url: string;
  reach: number | '';
  eventId: string;
  planItemId: string;
}

function initialValues(publication: Publication | null): PublicationFormValues {
  return {
    date: publication?.date ?? today(),
    outletType: publication?.outletType ?? '',
    outletName: publication?.outletName ?? '',
    language: publication?.language ?? '',
    title: publication?.title ?? '',
    url: publication?.url ?? '',
    reach: publication?.reach ?? '',
    eventId: publication?.eventId ?? '',
    planItemId: publication?.planItemId ?? '',
  };
}

/** The events of the publication's year to link it to, found by typing part of the title. */
function useEventChoices(date: string, linked: string) {
  const { language } = useLanguage();
  const year = useMemo(() => periodOf('year', date || today()), [date]);
  const events = useEventsInPeriod(year, {});
  return useMemo(() => {
    const choices = (events ?? []).map((event) => ({
      value: event.id as string,
      label: `${formatDate(event.start.slice(0, 10))} · ${nameIn(language, event)}`,
    }));
    // A link to an event of another year stays visible rather than read as empty.
    if (linked && !choices.some((choice) => choice.value === linked)) choices.unshift({ value: linked, label: linked });
    return choices;
  }, [events, language, linked]);
}

/** The items of the year's plans of measures, grouped by plan, «3.2. Текст…», for a publication that reports on one. */
function usePlanItemOptions(date: string) {
  const { language } = useLanguage();
  const year = Number(date.slice(0, 4)) || Number(today().slice(0, 4));
  const choices = usePlanItemChoices(year);
  return useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const { plan, item } of choices ?? []) {
      const group = nameIn(language, plan);
      const text = language === 'kk' ? item.textKk || item.textRu : item.textRu;
      const label = `${item.number.replace(/\.$/, '')}. ${text.length > 90 ? `${text.slice(0, 90).trimEnd()}…` : text}`;
      groups.set(group, [...(groups.get(group) ?? []), { value: item.id as string, label }]);
    }
    return [...groups].map(([group, items]) => ({ group, items }));
  }, [choices, language]);
}

/** A publication: where and when it appeared, in what language, its link and its reach, the event it is about. */
export function PublicationFormModal({
  publication,
  onClose,
}: Readonly<{ publication: Publication | null; onClose: () => void }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const messages = useProblemMessages();
  const form = useForm<PublicationFormValues>({
    initialValues: initialValues(publication),
    validate: (values) => {
      const parsed = publicationInputSchema(today()).safeParse(values);
      return parsed.success ? {} : messages(parsed.error);
    },
  });
  const events = useEventChoices(form.values.date, form.values.eventId);
  const planItems = usePlanItemOptions(form.values.date);
  const link = allowedExternalUrl(form.values.url.trim());

  const save = (values: PublicationFormValues) =>
    run(async () => {
      if (publication) await updatePublication(publication.id, values);
      else await createPublication(values);
      notifications.show({ color: 'teal', message: publication ? t('common.saved') : t('publications.created') });
      onClose();
    });

  const remove = () =>
    run(async () => {
      if (!publication) return;
      await deletePublication(publication.id);
      onClose();
      showUndoNotification(
        (t) => t('publications.deleted'),
        () =>
          run(async () => {
            await restorePublication(publication.id);
          }),
      );
    });

  const open = (url: string) =>
    void desktop.openExternal(url).then((opened) => {
      if (!opened) notifications.show({ color: 'orange', message: t('publications.linkRefused') });
    });

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={publication ? t('publications.editPublication') : t('publications.newPublication')}
      closeOnClickOutside={false}
      data-testid="publication-form"
    >
      <form onSubmit={form.onSubmit(save)}>
        <Stack gap="sm">
          <SimpleGrid cols={2}>
            <DateField
              label={t('publications.fields.date')}
              withAsterisk
              data-autofocus
              data-testid="publication-date"
              {...form.getInputProps('date')}
            />
            <Select
              label={t('publications.fields.outletType')}
              withAsterisk
              data-testid="publication-outlet-type"
              data={outletTypes.map((value) => ({ value, label: t(`publications.outletTypes.${value}`) }))}
              {...form.getInputProps('outletType')}
            />
            <TextInput
              label={t('publications.fields.outletName')}
              withAsterisk
              data-testid="publication-outlet-name"
              {...form.getInputProps('outletName')}
            />
            <Select
              label={t('publications.fields.language')}
              withAsterisk
              data-testid="publication-language"
              data={publicationLanguages.map((value) => ({ value, label: t(`publications.languages.${value}`) }))}
              {...form.getInputProps('language')}
            />
          </SimpleGrid>
          <TextInput
            label={t('publications.fields.title')}
            data-testid="publication-title"
            {...form.getInputProps('title')}
          />
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              label={t('publications.fields.url')}
              placeholder="https://"
              style={{ flex: 1 }}
              data-testid="publication-url"
              {...form.getInputProps('url')}
            />
            {link && (
              <ActionIcon
                variant="subtle"
                size="lg"
                mb={2}
                aria-label={t('publications.openLink')}
                onClick={() => open(link)}
                data-testid="publication-open-link"
              >
                <IconExternalLink size={18} />
              </ActionIcon>
            )}
          </Group>
          <SimpleGrid cols={2}>
            <NumberInput
              label={t('publications.fields.reach')}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator=" "
              data-testid="publication-reach"
              {...form.getInputProps('reach')}
            />
            <Select
              label={t('publications.fields.event')}
              searchable
              clearable
              data-testid="publication-event"
              data={events}
              {...form.getInputProps('eventId')}
              onChange={(next) => form.setFieldValue('eventId', next ?? '')}
            />
          </SimpleGrid>
          {(planItems.length > 0 || form.values.planItemId) && (
            <Select
              label={t('publications.fields.planItem')}
              searchable
              clearable
              data-testid="publication-plan-item"
              data={planItems}
              value={form.values.planItemId || null}
              onChange={(next) => form.setFieldValue('planItemId', next ?? '')}
            />
          )}
          <Group justify="space-between">
            <div>
              {publication && (
                <Button variant="subtle" color="red" onClick={remove} data-testid="publication-delete">
                  {t('common.delete')}
                </Button>
              )}
            </div>
            <Group>
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" data-testid="publication-save">
                {t('common.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
