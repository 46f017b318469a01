import { Drawer, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardRecords } from '@shared/dashboard/compute';
import { formatDate } from '@shared/dates/format';
import type { EventStatus, ReceptionOutcome } from '@shared/model/records';
import { VirtualRows } from '@/components/VirtualRows';
import { useLanguage } from '@/i18n/use-language';
import { useRecordLines } from '@/db/hooks';
import { LabelBadge } from '@/components/LabelBadge';

/** The records a dashboard figure or chart item counts, one line each. */
export function RecordsDrawer({
  title,
  records,
  topicName,
  onClose,
}: Readonly<{
  title: string;
  records: DashboardRecords | null;
  topicName: (code: string) => string;
  onClose: () => void;
}>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const found = useRecordLines(records);
  const lines = found?.rows;
  const hidden = found?.hidden ?? 0;
  const stateLabel = (state: string | undefined) => {
    if (!state || !records) return '';
    return records.table === 'events'
      ? t(`enums.eventStatus.${state as EventStatus}`)
      : t(`enums.receptionOutcome.${state as ReceptionOutcome}`);
  };
  return (
    <Drawer opened={records !== null} onClose={onClose} position="right" size="lg" title={title}>
      {/* Counted once read: a count of 0 while the lines load would read as "nothing behind this figure". */}
      {found && (
        <Text size="sm" c="dimmed" mb="sm" data-testid="records-count">
          {t('dashboard.recordsCount', {
            count: (lines ?? []).reduce((sum, line) => sum + (line.count ?? 1), 0) + hidden,
          })}
        </Text>
      )}
      {hidden > 0 && (
        <Text size="sm" c="dimmed" mb="sm" data-testid="records-hidden">
          {t('receptions.confidentialHidden', { count: hidden })}
        </Text>
      )}
      <VirtualRows
        count={lines?.length ?? 0}
        rowHeight={36}
        height="calc(100vh - 140px)"
        testId="records-list"
        renderRow={(index) => {
          const line = lines?.[index];
          if (!line) return null;
          const text =
            line.count !== undefined
              ? t('receptionSessions.recordLine', { count: line.count })
              : records?.table === 'receptions'
                ? topicName(line.text)
                : language === 'kk' && line.textKk
                  ? line.textKk
                  : line.text;
          return (
            <Group h={36} px="sm" gap="sm" wrap="nowrap" data-testid="record-line">
              {line.date && (
                <Text size="sm" w={90}>
                  {formatDate(line.date)}
                </Text>
              )}
              <Text size="sm" truncate="end" style={{ flex: 1 }} title={text}>
                {text}
              </Text>
              {line.state && (
                <LabelBadge size="sm" variant="light">
                  {stateLabel(line.state)}
                </LabelBadge>
              )}
            </Group>
          );
        }}
      />
    </Drawer>
  );
}
