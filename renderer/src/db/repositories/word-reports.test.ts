import { describe, expect, it } from 'vitest';
import { DEFAULT_WORD_LAYOUT } from '@shared/word/layout';
import { reportDocument } from '@shared/word/report-document';
import { readDocx } from '@shared/word/test-docx';
import { wordBytes } from '@shared/word/word-document';
import { AccessDeniedError } from '../access';
import { openTestDb, scopeAs } from '../test-db';
import { createOperator, updateOperator } from './operators';
import { buildStandardReport, reportKinds } from './reports';
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

describe('every standard report as a Word document', () => {
  it('writes each report with its title and one numbered section per sheet, in both languages', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const period = { from: '2026-07-01', to: '2026-09-30' };
    const base = { maskPersonalData: true, asOf: '2026-10-01', today: '2026-10-01', includeConfidential: false };
    for (const kind of reportKinds) {
      const reports = await Promise.all(
        (['kk', 'ru'] as const).map(async (language) => ({
          language,
          tables: await buildStandardReport(scope, kind, period, { ...base, language, headers: language }),
          place: '',
          signatory: { position: 'Руководитель', name: 'А. Сейткали' },
        })),
      );
      const docx = readDocx(
        await wordBytes(
          reportDocument({ officeName: 'Отдел', date: '2026-10-01', layout: DEFAULT_WORD_LAYOUT, reports }),
        ),
      );
      for (const { tables } of reports) {
        expect(docx.paragraphs, kind).toContain(tables[0]?.title);
        tables.forEach((table, index) => expect(docx.paragraphs, kind).toContain(`${index + 1}. ${table.sheetName}`));
      }
      expect(docx.paragraphs.indexOf(reports[0]?.tables[0]?.title ?? '')).toBeLessThan(
        docx.paragraphs.indexOf(reports[1]?.tables[0]?.title ?? ''),
      );
    }
  });
});
