import { Alert, Button, FileButton, Group, List, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signInEntries, type SignInEntry, type SignInMatch } from '@shared/events/sign-in-sheet';
import { PersonListField } from '@/components/PersonListField';
import { useSafeAction } from '@/components/use-safe-action';
import { matchSignInSheet } from '@/db';
import { parseSpreadsheet } from '@/import/parse-client';
import type { EventFormValues } from './event-form-values';

type SheetResult = { added: number; match: SignInMatch } | { problem: string };

/**
 * Named attendance, when the office keeps it: the people who came, picked from the registry or read
 * from a sign-in sheet, so that the reach of a period counts each of them once however many events
 * they attended. Rows of the sheet that name nobody in the registry are listed, not guessed.
 */
export function EventAttendeesField({
  form,
  readOnly,
}: Readonly<{ form: UseFormReturnType<EventFormValues>; readOnly: boolean }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const [sheet, setSheet] = useState<SheetResult | null>(null);
  const named = form.values.attendeeIds.filter(Boolean);

  const readSheet = (file: File | null) =>
    file &&
    run(async () => {
      const read = await parseSpreadsheet(file.name, new Uint8Array(await file.arrayBuffer()));
      if (!read.ok) {
        const problem =
          read.failure === 'too-large' || read.failure === 'timeout'
            ? t('coverage.sheetTooLarge')
            : t(`importer.failure.${read.failure}`);
        setSheet({ problem });
        return;
      }
      const entries = signInEntries(read.workbook.sheets[0]?.rows ?? []);
      if (entries.length === 0) {
        setSheet({ problem: t('coverage.sheetEmpty') });
        return;
      }
      const match = await matchSignInSheet(entries);
      const current = form.getValues().attendeeIds.filter(Boolean);
      const added = match.personIds.filter((id) => !current.includes(id));
      form.setFieldValue('attendeeIds', [...current, ...added]);
      setSheet({ added: added.length, match });
    });

  const rowText = (entry: SignInEntry) =>
    t('coverage.sheetRow', { row: entry.row, text: [entry.name, entry.iin].filter(Boolean).join(', ') });

  return (
    <Stack gap={4}>
      <PersonListField
        label={t('coverage.attendees')}
        ids={form.values.attendeeIds}
        onChange={(index, id) => form.setFieldValue(`attendeeIds.${index}`, id ?? '')}
        onRemove={(index) => form.removeListItem('attendeeIds', index)}
        onAdd={() => form.insertListItem('attendeeIds', '')}
        addLabel={t('coverage.addAttendee')}
        readOnly={readOnly}
        testId="event-attendee"
      />
      {!readOnly && (
        <Group>
          <FileButton onChange={readSheet} accept=".xlsx,.xls,.ods,.csv">
            {(props) => (
              <Button
                {...props}
                variant="subtle"
                size="xs"
                leftSection={<IconFileSpreadsheet size={14} />}
                data-testid="event-attendees-sheet"
              >
                {t('coverage.importSheet')}
              </Button>
            )}
          </FileButton>
        </Group>
      )}
      <Text size="xs" c="dimmed" data-testid="event-attendees-count">
        {t('coverage.attendeesHint', { count: named.length })}
      </Text>
      {sheet && (
        <Alert
          color={
            'problem' in sheet || sheet.match.unknown.length + sheet.match.ambiguous.length > 0 ? 'orange' : 'teal'
          }
          withCloseButton
          onClose={() => setSheet(null)}
          data-testid="event-attendees-sheet-result"
        >
          {'problem' in sheet ? (
            <Text size="sm">{sheet.problem}</Text>
          ) : (
            <Stack gap={4}>
              <Text size="sm">{t('coverage.sheetAdded', { count: sheet.added })}</Text>
              {sheet.match.unknown.length > 0 && (
                <SheetRows
                  title={t('coverage.sheetUnknown')}
                  rows={sheet.match.unknown.map(rowText)}
                  testId="sheet-unknown"
                />
              )}
              {sheet.match.ambiguous.length > 0 && (
                <SheetRows
                  title={t('coverage.sheetAmbiguous')}
                  rows={sheet.match.ambiguous.map(rowText)}
                  testId="sheet-ambiguous"
                />
              )}
            </Stack>
          )}
        </Alert>
      )}
    </Stack>
  );
}

function SheetRows({ title, rows, testId }: Readonly<{ title: string; rows: readonly string[]; testId: string }>) {
  return (
    <div data-testid={testId}>
      <Text size="sm">{title}</Text>
      <List size="sm">
        {rows.map((row) => (
          <List.Item key={row}>{row}</List.Item>
        ))}
      </List>
    </div>
  );
}
