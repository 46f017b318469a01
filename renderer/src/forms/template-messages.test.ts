import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '@shared/i18n/resources';
import type { TemplateErrorCode } from './read-template';
import { templateErrorText, templateWarningText } from './template-messages';

async function translator(language: 'ru' | 'kk') {
  const instance = i18next.createInstance();
  await instance.init({
    resources: { ru: { translation: resources.ru }, kk: { translation: resources.kk } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const CODES: TemplateErrorCode[] = [
  'unsupported',
  'macros',
  'encrypted',
  'unreadable',
  'damaged-zip',
  'too-large',
  'timeout',
  'empty',
];

describe('why a form was not read, in the clerk’s language', () => {
  it.each(['ru', 'kk'] as const)(
    'has a text for every reason and warning in %s, none left as a key',
    async (language) => {
      const t = await translator(language);
      const texts = [...CODES.map((code) => templateErrorText(t, { code })), templateWarningText(t, 'stylesLost')];
      for (const text of texts) expect(text).not.toMatch(/^forms\.|{{/);
      expect(new Set(texts).size).toBe(texts.length);
    },
  );

  it('names the limit passed, how far, and what is allowed, in megabytes for sizes', async () => {
    const ru = await translator('ru');
    expect(templateErrorText(ru, { code: 'too-large', limit: { limit: 'fileBytes', value: 60 * 1024 * 1024 } })).toBe(
      'Форма больше, чем программа принимает: размер файла, МБ — 60, допустимо не больше 50. Удалите из формы лишние листы, строки или объединения ячеек и добавьте её снова.',
    );
    const kk = await translator('kk');
    expect(templateErrorText(kk, { code: 'too-large', limit: { limit: 'merges', value: 3_001 } })).toContain(
      'ұяшық біріктірулері — 3\u00a0001, ең көбі 3\u00a0000',
    );
    expect(templateErrorText(kk, { code: 'timeout', limit: { limit: 'seconds', value: 60 } })).toContain(
      '60 секундтан',
    );
  });
});
