import { Badge, Group, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import type { Reception } from '@shared/model/records';
import { controlState } from '@shared/receptions/control';
import { LabelBadge } from '@/components/LabelBadge';
import { ControlStateBadge } from './ControlStateBadge';
import { openableRow } from './shortcuts';
import type { ReceptionLineProps } from './use-journal-lookups';

/** Every line of the journal has this height, so the list can draw only those in view; two lines of text fit. */
export const JOURNAL_ROW_HEIGHT = 42;

const COLUMNS = '90px 1.3fr 1fr 1.2fr 1fr 140px';

const OUTCOME_COLORS: Record<Reception['outcome'], string> = {
  explained: 'gray',
  helped: 'teal',
  control: 'blue',
  referred: 'grape',
  declined: 'orange',
};

export function JournalHeader() {
  const { t } = useTranslation();
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: COLUMNS,
        gap: 8,
        padding: '8px 12px',
        borderBottom: '1px solid var(--mantine-color-gray-3)',
        fontWeight: 600,
        fontSize: 14,
      }}
    >
      <span>{t('receptions.columns.date')}</span>
      <span>{t('receptions.columns.citizen')}</span>
      <span>{t('receptions.columns.place')}</span>
      <span>{t('receptions.columns.topic')}</span>
      <span>{t('receptions.columns.official')}</span>
      <span>{t('receptions.columns.outcome')}</span>
    </div>
  );
}

/** A group's heading line: what the receptions below share, and how many they are. */
export function JournalGroupLine({ label, count }: Readonly<{ label: string; count: number }>) {
  return (
    <Group
      h={JOURNAL_ROW_HEIGHT}
      px="sm"
      bg="gray.1"
      justify="space-between"
      wrap="nowrap"
      data-testid="journal-group"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Text size="sm" fw={600} truncate="end">
        {label}
      </Text>
      <Badge variant="light" color="gray">
        {count}
      </Badge>
    </Group>
  );
}

/** A cell of the journal: two lines at most, and the whole text on hover where even two do not hold it. */
function Cell({ text, children, testId }: Readonly<{ text: string; children?: ReactNode; testId?: string }>) {
  return (
    <Text size="sm" lh={1.25} lineClamp={2} title={text} data-testid={testId}>
      {text}
      {children}
    </Text>
  );
}

/** One reception: its date, citizen, place, topic, official, and its outcome or control state. */
export function JournalReceptionLine({ reception, day, names, onOpen }: ReceptionLineProps) {
  const { t } = useTranslation();
  const state = controlState(reception, day);
  return (
    <div
      {...openableRow(() => onOpen(reception))}
      data-testid="journal-row"
      style={{
        display: 'grid',
        gridTemplateColumns: COLUMNS,
        alignItems: 'center',
        gap: 8,
        height: JOURNAL_ROW_HEIGHT,
        padding: '0 12px',
        cursor: 'pointer',
        borderBottom: '1px solid var(--mantine-color-gray-2)',
      }}
    >
      <Text size="sm">{formatDate(reception.date)}</Text>
      <Cell text={names.personName(reception.citizenId)}>
        {reception.confidential && (
          // An icon, not a character: a glyph the font lacks would show as an empty box.
          <IconLock
            size={14}
            style={{ marginInlineStart: 6, verticalAlign: -2 }}
            aria-label={t('receptions.confidentialMark')}
            role="img"
          />
        )}
      </Cell>
      <Cell text={names.placeName(reception.placeId)} />
      <Cell text={names.topicName(reception.topicCode)} />
      <Cell text={names.personName(reception.officialId)} testId="journal-official" />
      {state === 'none' ? (
        <LabelBadge size="sm" variant="light" color={OUTCOME_COLORS[reception.outcome]} data-testid="outcome-badge">
          {t(`enums.receptionOutcome.${reception.outcome}`)}
        </LabelBadge>
      ) : (
        <ControlStateBadge state={state} />
      )}
    </div>
  );
}
