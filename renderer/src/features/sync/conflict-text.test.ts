import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '@shared/i18n/languages';
import { resources } from '@shared/i18n/resources';
import type { ConflictVersion } from '@/db';
import { fieldLabel, inFormOrder, kindText, recordTitle, valueText, versionMadeBy } from './conflict-text';

const translators = {} as Record<Language, TFunction>;

beforeAll(async () => {
  for (const language of ['ru', 'kk'] as const) {
    const instance = i18next.createInstance();
    await instance.init({
      resources: { [language]: { translation: resources[language] } },
      lng: language,
      fallbackLng: false,
      interpolation: { escapeValue: false },
    });
    translators[language] = instance.t;
  }
});

const lookups = { names: new Map([['place-1', 'Кордай']]) };

const version = (content: Record<string, unknown>, extra: Partial<ConflictVersion> = {}): ConflictVersion => ({
  rev: '2-a',
  shown: true,
  changedAt: '2026-12-01T05:30:00.000Z',
  device: 'aaaabbbbccccdddd',
  here: false,
  author: 'aliya',
  content,
  deleted: false,
  closed: false,
  ...extra,
});

describe('a conflict in the user language', () => {
  it('labels a field as its form does, in Russian and in Kazakh, and confidential content as such', () => {
    expect(fieldLabel(translators.ru, 'people', 'surname')).toBe('Фамилия');
    expect(fieldLabel(translators.kk, 'people', 'surname')).toBe(resources.kk.person.surname);
    expect(fieldLabel(translators.ru, 'associations', 'nameRu')).toBe('Название на русском');
    expect(fieldLabel(translators.ru, 'receptions', 'topicCode')).toBe('Тема обращения');
    expect(fieldLabel(translators.kk, 'people', 'sealed')).toBe('Құпия');
    expect(kindText(translators.kk, 'receptions')).toBe('Азаматты қабылдау');
    expect(inFormOrder('people', ['sealed', 'custom', 'phone', 'givenName', 'surname'])).toEqual([
      'surname',
      'givenName',
      'phone',
      'custom',
      'sealed',
    ]);
  });

  it('shows dates, choices, places and missing values as the registers do', () => {
    const t = translators.ru;
    expect(valueText(t, 'birthDate', '1985-01-31', lookups)).toBe('31.01.1985');
    expect(valueText(t, 'sex', 'female', lookups)).toBe('Женский');
    expect(valueText(t, 'placeId', 'place-1', lookups)).toBe('Кордай');
    expect(valueText(t, 'phone', undefined, lookups)).toBe('—');
    expect(valueText(t, 'phone', '77011111111', lookups)).toBe('+7 701 111 11 11');
    expect(valueText(t, 'sealed', { v: 1, key: 'k1', iv: 'x', data: 'y' }, lookups)).toBe('Конфиденциально');
  });

  it('titles a record by what a person recognises, and names the PC and the time of each version', () => {
    const t = translators.ru;
    const person = version({ surname: 'Ахметов', givenName: 'Ерлан', patronymic: 'Маратович' });
    expect(recordTitle(t, 'ru', { table: 'people' }, person, lookups)).toBe('Ахметов Ерлан Маратович');
    const association = version({ nameRu: 'Русский культурный центр', nameKk: 'Орыс мәдени орталығы' });
    expect(recordTitle(t, 'kk', { table: 'associations' }, association, lookups)).toBe('Орыс мәдени орталығы');
    const reception = version({ date: '2026-12-01', topicCode: 'земля' });
    expect(recordTitle(t, 'ru', { table: 'receptions' }, reception, lookups)).toBe('01.12.2026 · земля');
    expect(recordTitle(t, 'ru', { table: 'people' }, version({}), lookups)).toBe('Без названия');
    expect(versionMadeBy(t, person)).toBe('aliya · Компьютер aaaabbbb · 01.12.2026 10:30');
    expect(versionMadeBy(translators.kk, { ...person, here: true })).toContain(resources.kk.audit.thisPc);
  });
});
