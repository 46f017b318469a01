import { describe, expect, it } from 'vitest';
import { katoOfOblast } from '@shared/places/kato';
import { loadEthnicGroupSeeds, loadKato } from './reference-files';

describe('shipped KATO classifier', () => {
  it('holds every oblast and city of republican significance', async () => {
    const kato = await loadKato();
    expect(kato).toHaveLength(15_594);
    expect(kato.filter((entry) => entry.level === 'oblast')).toHaveLength(20);
    expect(kato.find((entry) => entry.kato === '100000000')?.nameKk).toBe('Абай облысы');
  });

  it('has Zhambyl oblast complete: its eleven districts and the five districts of the pilot project', async () => {
    const zhambyl = katoOfOblast(await loadKato(), '310000000');
    const districts = zhambyl.filter((entry) => entry.level === 'district').map((entry) => entry.nameRu);
    expect(districts).toHaveLength(11);
    expect(districts).toEqual(
      expect.arrayContaining([
        'Байзакский район',
        'Жамбылский район',
        'Кордайский район',
        'Меркенский район',
        'Шуский район',
      ]),
    );
    const countUnder = (district: string, level: string) =>
      zhambyl.filter((entry) => entry.level === level && entry.kato.startsWith(district)).length;
    // Okrug and settlement counts as published with the classifier (../shared/data/REFERENCE.md).
    expect([countUnder('3136', 'sub_district'), countUnder('3136', 'settlement')]).toEqual([17, 40]);
    expect([countUnder('3148', 'sub_district'), countUnder('3148', 'settlement')]).toEqual([19, 43]);
    expect([countUnder('3166', 'sub_district'), countUnder('3166', 'settlement')]).toEqual([19, 38]);
  });

  it('hangs each unit under its nearest existing parent', async () => {
    const zhambyl = katoOfOblast(await loadKato(), '310000000');
    const byCode = new Map(zhambyl.map((entry) => [entry.kato, entry]));
    expect(byCode.get('314839100')?.parentKato).toBe('314839000');
    expect(byCode.get('314800000')?.parentKato).toBe('310000000');
    expect(byCode.get('310000000')?.parentKato).toBeUndefined();
    const orphans = zhambyl.filter((entry) => entry.level !== 'oblast' && !byCode.has(entry.parentKato ?? ''));
    expect(orphans).toEqual([]);
  });

  it('keeps villages of the same name apart by code', async () => {
    const karakemer = (await loadKato()).filter(
      (entry) => entry.nameRu === 'с.Каракемер' && entry.kato.startsWith('31'),
    );
    expect(karakemer.map((entry) => entry.kato).sort()).toEqual(['314046100', '314839100', '315041600']);
  });
});

describe('shipped ethnic groups', () => {
  it('lists the forty groups of the census with Kazakh names, plus other and not stated', async () => {
    const groups = await loadEthnicGroupSeeds();
    expect(groups).toHaveLength(42);
    expect(groups[0]).toMatchObject({ id: 'kazakhs', nameRu: 'казахи', nameKk: 'қазақтар', order: 1 });
    expect(groups.find((group) => group.id === 'dungans')?.nameKk).toBe('дүнгендер');
    expect(groups.slice(-2).map((group) => group.id)).toEqual(['other', 'not_stated']);
    expect(new Set(groups.map((group) => group.id)).size).toBe(42);
  });
});
