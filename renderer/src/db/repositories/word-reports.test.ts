import { describe, expect, it } from 'vitest';
import { DEFAULT_WORD_LAYOUT } from '@shared/word/layout';
import { AccessDeniedError } from '../access';
import { openTestDb, scopeAs } from '../test-db';
import { createOperator, updateOperator } from './operators';
import { saveOfficeProfile } from './settings';
import { getWordLayout, saveWordLayout, wordReportContext } from './word-reports';

describe('what a Word document takes from the office', () => {
  it('has the official margins until an administrator changes them, and refuses margins off the page', async () => {
    const db = await openTestDb();
    const admin = scopeAs(db);
    expect(await getWordLayout(admin)).toEqual(DEFAULT_WORD_LAYOUT);
    const wider = { marginsMm: { top: 20, right: 15, bottom: 20, left: 35 } };
    await saveWordLayout(admin, wider);
    expect(await getWordLayout(scopeAs(db, 'viewer'))).toEqual(wider);
    await expect(saveWordLayout(admin, { marginsMm: { top: 20, right: 0, bottom: 20, left: 35 } })).rejects.toThrow();
    await expect(saveWordLayout(scopeAs(db, 'editor'), DEFAULT_WORD_LAYOUT)).rejects.toBeInstanceOf(AccessDeniedError);
    expect((await db.auditLog.toArray()).some((entry) => entry.recordId === 'wordLayout')).toBe(true);
  });

  it('names the office, its place in both languages and the active operators with their positions', async () => {
    const db = await openTestDb();
    const admin = scopeAs(db);
    await db.places.bulkPut([
      {
        id: '195000000',
        level: 'oblast',
        typeCode: 0,
        nameRu: 'Алматинская область',
        nameKk: 'Алматы облысы',
        katoVersion: 'x',
        custom: false,
      },
      {
        id: '195200000',
        level: 'district',
        typeCode: 0,
        nameRu: 'Енбекшиказахский район',
        nameKk: 'Еңбекшіқазақ ауданы',
        parentId: '195000000',
        katoVersion: 'x',
        custom: false,
      },
    ] as never);
    await saveOfficeProfile(admin, {
      level: 'district',
      oblastId: '195000000',
      districtId: '195200000',
      officeName: 'Отдел внутренней политики',
      language: 'ru',
    });
    const boss = await createOperator(
      admin,
      { login: 'boss', displayName: 'Болат Ержанов', role: 'administrator', password: '12345678' },
      1,
    );
    const signer = await createOperator(
      admin,
      { login: 'aigerim', displayName: 'Айгерим Сейткали', role: 'editor', password: '12345678' },
      1,
    );
    const gone = await createOperator(
      admin,
      { login: 'old', displayName: 'Ушедший', role: 'viewer', password: '12345678' },
      1,
    );
    await updateOperator(admin, signer.id, { positionRu: 'Руководитель отдела', positionKk: 'Бөлім басшысы' });
    await updateOperator(admin, gone.id, { disabled: true });

    const context = await wordReportContext(scopeAs(db, 'exporter'));
    expect(context.officeName).toBe('Отдел внутренней политики');
    expect(context.place).toEqual({ ru: 'Енбекшиказахский район', kk: 'Еңбекшіқазақ ауданы' });
    expect(context.layout).toEqual(DEFAULT_WORD_LAYOUT);
    expect(context.signatories).toEqual([
      {
        id: signer.id,
        displayName: 'Айгерим Сейткали',
        positionRu: 'Руководитель отдела',
        positionKk: 'Бөлім басшысы',
      },
      { id: boss.id, displayName: 'Болат Ержанов', positionRu: '', positionKk: '' },
    ]);
    await expect(wordReportContext(scopeAs(db, 'viewer'))).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
