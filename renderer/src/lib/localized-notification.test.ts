import { notifications, notificationsStore } from '@mantine/notifications';
import i18next from 'i18next';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { kk } from '@shared/i18n/kk';
import { ru } from '@shared/i18n/ru';
import {
  closeNotificationsInOldLanguage,
  localizedNotification,
  showLocalizedNotification,
  writtenInOneLanguage,
} from './localized-notification';

const i18n = i18next.createInstance();
await i18n.use(initReactI18next).init({
  resources: { ru: { translation: ru }, kk: { translation: kk } },
  lng: 'ru',
  fallbackLng: false,
  interpolation: { escapeValue: false },
});

const rendered = (node: ReactNode) => renderToStaticMarkup(createElement(I18nextProvider, { i18n }, node));

describe('notifications and the interface language', () => {
  beforeEach(async () => {
    notifications.clean();
    await i18n.changeLanguage('ru');
  });

  it('writes a localized notification in the language of the moment it is drawn, not of the moment it was shown', async () => {
    const notice = localizedNotification({
      title: (t) => t('errors.title'),
      message: (t) => t('monitoring.riskDeleted'),
    });
    expect(rendered(notice.title)).toBe(ru.errors.title);
    expect(rendered(notice.message)).toBe(ru.monitoring.riskDeleted);
    await i18n.changeLanguage('kk');
    expect(rendered(notice.title)).toBe(kk.errors.title);
    expect(rendered(notice.message)).toBe(kk.monitoring.riskDeleted);
  });

  it('closes on a switch the notifications written once in the old language, and keeps the localized ones', () => {
    const plain = notifications.show({ message: ru.common.saved });
    const queued = Array.from({ length: 6 }, () => notifications.show({ message: ru.common.saved }));
    const localized = showLocalizedNotification({ message: (t) => t('common.saved'), autoClose: false });
    const all = () => {
      const { notifications: shown, queue } = notificationsStore.getState();
      return [...shown, ...queue].map((item) => item.id);
    };
    expect(all()).toEqual(expect.arrayContaining([plain, localized, ...queued]));
    closeNotificationsInOldLanguage();
    expect(all()).toEqual([localized]);
  });

  it('tells the two kinds apart by the mark localizedNotification sets', () => {
    expect(
      writtenInOneLanguage([
        { id: 'a', message: 'Сохранено' },
        localizedNotification({ id: 'b', message: (t) => t('common.saved') }),
        { message: 'no id' },
      ]),
    ).toEqual(['a']);
  });
});
