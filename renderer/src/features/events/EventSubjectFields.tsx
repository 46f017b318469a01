import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { nameIn } from '@shared/text/name-in';
import { KazakhNameInput } from '@/components/KazakhNameInput';
import { ProjectDirectionSelects } from '@/components/ProjectDirectionSelects';
import { useDirectoryOptions } from '@/components/use-directory-options';
import { useWorkingGroups } from '@/db/hooks';
import { useLanguage } from '@/i18n/use-language';
import type { EventFormValues } from './event-form-values';

/** What the event is: its title and type, the working group holding it, its project and direction. */
export function EventSubjectFields({ form }: Readonly<{ form: UseFormReturnType<EventFormValues> }>) {
  const { t } = useTranslation();
  const types = useDirectoryOptions('event_type', 'code');
  const groups = useWorkingGroups();
  const { language } = useLanguage();
  return (
    <>
      <TextInput
        label={t('events.fields.title')}
        withAsterisk
        data-testid="event-title"
        {...form.getInputProps('title')}
      />
      <KazakhNameInput data-testid="event-title-kk" {...form.getInputProps('titleKk')} />
      <SimpleGrid cols={2}>
        <Select
          label={t('events.fields.type')}
          withAsterisk
          searchable
          data-testid="event-type"
          data={types}
          {...form.getInputProps('typeCode')}
        />
        <Select
          label={t('events.fields.workingGroup')}
          clearable
          data-testid="event-group"
          data={(groups ?? []).map((group) => ({ value: group.id, label: nameIn(language, group) }))}
          {...form.getInputProps('workingGroupId')}
        />
        <ProjectDirectionSelects
          project={form.getInputProps('projectId')}
          direction={form.getInputProps('directionId')}
          onProjectChange={(projectId) => {
            form.setFieldValue('projectId', projectId);
            form.setFieldValue('directionId', '');
          }}
        />
      </SimpleGrid>
    </>
  );
}
