import { Button, Checkbox, Group, Input, Modal, SegmentedControl, Stack } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates/format';
import { associationsExport, membersExport } from '@shared/export/registry-exports';
import type { HeaderLanguage } from '@shared/export/table';
import type { Association } from '@shared/model/records';
import { sortMembers } from '@shared/people/search';
import { useSafeAction } from '@/components/use-safe-action';
import { useSaveExport } from '@/export/use-save-export';
import { buildWorkbookInWorker } from '@/export/export-client';
import { useLanguage } from '@/i18n/use-language';
import { today } from '@/lib/clock';
import { allMemberEntries, listAssociations, membersOfAssociation, registryLookups } from '@/db';

/** A file name Windows accepts, however the association is called. */
function fileNameOf(...parts: string[]): string {
  return `${parts
    .join(' — ')
    .replace(/[\\/:*?"<>|«»]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150)}.xlsx`;
}

/** Styled Excel export of the registry: header language, masking of personal data, then a save dialog. */
export function ExportModal({
  kind,
  association,
  onClose,
}: Readonly<{ kind: 'members' | 'associations'; association?: Association; onClose: () => void }>) {
  const { t } = useTranslation();
  const { language, localName } = useLanguage();
  const run = useSafeAction();
  const saveExport = useSaveExport();
  const [headers, setHeaders] = useState<HeaderLanguage>(language);
  const [mask, setMask] = useState(false);
  const [working, setWorking] = useState(false);

  const exportFile = () =>
    run(async () => {
      setWorking(true);
      try {
        const options = { language, headers, maskPersonalData: mask, asOf: today() };
        let table;
        let name: string;
        if (kind === 'associations') {
          const summaries = await listAssociations();
          const chairmen = summaries.flatMap(({ association: a }) => (a.chairmanId ? [a.chairmanId] : []));
          table = associationsExport(summaries, await registryLookups(chairmen), options);
          name = fileNameOf(t('exports.associationsTitle'), formatDate(today()));
        } else {
          const entries = association
            ? sortMembers(await membersOfAssociation(association.id))
            : await allMemberEntries();
          table = membersExport(entries, await registryLookups(), options, association);
          name = fileNameOf(association ? localName(association) : t('exports.allMembersTitle'), formatDate(today()));
        }
        const bytes = await buildWorkbookInWorker([table]);
        await saveExport(name, bytes, {
          kind,
          ...(association ? { association: association.id } : {}),
          rows: table.rows.length,
          masked: mask,
        });
        onClose();
      } finally {
        setWorking(false);
      }
    });

  return (
    <Modal opened onClose={onClose} title={t('exports.exportButton')}>
      <Stack>
        <Input.Wrapper label={t('exports.headerLanguage')}>
          <div>
            <SegmentedControl
              value={headers}
              onChange={(value) => setHeaders(value as HeaderLanguage)}
              data={[
                { value: 'ru', label: t('languages.ru') },
                { value: 'kk', label: t('languages.kk') },
                { value: 'both', label: t('exports.both') },
              ]}
            />
          </div>
        </Input.Wrapper>
        {kind === 'members' && (
          <Checkbox
            label={t('exports.mask')}
            checked={mask}
            onChange={(event) => setMask(event.currentTarget.checked)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            leftSection={<IconDownload size={16} />}
            loading={working}
            onClick={exportFile}
            data-testid="export-run"
          >
            {t('exports.exportButton')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
