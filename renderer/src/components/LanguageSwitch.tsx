import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, languages } from '@shared/i18n/languages';
import { desktop } from '@/desktop';
import { switchLanguage } from '@/i18n/i18n';
import { useLanguage } from '@/i18n/use-language';
import { closeNotificationsInOldLanguage } from '@/lib/localized-notification';

/** Switches the whole interface, menu included, without reloading. */
export function LanguageSwitch({ size = 'xs' }: Readonly<{ size?: 'xs' | 'sm' }>) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <SegmentedControl
      size={size}
      aria-label={t('header.language')}
      data-testid="language-switch"
      value={language}
      onChange={(value) => {
        if (!isLanguage(value)) return;
        void switchLanguage(value).then(() => {
          closeNotificationsInOldLanguage();
          return desktop.setLanguage(value);
        });
      }}
      data={languages.map((code) => ({ value: code, label: t(`languages.${code}`) }))}
    />
  );
}
