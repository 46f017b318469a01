import { Alert, Button, Group, List, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { periodOf, type Period } from '@shared/events/period';
import type { FigureSource } from '@shared/forms/compute-figures';
import { signatureName } from '@shared/people/signature-name';
import type { AuthorityFormId } from '@shared/model/ids';
import { coverLetterDocument } from '@shared/forms/cover-letter';
import type { DocumentLanguage } from '@shared/word/report-document';
import { HeaderLanguagePicker, PeriodPicker } from '@/components/PeriodPicker';
import { useLanguage } from '@/i18n/use-language';
import { authorityForm, type AuthorityFormSummary } from '@/db';
import { useWordReportContext } from '@/db/hooks';
import { useSaveExport, WORD } from '@/export/use-save-export';
import { fillWorkbookInWorker } from '@/forms/fill-client';
import { planFormFill } from '@/forms/fill-form';
import { useExportRun } from '@/components/use-export-run';
import { useToday } from '@/lib/use-today';

type Outcome = { filled: number; unfilled: string[]; refused: string[]; fileName: string; period: Period };

/**
 * Filling one form for a period: the figures computed here from the records the dashboard counts,
 * written into a copy of the authority's workbook in a worker, saved with the export in the audit
 * log (the form, the period, the file's hash); then what was left empty and why.
 */
export function FillFormModal({
  form,
  source,
  onClose,
}: Readonly<{
  form: AuthorityFormSummary;
  source: (Omit<FigureSource, 'fixed'> & { officeName: string }) | null;
  onClose: () => void;
}>) {
  const { t } = useTranslation();
  const today = useToday();
  const context = useWordReportContext();
  const save = useSaveExport();
  const { working, start } = useExportRun();
  const [period, setPeriod] = useState<Period>(() => periodOf(form.mapping.periodKind, today));
  const [signatoryId, setSignatoryId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { language } = useLanguage();
  const [letterLanguage, setLetterLanguage] = useState<DocumentLanguage>(language);
  const signatory = context?.signatories.find((item) => item.id === signatoryId);

  const fill = () =>
    start(async () => {
      if (!source) return;
      const stored = await authorityForm(form.id as AuthorityFormId);
      if (!stored) return;
      const fixed = {
        officeName: source.officeName,
        periodText: `${formatDate(period.from)} – ${formatDate(period.to)}`,
        fillDate: formatDate(today),
        ...(signatory ? { signatory: signatureName(signatory.displayName) } : {}),
      };
      const plan = planFormFill(stored.mapping, { ...source, fixed }, period);
      const written = await fillWorkbookInWorker(stored.template, plan.writes);
      if ('error' in written) throw new Error(`form fill: ${written.error}`);
      const where = (cell: { sheet: string; address: string }) => `${cell.sheet}!${cell.address}`;
      const name = `${stored.mapping.name} ${period.from}–${period.to}.xlsx`.replace(/[\\/:*?"<>|]/g, ' ');
      const saved = await save(name, written.bytes, {
        kind: 'authority-form',
        form: stored.mapping.name,
        from: period.from,
        to: period.to,
        cells: plan.writes.length - written.refused.length,
      });
      if (!saved) return;
      setOutcome({
        filled: plan.writes.length - written.refused.length,
        unfilled: plan.unfilled.map((cell) => `${where(cell)}: ${t(`forms.unfilled.${cell.reason}`)}`),
        refused: written.refused.map((cell) => `${where(cell)}: ${t(`forms.refused.${cell.reason}`)}`),
        fileName: name,
        period,
      });
    });

  const coverLetter = (filled: Outcome) =>
    start(async () => {
      if (!context) return;
      const document = coverLetterDocument({
        officeName: context.officeName,
        date: today,
        layout: context.layout,
        language: letterLanguage,
        formName: form.mapping.name,
        fileName: filled.fileName,
        period: filled.period,
        place: context.place,
        signatory: {
          name: signatory ? signatureName(signatory.displayName) : '',
          positionRu: signatory?.positionRu ?? '',
          positionKk: signatory?.positionKk ?? '',
        },
      });
      // docx is loaded when a document is first saved, not with the application.
      const { wordBytes } = await import('@shared/word/word-document');
      await save(
        `${t('forms.cover.title')} ${filled.fileName.replace(/\.xlsx$/, '')}.docx`,
        await wordBytes(document),
        {
          kind: 'authority-form-cover',
          form: form.mapping.name,
          from: filled.period.from,
          to: filled.period.to,
          format: 'docx',
        },
        WORD,
      );
    });

  return (
    <Modal opened onClose={onClose} size="lg" title={t('forms.screen.fillTitle', { name: form.mapping.name })}>
      <Stack data-testid="form-fill">
        <Group align="end" wrap="wrap">
          <PeriodPicker period={period} onChange={setPeriod} initialKind={form.mapping.periodKind} testId="form-fill" />
        </Group>
        <Select
          label={t('forms.screen.signatory')}
          data={(context?.signatories ?? []).map((item) => ({ value: item.id, label: item.displayName }))}
          value={signatoryId}
          onChange={setSignatoryId}
          clearable
          data-testid="form-fill-signatory"
        />
        {!source && <Alert color="gray">{t('forms.screen.noData')}</Alert>}
        <Group justify="end">
          <Button onClick={fill} loading={working} disabled={!source} data-testid="form-fill-run">
            {t('forms.screen.fillAction')}
          </Button>
        </Group>
        {outcome && (
          <Stack gap="xs" data-testid="form-fill-outcome">
            <Text fw={600}>{t('forms.screen.filled', { count: outcome.filled })}</Text>
            {outcome.unfilled.length > 0 && (
              <Alert color="yellow" title={t('forms.screen.unfilledTitle', { count: outcome.unfilled.length })}>
                <List size="sm">
                  {outcome.unfilled.slice(0, 50).map((line) => (
                    <List.Item key={line}>{line}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
            <Group align="end">
              <HeaderLanguagePicker
                value={letterLanguage}
                onChange={setLetterLanguage}
                label={t('forms.cover.language')}
                bothLabel={t('word.languages.both')}
                testId="form-cover-language"
              />
              <Button variant="default" onClick={() => coverLetter(outcome)} loading={working} data-testid="form-cover">
                {t('forms.cover.save')}
              </Button>
            </Group>
            {outcome.refused.length > 0 && (
              <Alert color="orange" title={t('forms.screen.refusedTitle', { count: outcome.refused.length })}>
                <List size="sm">
                  {outcome.refused.slice(0, 50).map((line) => (
                    <List.Item key={line}>{line}</List.Item>
                  ))}
                </List>
              </Alert>
            )}
          </Stack>
        )}
      </Stack>
    </Modal>
  );
}
