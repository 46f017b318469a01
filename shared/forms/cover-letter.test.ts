import { describe, expect, it } from 'vitest';
import { wordBytes } from '../word/word-document';
import { readDocx } from '../word/test-docx';
import { DEFAULT_WORD_LAYOUT } from '../word/layout';
import { coverLetterDocument, type CoverLetterInput } from './cover-letter';

const letter = (language: CoverLetterInput['language']): CoverLetterInput => ({
  officeName: 'Отдел внутренней политики акимата Кордайского района',
  date: '2026-10-05',
  layout: DEFAULT_WORD_LAYOUT,
  language,
  formName: 'Мероприятия по районам',
  fileName: 'Мероприятия по районам 2026-07-01–2026-09-30.xlsx',
  period: { from: '2026-07-01', to: '2026-09-30' },
  place: { ru: 'Кордайский район', kk: 'Қордай ауданы' },
  signatory: { name: 'А. Сейткали', positionRu: 'Руководитель отдела', positionKk: 'Бөлім басшысы' },
});

describe('the cover letter of a filled form', () => {
  it('says in Russian what is sent, for which period, with the workbook as its attachment, and is signed', async () => {
    const { paragraphs } = readDocx(await wordBytes(coverLetterDocument(letter('ru'))));
    expect(paragraphs).toContain('Сопроводительное письмо');
    expect(paragraphs).toContain(
      'Направляем информацию по форме «Мероприятия по районам» за период с 01.07.2026 по 30.09.2026.',
    );
    expect(paragraphs).toContain('Приложение: файл «Мероприятия по районам 2026-07-01–2026-09-30.xlsx».');
    expect(paragraphs.join('\n')).toContain('Руководитель отдела');
    expect(paragraphs.join('\n')).toContain('А. Сейткали');
  });

  it('puts the Kazakh letter first when it is written in both languages', async () => {
    const { paragraphs } = readDocx(await wordBytes(coverLetterDocument(letter('both'))));
    const kazakh = paragraphs.indexOf('Ілеспе хат');
    const russian = paragraphs.indexOf('Сопроводительное письмо');
    expect(kazakh).toBeGreaterThanOrEqual(0);
    expect(russian).toBeGreaterThan(kazakh);
    expect(paragraphs).toContain(
      '«Мероприятия по районам» нысаны бойынша 01.07.2026 – 30.09.2026 кезеңіндегі ақпаратты жолдаймыз.',
    );
  });
});
