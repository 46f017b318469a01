import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { roles } from '@shared/auth/roles';
import type { Language } from '@shared/i18n/languages';
import type { AuditEntry } from '@shared/model/records';
import type { AuditAction } from '@/db/repositories/audit';
import { resources } from '@shared/i18n/resources';
import {
  auditActionText,
  auditActorText,
  auditDetailParts,
  auditDetailsText,
  auditRecordText,
  type AuditOperator,
} from './audit-text';

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

const operators: AuditOperator[] = [
  { id: 'op-1', login: 'admin', displayName: 'Айгерим Сейткали' },
  { id: 'op-2', login: 'aliya', displayName: 'Алия Ким' },
];

describe('the audit log in the interface language', () => {
  it('names the operator who signed in, and says "system" in words when nobody was signed in', () => {
    const ru = translators.ru;
    expect(auditActorText(ru, 'admin', operators)).toBe('Айгерим Сейткали (admin)');
    expect(auditActorText(ru, 'system', operators)).toBe(ru('audit.system'));
    expect(auditActorText(translators.kk, 'system', operators)).toBe('Жүйе (пайдаланушы кірмеген)');
    // An operator no longer in the list (a database restored from elsewhere) keeps the login written.
    expect(auditActorText(ru, 'marat', operators)).toBe('marat');
  });

  it('names a role in Russian and in Kazakh, never the English code', () => {
    const details = { role: 'administrator', disabled: false };
    expect(auditDetailsText(translators.ru, 'operator-update', details)).toBe('Роль: Администратор; Отключён: Нет');
    expect(auditDetailsText(translators.kk, 'operator-update', details)).toBe('Рөлі: Әкімші; Өшірілген: Жоқ');
    for (const language of ['ru', 'kk'] as const)
      for (const role of ['viewer', 'editor', 'exporter', 'administrator'])
        expect(auditDetailsText(translators[language], 'operator-create', { role })).not.toContain(role);
  });

  it('says what a password change, a key rotation and a backup were, with their counts', () => {
    const ru = translators.ru;
    expect(auditDetailsText(ru, 'operator-update', { password: true })).toBe('Пароль: изменён');
    expect(auditDetailsText(ru, 'key-rotation', { from: 'k1', to: 'k2' })).toBe(
      'Прежний ключ шифрования: версия 1; Новый ключ шифрования: версия 2',
    );
    expect(auditDetailsText(translators.kk, 'key-rotation', { to: 'k3' })).toBe('Жаңа шифрлау кілті: 3-нұсқа');
    expect(auditDetailsText(ru, 'backup', { reason: 'before-import', records: 12500 })).toBe(
      `Причина: перед импортом; Записей: ${(12500).toLocaleString('ru-RU')}`,
    );
    expect(auditDetailsText(ru, 'import', { register: 'members', added: 3, rejected: 1, skipped: 2 })).toBe(
      'Раздел: члены объединений; Добавлено: 3; Отклонено: 1; Пропущено: 2',
    );
  });

  it('reads the same period keys as period ends in an export and names the report or file kind', () => {
    const parts = auditDetailParts(translators.ru, 'export', {
      kind: 'report-information',
      from: '2026-07-01',
      to: '2026-09-30',
      masked: true,
    });
    expect(parts).toEqual([
      { label: 'Что', value: 'Информация о проделанной работе' },
      { label: 'Начало периода', value: '01.07.2026' },
      { label: 'Конец периода', value: '30.09.2026' },
      { label: 'Персональные данные скрыты', value: 'Да' },
    ]);
  });

  it('cuts a file hash to its start on screen and keeps it whole for the file', () => {
    const sha256 = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
    const ru = translators.ru;
    expect(auditDetailsText(ru, 'export', { sha256 }, true)).toBe('Контрольная сумма файла (SHA-256): a1b2c3d4e5f6…');
    expect(auditDetailsText(ru, 'export', { sha256 })).toBe(`Контрольная сумма файла (SHA-256): ${sha256}`);
  });

  it('leaves a detail it does not know as it was written', () => {
    const details = { colour: 'teal', batchSize: 1500, odd: true, kind: 'something-new', from: 'north' };
    expect(auditDetailsText(translators.ru, 'export', details)).toBe(
      'colour: teal; batchSize: 1500; odd: true; Что: something-new; from: north',
    );
    expect(auditDetailsText(translators.ru, 'lock', undefined)).toBe('');
  });

  it('names the action and the operator a record is about, and other records by table and id', () => {
    const ru = translators.ru;
    expect(auditActionText(ru, 'login')).toBe('Вход');
    expect(auditActionText(translators.kk, 'login')).toBe(resources.kk.audit.actions.login);
    expect(auditActionText(ru, 'brand-new-action')).toBe('brand-new-action');
    expect(auditRecordText(ru, { table: 'operators', recordId: 'op-2' }, operators)).toBe(
      'пользователь Алия Ким (aliya)',
    );
    const person = { table: 'people', recordId: '0123456789abcdef' };
    expect(auditRecordText(ru, person, operators)).toBe('people/01234567');
    expect(auditRecordText(ru, person, operators, true)).toBe('people/0123456789abcdef');
    expect(auditRecordText(ru, {}, operators)).toBe('');
  });
});

/**
 * Every kind of entry the program writes, with the details as its call sites write them (the
 * record makes the typecheck fail when a kind is added without an example here).
 */
const written: Record<AuditAction, AuditEntry['details'][]> = {
  create: [
    undefined,
    { kind: 'package-signing-key', fingerprint: 'ab12 cd34 ef56' },
    { kind: 'district-signing-key', district: '314000000', fingerprint: 'ab12 cd34 ef56' },
    { form: 'Мероприятия по районам' },
  ],
  update: [
    undefined,
    { kind: 'district-signing-key', district: '314000000', fingerprint: 'ab12 cd34', previous: 'ef56 0912' },
    { deadline: '2028-01-03 → 2028-01-05', reason: 'working-calendar' },
  ],
  delete: [undefined],
  'restore-record': [undefined],
  merge: [{ merged: '0b5c1e2a-person' }],
  import: [
    { register: 'members', added: 40, updated: 2, rejected: 1, skipped: 1, sha256: 'a1b2c3d4e5f6' },
    { register: 'population', added: 12, updated: 0, rejected: 0 },
    {
      kind: 'exchange-package',
      district: '314000000',
      from: '2026-07-01',
      to: '2026-09-30',
      createdAt: '2026-10-02T09:15:00.000Z',
      replaced: true,
      signed: false,
      rows: 120,
    },
  ],
  'import-undo': [{ people: 40, memberships: 40, other: 0, restored: 2, keptReferenced: 1 }],
  export: [
    { kind: 'audit-log', rows: 310, sha256: 'a1b2c3' },
    {
      kind: 'exchange-package',
      district: '314000000',
      from: '2026-07-01',
      to: '2026-09-30',
      masked: true,
      includeConfidential: false,
      includeMonitoring: true,
      rows: 120,
      sha256: 'a1b2c3',
    },
    { kind: 'screen', screen: '/receptions', format: 'print' },
    {
      kind: 'authority-form',
      form: 'Мероприятия по районам',
      from: '2026-07-01',
      to: '2026-09-30',
      cells: 6,
      sha256: 'a1b2c3',
    },
    {
      kind: 'authority-form-cover',
      form: 'Мероприятия по районам',
      from: '2026-07-01',
      to: '2026-09-30',
      format: 'docx',
    },
    { kind: 'visit', visit: '9f1e-visit', format: 'pdf', sha256: 'a1b2c3' },
    {
      kind: 'events-held',
      from: '2026-07-01',
      to: '2026-09-30',
      projectId: 'p-1',
      directionId: 'd-1',
      workingGroupId: 'wg-1',
      districtId: '314000000',
      typeCode: 'round-table',
      associationId: 'as-1',
      status: 'held',
      text: 'Наурыз',
      rows: 14,
    },
    { kind: 'receptions', from: '2026-07-01', to: '2026-09-30', includeConfidential: false, masked: true, rows: 80 },
    { kind: 'members', association: 'as-1', rows: 25, masked: false },
    { kind: 'associations', rows: 31, masked: false },
    { kind: 'consolidation', from: '2026-07-01', to: '2026-09-30', rows: 9 },
    { kind: 'rotation', rows: 12 },
    ...['information', 'events', 'receptions', 'visits', 'associations', 'members'].flatMap((report) =>
      (['xlsx', 'pdf'] as const).map((format) => ({
        kind: `report-${report}`,
        format,
        from: '2026-07-01',
        to: '2026-09-30',
        masked: true,
        includeConfidential: false,
        rows: 4,
      })),
    ),
  ],
  backup: ['auto', 'manual', 'exit', 'first-run', 'before-import', 'before-restore', 'before-migration'].map(
    (reason) => ({ reason, records: 12500, file: 'kelisim-20261002-091500-auto.klsbak', sha256: 'a1b2c3' }),
  ),
  restore: [{ records: 12500, createdAt: '2026-10-02T09:15:00.000Z' }],
  login: [undefined],
  'login-failed': [undefined],
  'unlock-failed': [undefined],
  lock: [undefined],
  'operator-create': roles.map((role) => ({ role })),
  'operator-update': [{ password: true }, ...roles.map((role) => ({ role, disabled: true }))],
  'password-reset': [undefined],
  'view-confidential': [undefined],
  'recovery-key': [undefined],
  'key-rotation': [{ to: 'k2' }, { from: 'k1', to: 'k2' }],
  'demo-remove': [
    {
      people: 500,
      associations: 30,
      memberships: 900,
      workingGroups: 3,
      visits: 12,
      events: 200,
      receptions: 300,
      population: 40,
      tensionRisks: 3,
      councils: 2,
      mediationCases: 5,
      total: 1995,
      keptEdited: 2,
      keptReferenced: 1,
    },
  ],
  'demo-restore': [{ restored: 1995 }],
  'calendar-change': [
    { change: 'add', date: '2028-03-09', kind: 'day_off' },
    { change: 'add', date: '2028-01-06', kind: 'working_day' },
    { change: 'remove', date: '2028-03-09' },
    { change: 'year-complete', year: 2028 },
    { change: 'year-incomplete', year: 2028 },
    { change: 'import', years: '2028, 2029', days: 34, file: 'праздники 2028.xlsx' },
  ],
  'deadline-recompute': [{ applied: 3, skipped: 1 }],
  'audit-check': [
    { intact: true, records: 57 },
    ...(['broken', 'truncated', 'rewritten'] as const).map((problem) => ({ intact: false, records: 57, problem })),
  ],
  'conflict-settled': [{ versions: 2 }, { versions: 3, appliedTo: '0b5c1e2a-person' }],
};

/** Values that are written as they are in any language: file names, hashes, ids, codes, a route. */
const verbatim = new Set([
  'sha256',
  'file',
  'fingerprint',
  'previous',
  'merged',
  'appliedTo',
  'district',
  'districtId',
  'screen',
  'visit',
  'association',
  'associationId',
  'projectId',
  'directionId',
  'workingGroupId',
  'typeCode',
  'text',
]);
const LATIN_WORD = /[A-Za-z]{2,}/;
/** The product names a format is called by in both languages. */
const BRAND = /^(Excel|PDF|Word)$/;

describe('every kind of audit entry, in Russian and in Kazakh', () => {
  for (const language of ['ru', 'kk'] as const)
    it(`leaves no English key, code or role in the ${language} log`, () => {
      const t = translators[language];
      const leaks: string[] = [];
      for (const [action, examples] of Object.entries(written)) {
        const actionText = auditActionText(t, action);
        if (actionText === action || LATIN_WORD.test(actionText)) leaks.push(`action ${action}: ${actionText}`);
        for (const details of examples)
          for (const [index, part] of auditDetailParts(t, action, details).entries()) {
            const key = Object.keys(details ?? {})[index] ?? '';
            if (LATIN_WORD.test(part.label.replace(/SHA-256/, ''))) leaks.push(`${action} label ${key}: ${part.label}`);
            if (!verbatim.has(key) && LATIN_WORD.test(part.value) && !BRAND.test(part.value))
              leaks.push(`${action} ${key}: ${part.value}`);
          }
      }
      expect(leaks).toEqual([]);
      expect(auditActorText(t, 'system', operators)).not.toMatch(LATIN_WORD);
    });

  it('writes the two languages differently wherever words are shown', () => {
    const entry = { change: 'add', date: '2028-03-09', kind: 'day_off' };
    expect(auditDetailsText(translators.ru, 'calendar-change', entry)).toBe(
      'Изменение: день добавлен; Дата: 09.03.2028; Что: выходной день',
    );
    expect(auditDetailsText(translators.kk, 'calendar-change', entry)).toBe(
      'Өзгеріс: күн қосылды; Күні: 09.03.2028; Не: демалыс күні',
    );
    expect(auditDetailsText(translators.ru, 'update', { deadline: '2028-01-03 → 2028-01-05' })).toBe(
      'Срок: 03.01.2028 → 05.01.2028',
    );
  });
});
