import { Checkbox, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '@shared/events/period';
import { signatureName } from '@shared/people/signature-name';
import { partLanguages, type DocumentLanguage } from '@shared/word/report-document';
import { DateField } from '@/components/DateField';
import { ExportActions } from '@/components/ExportActions';
import { HeaderLanguagePicker } from '@/components/PeriodPicker';
import { useExportRun } from '@/components/use-export-run';
import { type ReportKind, type ReportOptions } from '@/db';
import { useSession, useWordReportContext } from '@/db/hooks';
import { useSaveExport, WORD } from '@/export/use-save-export';
import { buildWordReport } from '@/export/word-report';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';

interface Signature {
  operatorId: string | null;
  name: string;
  positionRu: string;
  positionKk: string;
}

/**
 * A standard report saved as a Word document: in Russian, Kazakh or both, dated, and signed by one
 * of the operators under the position they sign with (changeable for this document).
 */
export function WordExportModal({
  kind,
  period,
  options,
  fileName,
  details,
  onClose,
}: Readonly<{
  kind: ReportKind;
  period: Period;
  options: ReportOptions;
  fileName: string;
  details: Record<string, string | number | boolean>;
  onClose: () => void;
}>) {
  const { t } = useTranslation();
  const { language: interfaceLanguage } = useLanguage();
  const { operator } = useSession();
  const context = useWordReportContext();
  const saveExport = useSaveExport();
  const { working, start } = useExportRun();
  const [language, setLanguage] = useState<DocumentLanguage>(interfaceLanguage);
  const [date, setDate] = useState(today());
  const [chosen, setChosen] = useState<Signature | null>(null);
  const [tried, setTried] = useState(false);
  const [charts, setCharts] = useState(true);

  const signatureOf = (id: string | null): Signature => {
    const signatory = context?.signatories.find((item) => item.id === id);
    return {
      operatorId: signatory?.id ?? null,
      name: signatory ? signatureName(signatory.displayName) : '',
      positionRu: signatory?.positionRu ?? '',
      positionKk: signatory?.positionKk ?? '',
    };
  };
  // Until someone is chosen, the operator at the keyboard signs, when they are among the signatories.
  const signature = chosen ?? signatureOf(operator?.id ?? null);
  const edit = (changes: Partial<Signature>) => setChosen({ ...signature, ...changes });
  const languages = partLanguages(language);
  const missing = {
    operator: !signature.operatorId || !signature.name.trim(),
    ru: languages.includes('ru') && !signature.positionRu.trim(),
    kk: languages.includes('kk') && !signature.positionKk.trim(),
  };

  const save = () => {
    setTried(true);
    if (!context || missing.operator || missing.ru || missing.kk || !date) return;
    start(async () => {
      const bytes = await buildWordReport(kind, period, options, context, {
        language,
        date,
        charts: kind === 'information' && charts,
        signature: {
          name: signature.name.trim(),
          positionRu: signature.positionRu.trim(),
          positionKk: signature.positionKk.trim(),
        },
      });
      const saved = await saveExport(`${fileName}.docx`, bytes, { ...details, format: 'docx', language }, WORD);
      if (saved) onClose();
    });
  };

  return (
    <Modal opened onClose={onClose} title={t('word.dialogTitle')} size="lg">
      <Stack data-testid="word-dialog">
        <HeaderLanguagePicker
          value={language}
          onChange={setLanguage}
          label={t('word.language')}
          bothLabel={t('word.languages.both')}
          testId="word-language"
        />
        <Group grow align="flex-start">
          <Select
            label={t('word.signatory')}
            value={signature.operatorId}
            onChange={(id) => setChosen(signatureOf(id))}
            data={(context?.signatories ?? []).map((item) => ({ value: item.id, label: item.displayName }))}
            error={tried && !signature.operatorId ? t('word.signatoryMissing') : undefined}
            allowDeselect={false}
            data-testid="word-signatory"
          />
          <TextInput
            label={t('word.signatureName')}
            value={signature.name}
            onChange={(event) => edit({ name: event.currentTarget.value })}
            data-testid="word-signature-name"
          />
        </Group>
        {languages.map((part) => (
          <TextInput
            key={part}
            label={part === 'kk' ? t('word.positionKk') : t('word.positionRu')}
            value={part === 'kk' ? signature.positionKk : signature.positionRu}
            onChange={(event) =>
              edit(
                part === 'kk' ? { positionKk: event.currentTarget.value } : { positionRu: event.currentTarget.value },
              )
            }
            error={tried && missing[part] ? t('word.positionMissing') : undefined}
            data-testid={`word-position-${part}`}
          />
        ))}
        <DateField label={t('word.date')} value={date} onChange={setDate} w={200} data-testid="word-date" />
        {kind === 'information' && (
          <Checkbox
            label={t('word.charts')}
            checked={charts}
            onChange={(event) => setCharts(event.currentTarget.checked)}
            data-testid="word-charts"
          />
        )}
        <ExportActions
          working={working}
          disabled={!context}
          onCancel={onClose}
          onExport={save}
          label={t('word.save')}
        />
      </Stack>
    </Modal>
  );
}
