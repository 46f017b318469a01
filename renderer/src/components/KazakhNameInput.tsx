import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The optional Kazakh name beside a name users type (an event's title, a working group's or a
 * council's name): reports and screens in Kazakh show it, and search finds the record by it.
 */
export function KazakhNameInput(props: Readonly<Omit<TextInputProps, 'label' | 'description'>>) {
  const { t } = useTranslation();
  return <TextInput label={t('bilingualName.kk')} description={t('bilingualName.kkHint')} {...props} />;
}
