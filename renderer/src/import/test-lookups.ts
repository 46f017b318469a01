import { directoryItemId, directorySeed } from '@shared/directories/seed';
import type { ImportLookups } from '@shared/import/read-rows';
import { katoOfOblast } from '@shared/places/kato';
import { loadEthnicGroupSeeds, loadKato } from '@/reference/reference-files';

/** The directories a Zhambyl office has, as the importer sees them; for tests. */
export async function zhambylLookups(associations: ImportLookups['associations'] = []): Promise<ImportLookups> {
  const groups = await loadEthnicGroupSeeds();
  const places = katoOfOblast(await loadKato(), '310000000');
  return {
    ethnicGroups: groups.map((group) => ({ id: group.id, names: [group.nameRu, group.nameKk, group.nameEn] })),
    places: places.map((place) => ({ id: place.kato, nameRu: place.nameRu, nameKk: place.nameKk, level: place.level })),
    legalForms: directorySeed
      .filter((item) => item.kind === 'legal_form')
      .map((item) => ({ id: item.code, names: [item.nameRu, item.nameKk] })),
    associations,
    eventTypes: directorySeed
      .filter((item) => item.kind === 'event_type')
      .map((item) => ({ id: item.code, names: [item.nameRu, item.nameKk] })),
    receptionTopics: directorySeed
      .filter((item) => item.kind === 'reception_topic')
      .map((item) => ({ id: item.code, names: [item.nameRu, item.nameKk] })),
    agencies: directorySeed
      .filter((item) => item.kind === 'agency')
      .map((item) => ({ id: directoryItemId('agency', item.code), names: [item.nameRu, item.nameKk] })),
  };
}
