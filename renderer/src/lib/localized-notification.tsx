import { notifications, notificationsStore, type NotificationData } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A text written each time it is rendered, so that it follows a switch of interface language. */
export type LocalizedText = (t: TFunction) => ReactNode;

/** Marks the notifications whose texts are LocalizedText: they stay open when the language changes. */
const FOLLOWS_LANGUAGE = 'data-follows-language';

function Localized({ text }: Readonly<{ text: LocalizedText }>) {
  const { t } = useTranslation();
  return <>{text(t)}</>;
}

export type LocalizedNotification = Omit<NotificationData, 'title' | 'message'> & {
  title?: LocalizedText;
  message: LocalizedText;
};

/** The notification Mantine shows, its title and message rendered in the current language. */
export function localizedNotification({ title, message, ...rest }: LocalizedNotification): NotificationData {
  return {
    ...rest,
    ...(title ? { title: <Localized text={title} /> } : {}),
    message: <Localized text={message} />,
    [FOLLOWS_LANGUAGE]: true,
  };
}

/** Shows a notification that reads in the new language as soon as the user switches it. */
export function showLocalizedNotification(notification: LocalizedNotification): string {
  return notifications.show(localizedNotification(notification));
}

/**
 * The ids of notifications (on screen or queued) whose texts were written once, in the language of
 * the moment: they cannot follow a switch of language.
 */
export function writtenInOneLanguage(list: readonly NotificationData[]): string[] {
  return list.flatMap((item) => (item[FOLLOWS_LANGUAGE] === true || !item.id ? [] : [item.id]));
}

/**
 * After a switch of interface language: notifications built with showLocalizedNotification re-render
 * in the new language by themselves; the others, written in the old language, are closed rather
 * than left on screen in a language the user just left.
 */
export function closeNotificationsInOldLanguage(): void {
  const { notifications: shown, queue } = notificationsStore.getState();
  for (const id of writtenInOneLanguage([...shown, ...queue])) notifications.hide(id);
}
