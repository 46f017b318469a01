import { describe, expect, it } from 'vitest';
import { matchesName, nameIn } from './name-in';

describe('nameIn', () => {
  const event = { title: 'День единства народов', titleKk: 'Халықтар бірлігі күні' };
  const group = { name: 'Рабочая группа №1' };
  const kkOnly = { name: '', nameKk: 'Ақсақалдар кеңесі' };

  it('writes the Kazakh name in Kazakh and the given one in Russian', () => {
    expect(nameIn('kk', event)).toBe('Халықтар бірлігі күні');
    expect(nameIn('ru', event)).toBe('День единства народов');
  });

  it('falls back to the name given when there is no Kazakh one, and to the Kazakh one when only it is given', () => {
    expect(nameIn('kk', group)).toBe('Рабочая группа №1');
    expect(nameIn('ru', kkOnly)).toBe('Ақсақалдар кеңесі');
  });

  it('reads directory records with nameRu/nameKk the same way', () => {
    expect(nameIn('kk', { nameRu: 'Костанай', nameKk: 'Қостанай' })).toBe('Қостанай');
    expect(nameIn('kk', { nameRu: 'Костанай', nameKk: '' })).toBe('Костанай');
    expect(nameIn('ru', undefined)).toBe('');
  });
});

describe('matchesName', () => {
  const council = { name: 'Совет биев', nameKk: 'Билер кеңесі' };

  it('finds a record by its Russian or its Kazakh name', () => {
    expect(matchesName('биев', council)).toBe(true);
    expect(matchesName('кеңес', council)).toBe(true);
    expect(matchesName('отцов', council)).toBe(false);
  });

  it('finds the Kazakh name typed on a Russian keyboard', () => {
    expect(matchesName('кенес', council)).toBe(true);
    expect(matchesName('БИЛЕР', council)).toBe(true);
  });

  it('takes an empty query as no filter', () => {
    expect(matchesName('  ', council)).toBe(true);
  });
});
