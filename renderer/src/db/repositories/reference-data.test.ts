import { describe, expect, it } from 'vitest';
import { toPlaceId, type DirectoryItemId } from '@shared/model/ids';
import { directorySeed } from '@shared/directories/seed';
import { katoOfOblast } from '@shared/places/kato';
import { loadEthnicGroupSeeds, loadKato } from '@/reference/reference-files';
import { filterPlaces } from '@shared/places/filter-places';
import { SETUP } from '../access';
import { openTestDb, scopeAs } from '../test-db';
import { addCustomPlace, saveDirectoryItem, setPlaceRemote } from './directories';
import { ensureReferenceData, loadOblastPlaces } from './reference-data';

describe('reference data', () => {
  it('fills the directories and ethnic groups on first start and adds nothing twice', async () => {
    const db = await openTestDb();
    const groups = await loadEthnicGroupSeeds();
    expect(await ensureReferenceData(db, groups)).toBe(directorySeed.length + groups.length);
    expect(await ensureReferenceData(db, groups)).toBe(0);
    expect(await db.directories.count()).toBe(directorySeed.length);
    expect(await db.ethnicGroups.count()).toBe(groups.length);
  });

  it('keeps what the office edited when the shipped list is applied again', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const groups = await loadEthnicGroupSeeds();
    await ensureReferenceData(db, groups);
    const seminar = 'event_type:seminar' as DirectoryItemId;
    const before = await db.directories.get(seminar);
    if (!before) throw new Error('seminar is a shipped event type');
    await saveDirectoryItem(scope, { ...before, nameRu: 'Обучающий семинар' }, seminar);
    await db.directories.delete('event_type:raid' as DirectoryItemId);
    await ensureReferenceData(db, groups);
    expect((await db.directories.get(seminar))?.nameRu).toBe('Обучающий семинар');
    expect(await db.directories.get('event_type:raid' as DirectoryItemId)).toBeDefined();
  });

  it('creates a new directory item with its own code and refuses an empty name', async () => {
    const db = await openTestDb();
    // Before anyone has signed in (the first run), what is saved is written by "system".
    const scope = { db, actor: SETUP, keys: null };
    const item = await saveDirectoryItem(scope, {
      kind: 'audience',
      nameRu: 'Волонтёры',
      nameKk: 'Еріктілер',
      order: 50,
      active: true,
    });
    expect(item.id).toMatch(/^audience:u_[0-9a-f]{8}$/);
    expect(item.author).toBe('system');
    await expect(
      saveDirectoryItem(scope, { kind: 'audience', nameRu: ' ', nameKk: 'x', order: 1, active: true }),
    ).rejects.toThrow();
    expect(await db.directories.where('kind').equals('audience').count()).toBe(1);
  });

  it('loads the places of the office oblast and finds them by either language or code', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const count = await loadOblastPlaces(scope, katoOfOblast(await loadKato(), '310000000'));
    expect(count).toBe(await db.places.count());
    const places = await db.places.toArray();
    expect(filterPlaces(places, 'сортобе').map((place) => place.id)).toContain('314854100');
    expect(filterPlaces(places, 'Сортөбе').map((place) => place.id)).toContain('314854100');
    expect(filterPlaces(places, '3148541').map((place) => place.id)).toEqual(['314854100']);
  });

  it('adds a settlement the classifier lacks under an existing okrug, and keeps it when KATO is reloaded', async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const entries = katoOfOblast(await loadKato(), '310000000');
    await loadOblastPlaces(scope, entries);
    const place = await addCustomPlace(scope, {
      nameRu: 'отд. Жаңатұрмыс',
      nameKk: 'Жаңатұрмыс',
      parentId: '314839000',
    });
    expect(place).toMatchObject({ custom: true, level: 'settlement', parentId: '314839000' });
    await expect(addCustomPlace(scope, { nameRu: 'x', nameKk: 'x', parentId: '999999999' })).rejects.toThrow();
    await loadOblastPlaces(scope, entries);
    expect(await db.places.get(place.id)).toBeDefined();
  });

  it("keeps the office's remote marks when the classifier is loaded again, and rewrites only what changed", async () => {
    const db = await openTestDb();
    const scope = scopeAs(db);
    const entries = katoOfOblast(await loadKato(), '310000000');
    await loadOblastPlaces(scope, entries);
    const sortobe = toPlaceId('314854100');
    const marked = await setPlaceRemote(scope, sortobe, true);
    expect(marked.remote).toBe(true);
    await loadOblastPlaces(scope, entries);
    expect(await db.places.get(sortobe)).toMatchObject({ remote: true, updatedAt: marked.updatedAt });
    // A renamed entry in a new classifier is rewritten, the mark kept with it.
    const renamed = entries.map((entry) => (entry.kato === sortobe ? { ...entry, nameRu: 'Сортобе (новое)' } : entry));
    await loadOblastPlaces(scope, renamed);
    expect(await db.places.get(sortobe)).toMatchObject({ remote: true, nameRu: 'Сортобе (новое)' });
    await setPlaceRemote(scope, sortobe, false);
    expect((await db.places.get(sortobe))?.remote).toBeUndefined();
    const audit = await db.auditLog.toArray();
    expect(audit.filter((entry) => entry.recordId === sortobe && entry.action === 'update')).toHaveLength(2);
  });
});
