import { Badge, Checkbox, Stack, Tabs } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useRoute } from 'wouter';
import { periodOf, type Period } from '@shared/events/period';
import type { Reception, ReceptionSession } from '@shared/model/records';
import type { JournalGrouping } from '@shared/receptions/journal';
import { recordConfidentialView } from '@/db';
import { useCan, useOpenControlItems, useReceptionsInPeriod } from '@/db/hooks';
import { ImportWizard } from '@/features/import/ImportWizard';
import { useToday } from '@/lib/use-today';
import { ControlListTab } from './ControlListTab';
import { JournalTab } from './JournalTab';
import { OpenedReception, type Opened } from './OpenedReception';
import { ReceptionsExportModal } from './ReceptionsExportModal';
import { ReceptionsToolbar } from './ReceptionsToolbar';
import { SessionFormModal } from './SessionFormModal';
import { SessionsTab } from './SessionsTab';
import { NEW_RECEPTION_HOTKEY } from './shortcuts';
import { useJournalLookups } from './use-journal-lookups';

/**
 * The reception journal for a period, grouped the way the user asks, and the list of what is under
 * control with the overdue items first. Confidential receptions stay hidden unless the user with
 * the right to see them chooses to show them; each one opened is written to the audit log.
 */
export function ReceptionsPage() {
  const { t } = useTranslation();
  const canEdit = useCan('edit');
  const canSeeConfidential = useCan('view-confidential');
  const [, navigate] = useLocation();
  const [, params] = useRoute<{ tab: string }>('/receptions/:tab');
  const tab = params?.tab === 'control' || params?.tab === 'sessions' ? params.tab : 'journal';
  const day = useToday();
  const [period, setPeriod] = useState<Period>(() => periodOf('month', day));
  const [grouping, setGrouping] = useState<JournalGrouping>('date');
  const [showConfidential, setShowConfidential] = useState(false);
  const [opened, setOpened] = useState<Opened>(null);
  // undefined: no session form open; null: a new session.
  const [session, setSession] = useState<ReceptionSession | null | undefined>(undefined);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const includeConfidential = canSeeConfidential && showConfidential;

  const journal = useReceptionsInPeriod(period, includeConfidential);
  const receptions = journal?.rows;
  const controlItems = useOpenControlItems(day, includeConfidential)?.rows;
  const names = useJournalLookups(
    useMemo(() => [...(receptions ?? []), ...(controlItems ?? [])], [receptions, controlItems]),
  );

  const open = (reception: Reception) => {
    if (reception.confidential) void recordConfidentialView(reception.id);
    setOpened(reception.control ? { kind: 'control', id: reception.id } : { kind: 'form', reception });
  };

  // No tags are ignored, so the shortcut works from inside any field; it never replaces a form already open.
  useHotkeys(
    [
      [
        NEW_RECEPTION_HOTKEY,
        () => canEdit && setOpened((current) => current ?? { kind: 'form', reception: null }),
        { usePhysicalKeys: true },
      ],
    ],
    [],
  );

  return (
    <Stack data-testid="receptions-page">
      <ReceptionsToolbar
        onImport={() => setImporting(true)}
        onExport={() => setExporting(true)}
        onNew={() => setOpened({ kind: 'form', reception: null })}
      />

      <Tabs value={tab} onChange={(next) => navigate(`/receptions/${next ?? 'journal'}`)}>
        <Tabs.List>
          <Tabs.Tab value="journal" data-testid="receptions-tab-journal">
            {t('receptions.tabs.journal')}
          </Tabs.Tab>
          <Tabs.Tab
            value="control"
            data-testid="receptions-tab-control"
            rightSection={
              controlItems && controlItems.length > 0 ? (
                <Badge size="sm" variant="light">
                  {controlItems.length}
                </Badge>
              ) : undefined
            }
          >
            {t('receptions.tabs.control')}
          </Tabs.Tab>
          <Tabs.Tab value="sessions" data-testid="receptions-tab-sessions">
            {t('receptionSessions.title')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>

      {canSeeConfidential && (
        <Checkbox
          label={t('receptions.includeConfidential')}
          checked={showConfidential}
          onChange={(event) => setShowConfidential(event.currentTarget.checked)}
          data-testid="receptions-confidential"
        />
      )}

      {tab === 'journal' ? (
        <JournalTab
          receptions={receptions}
          hidden={journal?.hidden ?? 0}
          period={period}
          onPeriodChange={setPeriod}
          grouping={grouping}
          onGroupingChange={setGrouping}
          day={day}
          names={names}
          onOpen={open}
        />
      ) : tab === 'control' ? (
        <ControlListTab items={controlItems} day={day} names={names} onOpen={open} />
      ) : (
        <SessionsTab
          period={period}
          onPeriodChange={setPeriod}
          names={names}
          onNew={() => setSession(null)}
          onOpen={setSession}
          onTakeUnderControl={(from) =>
            setOpened({
              kind: 'form',
              reception: null,
              prefill: {
                date: from.date,
                placeId: from.placeId ?? '',
                visitId: from.visitId ?? '',
                officialId: from.officialIds[0] ?? '',
                sessionId: from.id,
              },
            })
          }
        />
      )}
      {session !== undefined && <SessionFormModal session={session} onClose={() => setSession(undefined)} />}

      <OpenedReception opened={opened} onChange={setOpened} />
      {importing && <ImportWizard register="receptions" onClose={() => setImporting(false)} />}
      {exporting && <ReceptionsExportModal onClose={() => setExporting(false)} />}
    </Stack>
  );
}
