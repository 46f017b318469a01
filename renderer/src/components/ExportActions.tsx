import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** An export dialog's last line: cancel, and the button that builds and saves the file. */
export function ExportActions({
  working,
  disabled,
  onCancel,
  onExport,
  label,
}: Readonly<{
  working: boolean;
  disabled?: boolean;
  onCancel: () => void;
  onExport: () => void;
  /** What the button says when the file is not a workbook. */
  label?: string;
}>) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button
        leftSection={<IconDownload size={16} />}
        loading={working}
        disabled={disabled}
        onClick={onExport}
        data-testid="export-run"
      >
        {label ?? t('exports.exportButton')}
      </Button>
    </Group>
  );
}
