import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Plan, PlanItem } from '@shared/model/records';
import { DEFAULT_WORD_LAYOUT } from '@shared/word/layout';
import { readDocx } from '@shared/word/test-docx';
import { executionDocument, executionWorkbook, type ExecutionChoice } from './execution-export';

const base = { createdAt: '2026-01-10T00:00:00Z', updatedAt: '2026-01-10T00:00:00Z', author: 'a' };
const plan = { ...base, id: 'plan-1', name: 'План на 2026 год', nameKk: '2026 жылғы жоспар', year: 2026 } as Plan;
const items = [
  {
    ...base,
    id: 'item-1',
    planId: plan.id,
    number: '1',
    order: 1,
    textRu: 'Заседания совета',
    textKk: 'Кеңес отырыстары',
    responsibleAgencyIds: ['agency:culture'],
    deadline: { kind: 'quarter', quarter: 3 },
    executions: [{ quarter: 3, textRu: 'Проведено.', textKk: 'Өткізілді.', author: 'a', updatedAt: '' }],
  },
] as unknown as PlanItem[];
const data = {
  plan,
  items,
  events: [],
  agencies: new Map([['agency:culture', { nameRu: 'Управление культуры', nameKk: 'Мәдениет басқармасы' }]]),
  places: new Map(),
};
const choice: ExecutionChoice = {
  period: { year: 2026, quarter: 3, yearToDate: false },
  language: 'both',
  today: '2026-10-05',
};

describe('the execution report files', () => {
  it('a workbook in both languages has the Kazakh sheet first, laid out for printing on A4 landscape', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await executionWorkbook(data, choice)).buffer as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Жоспардың орындалуы (қаз)', 'Исполнение плана (рус)']);
    const [kazakh, russian] = book.worksheets;
    expect(kazakh?.getCell('B5').value).toBe('Кеңес отырыстары');
    expect(kazakh?.getCell('E5').value).toBe('Өткізілді.');
    expect(russian?.getCell('C5').value).toBe('Управление культуры');
    expect(russian?.getCell('F5').value).toBe('Исполнено');
    expect(russian?.pageSetup.orientation).toBe('landscape');
    expect(russian?.pageSetup.printTitlesRow).toBe('4:4');
    expect(russian?.getCell('E5').alignment?.wrapText).toBe(true);
  });

  it('a Word document in both languages: the Kazakh text first, each signed', async () => {
    const bytes = await executionDocument(
      data,
      choice,
      {
        officeName: 'Отдел внутренней политики',
        place: { ru: 'Кордайский район', kk: 'Қордай ауданы' },
        layout: DEFAULT_WORD_LAYOUT,
        signatories: [],
      },
      { name: 'А. Сейткали', positionRu: 'Руководитель отдела', positionKk: 'Бөлім басшысы' },
    );
    const { paragraphs, documentXml } = readDocx(bytes);
    const kazakhTitle = paragraphs.indexOf('2026 жылғы III тоқсандағы іс-шаралар жоспарының орындалуы туралы ақпарат');
    const russianTitle = paragraphs.indexOf('Информация об исполнении плана мероприятий за III квартал 2026 года');
    expect(kazakhTitle).toBeGreaterThan(0);
    expect(russianTitle).toBeGreaterThan(kazakhTitle);
    const kazakhSignature = paragraphs.indexOf('Бөлім басшысы');
    expect(kazakhSignature).toBeGreaterThan(kazakhTitle);
    expect(kazakhSignature).toBeLessThan(russianTitle);
    expect(paragraphs[kazakhSignature + 1]).toBe('А. Сейткали');
    expect(paragraphs.slice(-2)).toEqual(['Руководитель отдела', 'А. Сейткали']);
    expect(documentXml).toContain('<w:tblHeader/>');
  });
});
