import { describe, expect, it } from 'vitest';
import type { ExportTable } from '../export/table';
import { informationNarrative } from './information-narrative';
import { DEFAULT_WORD_LAYOUT, mmToTwips } from './layout';
import { partLanguages, reportDocument, type ReportInLanguage } from './report-document';
import { readDocx } from './test-docx';
import { columnWidths, wordBytes } from './word-document';

const NB = '\u00a0';
const compared = (current: number, previous: number) => ({
  current,
  previous,
  change: current - previous,
  ratio: null,
});
const figures = {
  period: { from: '2026-07-01', to: '2026-09-30' },
  previousPeriod: { from: '2026-04-01', to: '2026-06-30' },
  eventsHeld: compared(17, 12),
  participants: compared(2350, 1800),
  eventsPlanned: compared(0, 0),
  receptions: compared(45, 30),
  helped: compared(12, 9),
  underControl: compared(5, 2),
  overdue: compared(1, 0),
  associations: compared(14, 14),
  members: compared(320, 300),
};

function tables(language: 'ru' | 'kk', mainEvents = 2): ExportTable[] {
  const ru = language === 'ru';
  return [
    {
      sheetName: ru ? 'Показатели' : 'Көрсеткіштер',
      title: ru ? 'Информация о проделанной работе' : 'Атқарылған жұмыс туралы ақпарат',
      subtitle: ru ? 'за период с 01.07.2026 по 30.09.2026' : '01.07.2026 бастап 30.09.2026 дейінгі кезең',
      columns: [
        { header: '№', width: 6, kind: 'number' },
        { header: ru ? 'Показатель' : 'Көрсеткіш', width: 40, kind: 'text' },
        { header: ru ? 'За период' : 'Кезеңде', width: 16, kind: 'number' },
      ],
      rows: [
        [1, ru ? 'Проведено мероприятий' : 'Өткізілген іс-шаралар', 17],
        [2, ru ? 'Участников' : 'Қатысушылар', 2350],
        [3, ru ? 'Средняя посещаемость' : 'Орташа қатысу', 138.2],
      ],
    },
    {
      sheetName: ru ? 'Основные мероприятия' : 'Негізгі іс-шаралар',
      title: ru ? 'Информация о проделанной работе' : 'Атқарылған жұмыс туралы ақпарат',
      subtitle: ru ? 'за период с 01.07.2026 по 30.09.2026' : '01.07.2026 бастап 30.09.2026 дейінгі кезең',
      columns: [
        { header: '№', width: 6, kind: 'number' },
        { header: ru ? 'Дата' : 'Күні', width: 12, kind: 'date' },
        { header: ru ? 'Мероприятие' : 'Іс-шара', width: 50, kind: 'text' },
      ],
      rows: Array.from({ length: mainEvents }, (_, index) => [
        index + 1,
        '2026-08-15',
        ru ? `Праздник единства ${index + 1}` : `Бірлік мерекесі ${index + 1}`,
      ]),
    },
  ];
}

function report(language: 'ru' | 'kk', mainEvents = 2): ReportInLanguage {
  return {
    language,
    tables: tables(language, mainEvents),
    narrative: informationNarrative(figures, language),
    place: language === 'ru' ? 'Енбекшиказахский район' : 'Еңбекшіқазақ ауданы',
    signatory: {
      position: language === 'ru' ? 'Руководитель отдела внутренней политики' : 'Ішкі саясат бөлімінің басшысы',
      name: 'А. Сейткали',
    },
  };
}

async function build(languages: ('ru' | 'kk')[], layout = DEFAULT_WORD_LAYOUT, mainEvents = 2) {
  const bytes = await wordBytes(
    reportDocument({
      officeName: 'Аппарат акима Енбекшиказахского района',
      date: '2026-10-01',
      layout,
      reports: languages.map((language) => report(language, mainEvents)),
    }),
  );
  return readDocx(bytes);
}

describe('a standard report as a Word document', () => {
  it('is a .docx with the heading, date and place, title, numbered sections and the signature', async () => {
    const docx = await build(['ru']);
    expect(docx.files).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', '[Content_Types].xml']));
    expect(docx.paragraphs.slice(0, 4)).toEqual([
      'Аппарат акима Енбекшиказахского района',
      '1 октября 2026 г.\tЕнбекшиказахский район',
      'Информация о проделанной работе',
      'за период с 01.07.2026 по 30.09.2026',
    ]);
    expect(docx.paragraphs).toContain('1. Показатели');
    expect(docx.paragraphs).toContain('2. Основные мероприятия');
    expect(docx.text).toContain(`проведено 17 мероприятий, в них приняли участие 2${NB}350 человек.`);
    expect(docx.paragraphs.slice(-2)).toEqual(['Руководитель отдела внутренней политики', 'А. Сейткали']);
  });

  it('writes numbers with space thousands and a decimal comma, dates as dd.mm.yyyy', async () => {
    const docx = await build(['ru']);
    expect(docx.paragraphs).toContain(`2${NB}350`);
    expect(docx.paragraphs).toContain('138,2');
    expect(docx.paragraphs).toContain('15.08.2026');
    expect(docx.text).not.toContain('2026-08-15');
  });

  it('puts the Kazakh text first in a bilingual document, each part with its own signature', async () => {
    expect(partLanguages('both')).toEqual(['kk', 'ru']);
    const docx = await build(partLanguages('both'));
    const kazakhTitle = docx.paragraphs.indexOf('Атқарылған жұмыс туралы ақпарат');
    const russianTitle = docx.paragraphs.indexOf('Информация о проделанной работе');
    expect(kazakhTitle).toBeGreaterThan(-1);
    expect(russianTitle).toBeGreaterThan(kazakhTitle);
    expect(docx.paragraphs[1]).toBe('2026 жылғы 1 қазан\tЕңбекшіқазақ ауданы');
    expect(docx.text).toContain(`17 іс-шара өткізілді, оларға 2${NB}350 адам қатысты.`);
    expect(docx.paragraphs.filter((text) => text === 'А. Сейткали')).toHaveLength(2);
    expect(docx.paragraphs).toContain('Ішкі саясат бөлімінің басшысы');
    // Two parts, two sections: the Russian one starts on a page of its own.
    expect(docx.documentXml.match(/<w:sectPr/g)).toHaveLength(2);
  });

  it('marks the header row of each table to repeat on every page and keeps rows whole', async () => {
    const docx = await build(['ru'], DEFAULT_WORD_LAYOUT, 60);
    const reportTables = [...docx.documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((match) => match[0]);
    const withHeaders = reportTables.filter((xml) => xml.includes('<w:tblHeader/>'));
    expect(withHeaders).toHaveLength(2);
    for (const xml of withHeaders) {
      const rows = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((match) => match[0]);
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(rows.slice(1).some((row) => row.includes('<w:tblHeader/>'))).toBe(false);
      expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
    }
    expect(docx.paragraphs).toContain('Праздник единства 60');
  });

  it('sets Times New Roman 14 for the text and 12 for tables', async () => {
    const bytes = await wordBytes(
      reportDocument({ officeName: 'Аким', date: '2026-10-01', layout: DEFAULT_WORD_LAYOUT, reports: [report('ru')] }),
    );
    const styles = new TextDecoder().decode(
      (await import('fflate')).unzipSync(bytes)['word/styles.xml'] ?? new Uint8Array(),
    );
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('w:hAnsi="Times New Roman"');
    expect(defaults).toContain('w:cs="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    const docx = readDocx(bytes);
    const tableRuns = [...docx.documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .filter((match) => match[0].includes('<w:tblHeader/>'))
      .flatMap((match) => [...match[0].matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((run) => run[0]));
    expect(tableRuns.length).toBeGreaterThan(10);
    expect(tableRuns.every((run) => run.includes('<w:sz w:val="24"/>'))).toBe(true);
    // The heading style is black Times New Roman, not Word's blue Calibri Light.
    const heading = /<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(heading).toContain('w:ascii="Times New Roman"');
    expect(heading).toContain('<w:color w:val="000000"/>');
  });

  it('lays the page out as A4 with the margins of the settings', async () => {
    const standard = await build(['ru']);
    expect(standard.documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(standard.documentXml).toMatch(
      /<w:pgMar w:top="1134" w:right="567" w:bottom="1134" w:left="1701" w:header="567" w:footer="567"/,
    );
    const custom = await build(['ru'], { marginsMm: { top: 25, right: 15, bottom: 20, left: 35 } });
    expect(custom.documentXml).toContain(`w:left="${mmToTwips(35)}"`);
    expect(custom.documentXml).toContain(`w:right="${mmToTwips(15)}"`);
    expect(custom.documentXml).toContain(`w:top="${mmToTwips(25)}"`);
  });

  it('numbers pages from the second one on', async () => {
    const docx = await build(['ru']);
    expect(docx.documentXml).toContain('<w:titlePg/>');
  });

  it('says so when a table of the report is empty', async () => {
    const docx = await build(['kk'], DEFAULT_WORD_LAYOUT, 0);
    expect(docx.paragraphs).toContain('2. Негізгі іс-шаралар');
    expect(docx.paragraphs).toContain('Кезеңде деректер жоқ.');
  });

  it('embeds the dashboard chart as a picture with a description, no wider than the text', async () => {
    const png = Uint8Array.from(
      atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
      (char) => char.charCodeAt(0),
    );
    const bytes = await wordBytes(
      reportDocument({
        officeName: 'Аким',
        date: '2026-10-01',
        layout: DEFAULT_WORD_LAYOUT,
        reports: [
          { ...report('ru'), pictures: [{ png, width: 1200, height: 400, description: 'Мероприятия по месяцам' }] },
        ],
      }),
    );
    const docx = readDocx(bytes);
    expect(docx.files.some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
    expect(docx.documentXml).toContain('descr="Мероприятия по месяцам"');
    // 1 200 px scaled down to the 170 mm of text between the margins (a twip is 635 EMU).
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(docx.documentXml);
    expect(Number(extent?.[1])).toBeLessThanOrEqual(mmToTwips(170) * 635);
    expect(Number(extent?.[1]) / Number(extent?.[2])).toBeCloseTo(3, 1);
  });

  it('gives dates and numbers the width they need and the text columns the rest', () => {
    const width = 9638;
    const widths = columnWidths(
      {
        columns: [
          { header: '№', width: 6, kind: 'number' },
          { header: 'Дата', width: 12, kind: 'date' },
          { header: 'Мероприятие', width: 50, kind: 'text' },
          { header: 'Форма проведения', width: 22, kind: 'text' },
          { header: 'Населённый пункт', width: 24, kind: 'text' },
          { header: 'Участников', width: 12, kind: 'number' },
          { header: 'Итоги', width: 44, kind: 'text' },
        ],
        rows: [[20, '2026-03-07', 'Литературный карнавал', 'Семинар', 'с. Кенен', 2350, 'Проведено']],
      },
      width,
    );
    const [number, date, title, form, place, participants, result] = widths as [number, ...number[]];
    expect(widths.reduce((sum, value) => sum + value, 0)).toBeLessThanOrEqual(width);
    expect(number).toBeGreaterThanOrEqual(2 * 120 + 260);
    expect(date).toBeGreaterThanOrEqual(10 * 120 + 260);
    expect(participants).toBeGreaterThanOrEqual(4 * 120 + 260);
    expect(title).toBeGreaterThan(result ?? 0);
    expect(result).toBeGreaterThan(place ?? 0);
    expect(place).toBeGreaterThanOrEqual(form ?? 0);
    expect(form).toBeGreaterThanOrEqual(7 * 140 + 260);
  });
});
