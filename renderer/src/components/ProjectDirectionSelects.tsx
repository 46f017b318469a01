import { Select } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useDirectory } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';

/**
 * A project and one of its directions, as two selects side by side in the caller's grid. Choosing
 * another project clears the direction; with no project there is no direction to choose.
 */
export function ProjectDirectionSelects({
  project,
  direction,
  onProjectChange,
}: Readonly<{
  project: GetInputPropsReturnType;
  direction: GetInputPropsReturnType;
  onProjectChange: (projectId: string) => void;
}>) {
  const { t } = useTranslation();
  const { localName } = useLanguage();
  const projects = useDirectory('project');
  const directions = useDirectory('direction');
  const chosen = projects?.find((item) => item.id === project.value);
  return (
    <>
      <Select
        label={t('events.fields.project')}
        clearable
        data={(projects ?? []).map((item) => ({ value: item.id, label: localName(item) }))}
        {...project}
        onChange={(next) => onProjectChange(next ?? '')}
      />
      <Select
        label={t('events.fields.direction')}
        clearable
        disabled={!chosen}
        data={(directions ?? [])
          .filter((item) => item.parentId === chosen?.id)
          .map((item) => ({ value: item.id, label: localName(item) }))}
        {...direction}
      />
    </>
  );
}
