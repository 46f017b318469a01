import { describe, expect, it } from 'vitest';
import { analyseMembers, detectLayout } from '@shared/import/pipeline';
import { zhambylLookups } from './test-lookups';
import { firstSheet, workbookBytes } from './test-workbooks';

const TODAY = '2026-11-21';

function encodeWindows1251(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1251');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return Uint8Array.from([...text].map((char) => table.get(char) ?? 0x3f));
}

describe('importing the files people really have', () => {
  it('reads an Excel 2003 .xls with a merged title and the header on row 3, repairing as it goes', async () => {
    const data = workbookBytes(
      [
        ['Список членов Дунганского этнокультурного объединения «Шанхи»', null, null, null, null, null],
        [null, null, null, null, null, null],
        ['№ п/п', 'Ф.И.О.', 'ИИН', 'Дата рождения', 'Национальность', 'Телефон'],
        [1, 'Сушанло  Хусей Ахмедович', 51212500780, '12.12.2005', 'дунганин', '8 (701) 123-45-67'],
        [2, 'Ясыр Айша', '850731400453', 31259, 'Дунганка', '+7 777 555 00 11'],
        [3, 'Мансуров Имар Юсупович', '900101300126', new Date(Date.UTC(1990, 0, 1)), 'дунгане', ''],
        [null, null, null, null, null, null],
        ['Итого', null, null, null, null, 3],
      ],
      'biff8',
      [{ s: { r: 0, c: 0 }, e: { r: 0, c: 5 } }],
    );
    const sheet = firstSheet('Шанхи 2003.xls', data);
    const layout = detectLayout(sheet, 'members');
    expect(layout.headerRow).toBe(2);
    expect(layout.mapping).toEqual(['rowNumber', 'fullName', 'iin', 'birthDate', 'ethnicGroupId', 'phone']);

    const result = analyseMembers(sheet, layout, await zhambylLookups(), TODAY);
    expect(result.rejected).toEqual([]);
    expect(result.valid.map((row) => row.person)).toEqual([
      expect.objectContaining({
        surname: 'Сушанло',
        givenName: 'Хусей',
        patronymic: 'Ахмедович',
        iin: '051212500780',
        birthDate: '2005-12-12',
        sex: 'male',
        ethnicGroupId: 'dungans',
        phone: '77011234567',
      }),
      expect.objectContaining({
        surname: 'Ясыр',
        givenName: 'Айша',
        birthDate: '1985-07-31',
        sex: 'female',
        phone: '77775550011',
      }),
      expect.objectContaining({ surname: 'Мансуров', iin: '900101300126', birthDate: '1990-01-01' }),
    ]);
    const repairs = result.valid.flatMap((row) => row.repairs.map((repair) => `${row.rowNumber}:${repair.code}`));
    expect(repairs).toEqual(
      expect.arrayContaining([
        '4:spaces_trimmed',
        '4:iin_zeros_restored',
        '4:date_from_text',
        '4:phone_normalized',
        '4:name_split',
        '4:value_matched',
        '5:date_from_serial',
      ]),
    );
    expect(result.skipped).toEqual([
      { rowNumber: 7, reason: 'blank' },
      { rowNumber: 8, reason: 'total' },
    ]);
  });

  it('reads a Windows-1251 CSV with semicolons, keeping the leading zeros of IINs written as text', async () => {
    const csv = [
      'Фамилия;Имя;Отчество;ИИН;Дата рождения;Пол;Национальность;Населенный пункт',
      'Ким;Марина;Викторовна;061211600012;11.12.2006;жен;кореянка;с.Сортобе',
      'Пак;Виктор;;850731400453;31.07.1985;м;корейцы;Сортобе а.',
    ].join('\r\n');
    const sheet = firstSheet('kim.csv', encodeWindows1251(csv));
    expect(sheet.rows[1]?.[0]).toBe('Ким');
    const layout = detectLayout(sheet, 'members');
    expect(layout.headerRow).toBe(0);
    const result = analyseMembers(sheet, layout, await zhambylLookups(), TODAY);
    expect(result.rejected).toEqual([]);
    expect(result.valid).toHaveLength(2);
    // The IIN says female: the registered fact wins and the difference is reported, not hidden.
    expect(result.valid[1]?.person).toMatchObject({ surname: 'Пак', sex: 'female', placeId: '314854100' });
    expect(result.valid[1]?.warnings).toEqual([{ field: 'sex', code: 'sex_mismatch' }]);
    expect(result.valid[0]?.person).toMatchObject({
      surname: 'Ким',
      iin: '061211600012',
      sex: 'female',
      ethnicGroupId: 'koreans',
      placeId: '314854100',
    });
  });

  it('maps Kazakh headers in an .xlsx', async () => {
    const data = workbookBytes(
      [
        ['Тегі', 'Аты', 'Әкесінің аты', 'ЖСН', 'Туған күні', 'Ұлты', 'Байланыс телефоны', 'Бірлестіктегі рөлі'],
        ['Сейітов', 'Нұрлан', 'Серікұлы', '900101300126', '01.01.1990', 'қазақ', '87011234567', 'Төраға'],
        ['Оспанова', 'Әсел', '', '850731400453', '', 'қазақтар', '', 'мүше'],
      ],
      'xlsx',
    );
    const sheet = firstSheet('мүшелер.xlsx', data);
    const layout = detectLayout(sheet, 'members');
    expect(layout.mapping).toEqual([
      'surname',
      'givenName',
      'patronymic',
      'iin',
      'birthDate',
      'ethnicGroupId',
      'phone',
      'role',
    ]);
    const result = analyseMembers(sheet, layout, await zhambylLookups(), TODAY);
    expect(result.rejected).toEqual([]);
    expect(result.valid.map((row) => [row.person.surname, row.person.ethnicGroupId, row.role])).toEqual([
      ['Сейітов', 'kazakhs', 'chairman'],
      ['Оспанова', 'kazakhs', 'member'],
    ]);
  });

  it('rejects broken rows with the column and the reason, and keeps the good ones', async () => {
    const data = workbookBytes(
      [
        ['ФИО', 'ИИН', 'Дата рождения', 'Национальность', 'Телефон'],
        ['Иванов Иван Иванович', '900101300127', '', 'русский', ''],
        ['Петрова', '', '', 'русская', ''],
        ['Смирнов Олег', '', '31.02.1980', 'русский', ''],
        ['Волков Павел', '', '', 'марсианин', ''],
        ['Кузнецов Андрей', '', '', 'русские', '12345'],
        ['Попов Сергей', '900101300126', '', 'русские', ''],
        ['Попов Сергей Петрович', '900101300126', '', 'русские', ''],
        ['Морозов Игорь', '', '05.05.1975', 'русские', ''],
      ],
      'xlsx',
    );
    const sheet = firstSheet('с ошибками.xlsx', data);
    const result = analyseMembers(sheet, detectLayout(sheet, 'members'), await zhambylLookups(), TODAY);
    expect(result.valid.map((row) => row.rowNumber)).toEqual([7, 9]);
    expect(result.rejected.map((row) => [row.rowNumber, row.problems.map((p) => `${p.column}:${p.code}`)])).toEqual([
      [2, ['1:iin_checksum']],
      [3, ['0:required']],
      [4, ['2:date_invalid']],
      [5, ['3:unknown_value']],
      [6, ['4:phone_invalid']],
      [8, ['1:duplicate_row']],
    ]);
    expect(result.rejected.at(-1)?.problems[0]?.value).toBe('7');
  });
});
