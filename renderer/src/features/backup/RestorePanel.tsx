import { Alert, Button, Checkbox, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/dates/format';
import { formatNumber } from '@shared/text/number-format';
import { restoreBackup } from '@/backup/backup-service';
import { newestUsable, restoreCandidates, type RestoreCandidate } from '@/backup/restore-candidates';
import { useSafeAction } from '@/components/use-safe-action';
import { desktop } from '@/desktop';
import { localWallClock } from '@/lib/clock';
import { normalizeRecoveryKey } from '@/security/crypto';
import { useSession } from '@/db/hooks';
import { BackupFormatError, type BackupHeader, readBackupHeader, type RestoreOutcome } from '@/db';

const PROBLEM_TEXT = {
  'not-a-backup': 'backup.damaged',
  damaged: 'backup.damaged',
  checksum: 'backup.checksum',
  'needs-key': 'backup.needsKey',
  'wrong-key': 'backup.wrongKey',
  'newer-version': 'backup.newer',
  verify: 'backup.verifyFailed',
  unencrypted: 'backup.unencryptedRefused',
  'no-operators': 'backup.noOperators',
} as const;

/**
 * Restore in two steps: pick a backup (from this PC's folder or a file), see what it holds, then
 * confirm; the recovery key is asked for when this PC's key cannot open it.
 */
export function RestorePanel({
  onRestored,
  preferNewest = false,
}: Readonly<{ onRestored: (records: number) => void; preferNewest?: boolean }>) {
  const { t } = useTranslation();
  const run = useSafeAction();
  const { holdsDataKey } = useSession();
  const [onDisk, setOnDisk] = useState<RestoreCandidate[]>([]);
  const [chosen, setChosen] = useState<{ header: BackupHeader; bytes: Uint8Array<ArrayBuffer> } | null>(null);
  const [recoveryKey, setRecoveryKey] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void desktop.listBackups().then((listed) => setOnDisk(restoreCandidates(listed, new Date(), readBackupHeader)));
  }, []);
  const newest = preferNewest ? newestUsable(onDisk) : null;

  const open = (bytes: Uint8Array) => {
    setProblem(null);
    try {
      const copy = new Uint8Array(bytes);
      setChosen({ header: readBackupHeader(copy).header, bytes: copy });
    } catch (error) {
      if (!(error instanceof BackupFormatError)) throw error;
      setProblem(t(PROBLEM_TEXT[error.problem]));
    }
  };

  const [askKey, setAskKey] = useState(false);
  const [allowUnencrypted, setAllowUnencrypted] = useState(false);
  const needsKey = (Boolean(chosen?.header.encryption) && !holdsDataKey) || askKey;
  const unencrypted = chosen !== null && chosen.header.encryption === null;
  const restore = () =>
    run(async () => {
      if (!chosen) return;
      setBusy(true);
      try {
        const outcome: RestoreOutcome = await restoreBackup(chosen.bytes, {
          ...(needsKey && recoveryKey ? { recoveryKey: normalizeRecoveryKey(recoveryKey) } : {}),
          allowUnencrypted,
        });
        if (outcome.ok) onRestored(outcome.records);
        else {
          // A backup this session's keys do not open may still open with the recovery key.
          if (outcome.problem === 'needs-key') setAskKey(true);
          setProblem(t(PROBLEM_TEXT[outcome.problem]));
        }
      } finally {
        setBusy(false);
      }
    });

  return (
    <Stack data-testid="restore-panel">
      {problem && (
        <Alert color="red" data-testid="restore-problem">
          {problem}
        </Alert>
      )}
      {!chosen && (
        <>
          {onDisk.length > 0 && (
            <Table striped withTableBorder>
              <Table.Tbody>
                {onDisk.slice(0, 10).map((file) => (
                  <Table.Tr key={file.name}>
                    <Table.Td>
                      {formatDateTime(localWallClock(file.createdAt))}
                      {file.futureDated && (
                        <Text size="xs" c="orange">
                          {t('backup.futureDated')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {file.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant={file.name === newest?.name ? 'filled' : 'light'}
                        onClick={() =>
                          run(async () => {
                            const bytes = await desktop.readBackup(file.name);
                            if (bytes) open(bytes);
                          })
                        }
                      >
                        {file.name === newest?.name ? t('guard.restoreNewest') : t('common.open')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Button
            variant="default"
            w="fit-content"
            leftSection={<IconFolderOpen size={16} />}
            data-testid="restore-choose-file"
            onClick={() =>
              run(async () => {
                const file = await desktop.openFile([{ name: 'Kelisim', extensions: ['klsbak'] }]);
                if (file) open(file.data);
              })
            }
          >
            {t('backup.restoreFile')}
          </Button>
        </>
      )}
      {chosen && (
        <Stack>
          <Alert color="blue" data-testid="restore-summary">
            {t('backup.restoreWhat', {
              date: formatDateTime(localWallClock(chosen.header.createdAt)),
              office: chosen.header.office?.name ?? '—',
              n: formatNumber(chosen.header.records),
            })}
          </Alert>
          <Text size="sm">{t('backup.restoreWarning')}</Text>
          {unencrypted && (
            <Checkbox
              color="red"
              label={t('backup.unencryptedConfirm')}
              checked={allowUnencrypted}
              onChange={(event) => setAllowUnencrypted(event.currentTarget.checked)}
              data-testid="restore-allow-unencrypted"
            />
          )}
          {needsKey && (
            <TextInput
              label={t('backup.recoveryKey')}
              description={t('backup.needsKey')}
              value={recoveryKey}
              onChange={(event) => setRecoveryKey(event.currentTarget.value)}
              placeholder="XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"
              data-testid="restore-recovery-key"
            />
          )}
          <Group>
            <Button variant="default" onClick={() => setChosen(null)}>
              {t('common.back')}
            </Button>
            <Button color="red" loading={busy} onClick={restore} data-testid="restore-confirm">
              {t('backup.restoreConfirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
