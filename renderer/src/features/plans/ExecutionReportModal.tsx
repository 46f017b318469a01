import { Button, Group, Modal, SegmentedControl, Select, Stack, TextInput, Input } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanId } from '@shared/model/ids';
import type { Plan } from '@shared/model/records';
import { quarterOf, quarterRoman, quarters, type Quarter } from '@shared/plans/deadline';
import { signatureName } from '@shared/people/signature-name';
import { partLanguages, type DocumentLanguage } from '@shared/word/report-document';
import { HeaderLanguagePicker } from '@/components/PeriodPicker';
import { useExportRun } from '@/components/use-export-run';
import { planReportData } from '@/db';
import { useSession, useWordReportContext } from '@/db/hooks';
import { useSaveExport, WORD } from '@/export/use-save-export';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';
import { executionDocument, executionWorkbook, type ExecutionChoice } from './execution-export';

/**
 * The quarterly execution report of a plan: the quarter (or the year up to it), the language, and
 * the file: a workbook, or a Word document signed as the office's other documents are.
 */
export function ExecutionReportModal({
  plans,
  planId: initialPlanId,
  onClose,
}: Readonly<{ plans: readonly Plan[]; planId: PlanId | null; onClose: () => void }>) {
  const { t } = useTranslation();
  const { language: interfaceLanguage } = useLanguage();
  const { operator } = useSession();
  const context = useWordReportContext();
  const saveExport = useSaveExport();
  const { working, start } = useExportRun();
  const day = today();
  const [planId, setPlanId] = useState<string | null>(initialPlanId ?? plans[0]?.id ?? null);
  const plan = plans.find((entry) => entry.id === planId);
  const planYear = plan?.year ?? Number(day.slice(0, 4));
  const currentQuarter = planYear === Number(day.slice(0, 4)) ? quarterOf(day) : 4;
  const [quarter, setQuarter] = useState<Quarter>(currentQuarter);
  const [yearToDate, setYearToDate] = useState(false);
  const [language, setLanguage] = useState<DocumentLanguage>(interfaceLanguage);
  const signatory = context?.signatories.find((item) => item.id === operator?.id);
  const [tried, setTried] = useState(false);
  const [signature, setSignature] = useState<{ name: string; positionRu: string; positionKk: string } | null>(null);
  const shown = signature ?? {
    name: signatory ? signatureName(signatory.displayName) : '',
    positionRu: signatory?.positionRu ?? '',
    positionKk: signatory?.positionKk ?? '',
  };

  const choice = (): ExecutionChoice => ({ period: { year: planYear, quarter, yearToDate }, language, today: day });
  const fileName = () =>
    t(yearToDate ? 'planFiles.report.fileNameYearToDate' : 'planFiles.report.fileName', {
      year: planYear,
      roman: quarterRoman(quarter),
    });
  const details = () => ({
    kind: 'plan-execution',
    year: planYear,
    quarter,
    yearToDate,
    language,
  });

  const saveXlsx = () => {
    if (!plan) return;
    start(async () => {
      const bytes = await executionWorkbook(await planReportData(plan.id), choice());
      const saved = await saveExport(`${fileName()}.xlsx`, bytes, { ...details(), format: 'xlsx' });
      if (saved) onClose();
    });
  };
  const missing = {
    name: !shown.name.trim(),
    ru: partLanguages(language).includes('ru') && !shown.positionRu.trim(),
    kk: partLanguages(language).includes('kk') && !shown.positionKk.trim(),
  };
  const saveDocx = () => {
    // A document goes out signed, as the Word reports do: the name and each language's position.
    setTried(true);
    if (!plan || !context || missing.name || missing.ru || missing.kk) return;
    start(async () => {
      const bytes = await executionDocument(await planReportData(plan.id), choice(), context, {
        name: shown.name.trim(),
        positionRu: shown.positionRu.trim(),
        positionKk: shown.positionKk.trim(),
      });
      const saved = await saveExport(`${fileName()}.docx`, bytes, { ...details(), format: 'docx' }, WORD);
      if (saved) onClose();
    });
  };

  return (
    <Modal opened onClose={onClose} title={t('planFiles.report.dialogTitle')} size="lg">
      <Stack data-testid="execution-report-dialog">
        <Select
          label={t('plans.choosePlan')}
          value={planId}
          onChange={setPlanId}
          data={plans.map((entry) => ({ value: entry.id, label: `${entry.year} · ${entry.name}` }))}
          error={!plan ? t('planFiles.report.noPlan') : undefined}
          allowDeselect={false}
          data-testid="execution-report-plan"
        />
        <Group align="flex-end">
          <Input.Wrapper label={t('planFiles.report.quarter')}>
            <div>
              <SegmentedControl
                value={String(quarter)}
                onChange={(value) => setQuarter(Number(value) as Quarter)}
                data={quarters.map((entry) => ({ value: String(entry), label: quarterRoman(entry) }))}
                data-testid="execution-report-quarter"
              />
            </div>
          </Input.Wrapper>
          <Input.Wrapper label={t('planFiles.report.period')}>
            <div>
              <SegmentedControl
                value={yearToDate ? 'ytd' : 'quarter'}
                onChange={(value) => setYearToDate(value === 'ytd')}
                data={[
                  { value: 'quarter', label: t('planFiles.report.quarterOnly') },
                  { value: 'ytd', label: t('planFiles.report.yearToDate') },
                ]}
                data-testid="execution-report-scope"
              />
            </div>
          </Input.Wrapper>
        </Group>
        <HeaderLanguagePicker
          value={language}
          onChange={setLanguage}
          label={t('planFiles.report.language')}
          bothLabel={t('word.languages.both')}
          testId="execution-report-language"
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('word.signatureName')}
            value={shown.name}
            onChange={(event) => setSignature({ ...shown, name: event.currentTarget.value })}
            error={tried && missing.name ? t('common.required') : undefined}
            data-testid="execution-report-signature"
          />
          {partLanguages(language).map((part) => (
            <TextInput
              key={part}
              label={part === 'kk' ? t('word.positionKk') : t('word.positionRu')}
              value={part === 'kk' ? shown.positionKk : shown.positionRu}
              onChange={(event) =>
                setSignature(
                  part === 'kk'
                    ? { ...shown, positionKk: event.currentTarget.value }
                    : { ...shown, positionRu: event.currentTarget.value },
                )
              }
              error={tried && missing[part] ? t('word.positionMissing') : undefined}
              data-testid={`execution-report-position-${part}`}
            />
          ))}
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            variant="light"
            onClick={saveDocx}
            loading={working}
            disabled={!plan || !context}
            data-testid="execution-report-docx"
          >
            {t('planFiles.report.saveDocx')}
          </Button>
          <Button onClick={saveXlsx} loading={working} disabled={!plan} data-testid="execution-report-xlsx">
            {t('planFiles.report.saveXlsx')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
