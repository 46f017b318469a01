import { Button, Divider, Group, Modal, SimpleGrid, Stack, Text, TextInput, Timeline } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { daysBetween } from '@shared/dates/iso';
import type { ReceptionId } from '@shared/model/ids';
import { fullName } from '@shared/people/search';
import { controlState } from '@shared/receptions/control';
import { DateField } from '@/components/DateField';
import { useSafeAction } from '@/components/use-safe-action';
import { addReceptionControlNote, closeReceptionControl, extendReceptionControl, reopenReceptionControl } from '@/db';
import { useCan, usePerson, useReception } from '@/db/hooks';
import { localWallClock } from '@/lib/clock';
import { useToday } from '@/lib/use-today';
import { ControlStateBadge } from './ControlStateBadge';
import { useTopicName } from './use-topic-name';

type Action = 'close' | 'extend' | 'note' | null;

/**
 * One item under control: what was asked, who answers for it and by when, and its history. It is
 * closed with a resolution and a date, extended with a reason, or annotated; nothing is erased.
 */
export function ControlItemModal({
  id,
  onEdit,
  onClose,
}: Readonly<{ id: ReceptionId; onEdit: () => void; onClose: () => void }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const canEdit = useCan('edit');
  const day = useToday();
  const reception = useReception(id);
  const citizen = usePerson(reception?.citizenId ?? null);
  const topicName = useTopicName();
  const [action, setAction] = useState<Action>(null);
  const [date, setDate] = useState(day);
  const [text, setText] = useState('');
  const control = reception?.control;
  if (!reception || !control) return null;
  const state = controlState(reception, day);
  const left = daysBetween(day, control.deadline);

  const start = (next: Action) => {
    setAction(next);
    setText('');
    setDate(next === 'extend' ? control.deadline : day);
  };
  const apply = () =>
    run(async () => {
      if (!text.trim() || (action !== 'note' && !date)) return;
      if (action === 'close') await closeReceptionControl(id, date, text.trim());
      if (action === 'extend') await extendReceptionControl(id, date, text.trim());
      if (action === 'note') await addReceptionControlNote(id, text.trim());
      notifications.show({ color: 'teal', message: t('common.saved') });
      setAction(null);
    });

  return (
    <Modal opened onClose={onClose} size="lg" title={t('receptions.tabs.control')} data-testid="control-item">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>{citizen ? fullName(citizen) : t('receptions.noGroup')}</Text>
          <ControlStateBadge state={state} />
        </Group>
        <SimpleGrid cols={2} spacing="xs">
          <Text size="sm" c="dimmed">
            {t('receptions.fields.date')}
          </Text>
          <Text size="sm">{formatDate(reception.date)}</Text>
          <Text size="sm" c="dimmed">
            {t('receptions.fields.topic')}
          </Text>
          <Text size="sm">{topicName(reception.topicCode)}</Text>
          <Text size="sm" c="dimmed">
            {t('receptions.fields.responsibleBody')}
          </Text>
          <Text size="sm">{control.responsibleBody}</Text>
          <Text size="sm" c="dimmed">
            {t('receptions.fields.deadline')}
          </Text>
          <Text size="sm" data-testid="control-deadline">
            {formatDate(control.deadline)}
            {state === 'open' && ` (${t('receptions.control.daysLeft', { count: left })})`}
            {state === 'overdue' && ` (${t('receptions.control.daysOver', { count: -left })})`}
          </Text>
        </SimpleGrid>
        {reception.summary && <Text size="sm">{reception.summary}</Text>}
        {control.closedOn && (
          <Text size="sm" c="teal.8" data-testid="control-closed">
            {t('receptions.control.closedText', {
              date: formatDate(control.closedOn),
              resolution: control.resolution ?? '',
            })}
          </Text>
        )}

        <Divider label={t('receptions.control.history')} labelPosition="left" />
        {control.history.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('receptions.control.noHistory')}
          </Text>
        ) : (
          <Timeline bulletSize={12} lineWidth={2} data-testid="control-history">
            {control.history.map((note, index) => (
              <Timeline.Item
                key={index}
                title={note.kind === 'extension' ? t('receptions.control.extension') : t('receptions.control.noteKind')}
              >
                <Text size="sm">{note.text}</Text>
                <Text size="xs" c="dimmed">
                  {localWallClock(note.at).replace('T', ' ')} · {note.author}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}

        {canEdit && action && (
          <Stack gap="xs" data-testid="control-action">
            {action !== 'note' && (
              <DateField
                label={action === 'close' ? t('receptions.control.closedOn') : t('receptions.control.newDeadline')}
                withAsterisk
                value={date}
                onChange={setDate}
                data-testid="control-date"
              />
            )}
            <TextInput
              label={
                action === 'close'
                  ? t('receptions.control.resolution')
                  : action === 'extend'
                    ? t('receptions.control.reason')
                    : t('receptions.control.note')
              }
              withAsterisk
              data-autofocus
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') apply();
              }}
              data-testid="control-text"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAction(null)}>
                {t('common.cancel')}
              </Button>
              <Button onClick={apply} disabled={!text.trim()} data-testid="control-apply">
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        )}

        {canEdit && !action && (
          <Group justify="space-between">
            <Button variant="subtle" onClick={onEdit} data-testid="control-edit">
              {t('receptions.editReception')}
            </Button>
            <Group>
              {control.closedOn ? (
                <Button
                  variant="default"
                  onClick={() =>
                    run(async () => {
                      await reopenReceptionControl(id);
                    })
                  }
                  data-testid="control-reopen"
                >
                  {t('receptions.control.reopen')}
                </Button>
              ) : (
                <>
                  <Button variant="default" onClick={() => start('note')} data-testid="control-note">
                    {t('receptions.control.addNote')}
                  </Button>
                  <Button variant="default" onClick={() => start('extend')} data-testid="control-extend">
                    {t('receptions.control.extend')}
                  </Button>
                  <Button color="teal" onClick={() => start('close')} data-testid="control-close">
                    {t('receptions.control.close')}
                  </Button>
                </>
              )}
            </Group>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
