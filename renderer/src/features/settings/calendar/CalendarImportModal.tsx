import { Alert, Button, Group, List, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileHash } from '@shared/audit/chain';
import { readCalendarSheet, type CalendarImportResult } from '@shared/dates/calendar-import';
import { formatDate } from '@shared/dates/format';
import { weekdayMondayFirst } from '@shared/dates/iso';
import type { OfficeDay } from '@shared/dates/office-calendar';
import { useSafeAction } from '@/components/use-safe-action';
import { importCalendarDays, type DeadlineCheck } from '@/db';
import { desktop } from '@/desktop';
import { FileStep } from '@/features/import/FileStep';
import type { FileFailure } from '@/features/import/import-wizard-state';
import { calendarNames } from '@/i18n/i18n';
import { useLanguage } from '@/i18n/use-language';
import { parseSpreadsheet } from '@/import/parse-client';
import { importProblemLine } from './import-problem-text';

const SPREADSHEETS = [{ name: 'Excel, ODS, CSV', extensions: ['xlsx', 'xls', 'ods', 'csv', 'txt'] }];
const SHOWN_PROBLEMS = 30;

interface ReadFile {
  fileName: string;
  sha256: string;
  result: CalendarImportResult;
}

/**
 * A year's list of non-working days from a spreadsheet, read as every import is (SheetJS in a
 * worker, through the project's own unzip): every bad cell named, nothing taken unless all are
 * good, and the days shown before they are stored.
 */
export function CalendarImportModal({
  onImported,
  onClose,
}: Readonly<{ onImported: (check: DeadlineCheck) => void; onClose: () => void }>) {
  const { t } = useTranslation();
  const { language, localName } = useLanguage();
  const run = useSafeAction();
  const [reading, setReading] = useState(false);
  const [failure, setFailure] = useState<FileFailure | null>(null);
  const [read, setRead] = useState<ReadFile | null>(null);
  const controller = useRef<AbortController | null>(null);

  const readFile = (fileName: string, data: Uint8Array) =>
    run(async () => {
      controller.current = new AbortController();
      setReading(true);
      setFailure(null);
      setRead(null);
      try {
        const outcome = await parseSpreadsheet(fileName, data, controller.current.signal);
        if (!outcome.ok) {
          setFailure({ failure: outcome.failure, ...(outcome.limit ? { limit: outcome.limit } : {}) });
          return;
        }
        const sheet =
          outcome.workbook.sheets.find((candidate) => candidate.rows.length > 1) ?? outcome.workbook.sheets[0];
        setRead({ fileName, sha256: fileHash(data), result: readCalendarSheet(sheet?.rows ?? []) });
      } catch (error) {
        if (!(error instanceof DOMException && error.name === 'AbortError')) throw error;
      } finally {
        setReading(false);
      }
    });

  const store = (days: OfficeDay[], source: ReadFile) =>
    run(async () => {
      const check = await importCalendarDays(days, { fileName: source.fileName, sha256: source.sha256 });
      notifications.show({ color: 'teal', message: t('workingCalendar.imported', { count: days.length }) });
      onClose();
      onImported(check);
    });

  const result = read?.result;
  const weekdays = calendarNames(language).weekdaysShort;
  return (
    <Modal opened onClose={onClose} size="lg" title={t('workingCalendar.importTitle')} data-testid="calendar-import">
      <Stack>
        <Text size="sm">{t('workingCalendar.importHint')}</Text>
        <FileStep
          reading={reading}
          failure={reading ? null : failure}
          onFile={(file) => void file.arrayBuffer().then((buffer) => readFile(file.name, new Uint8Array(buffer)))}
          onPick={() =>
            run(async () => {
              const file = await desktop.openFile(SPREADSHEETS);
              if (file) readFile(file.name, file.data);
            })
          }
          onCancel={() => controller.current?.abort()}
        />
        {result && !result.ok && (
          <Alert color="red" title={t('workingCalendar.importProblemsTitle')} data-testid="calendar-import-problems">
            {'file' in result ? (
              <Text size="sm">{t(`workingCalendar.importFile.${result.file}`)}</Text>
            ) : (
              <List size="sm" spacing={2}>
                {result.problems.slice(0, SHOWN_PROBLEMS).map((problem) => (
                  <List.Item key={`${problem.row}-${problem.column}-${problem.code}`}>
                    {importProblemLine(t, problem)}
                  </List.Item>
                ))}
                {result.problems.length > SHOWN_PROBLEMS && (
                  <List.Item>{t('importer.more', { n: result.problems.length - SHOWN_PROBLEMS })}</List.Item>
                )}
              </List>
            )}
          </Alert>
        )}
        {read && result?.ok && (
          <>
            <Text size="sm" fw={500} data-testid="calendar-import-preview">
              {t('workingCalendar.importPreview', { count: result.days.length, years: result.years.join(', ') })}
            </Text>
            <Table striped withTableBorder>
              <Table.Tbody>
                {result.days.map((day) => (
                  <Table.Tr key={day.date}>
                    <Table.Td>{formatDate(day.date)}</Table.Td>
                    <Table.Td>{weekdays[weekdayMondayFirst(day.date)]}</Table.Td>
                    <Table.Td>
                      {day.kind === 'day_off'
                        ? t('workingCalendar.kinds.dayOff')
                        : t('workingCalendar.kinds.workingDay')}
                    </Table.Td>
                    <Table.Td>{localName({ nameRu: day.nameRu ?? '', nameKk: day.nameKk ?? '' })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button onClick={() => store(result.days, read)} data-testid="calendar-import-apply">
                {t('workingCalendar.importApply')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
