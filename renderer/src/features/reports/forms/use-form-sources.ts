import { useMemo } from 'react';
import { receptionOutcomes } from '@shared/model/records';
import type { FigureSource } from '@shared/forms/compute-figures';
import type { LabelEntry } from '@shared/forms/labels';
import type { RowDirectories } from '@shared/forms/row-entries';
import { resources } from '@shared/i18n/resources';
import {
  useCan,
  useDirectory,
  useEthnicGroups,
  useFormRegisters,
  useOfficeProfile,
  useWorkProjections,
} from '@/db/hooks';
import { useDistrictOf } from '@/features/events/use-district-of';
import { useToday } from '@/lib/use-today';

export type FillSource = Omit<FigureSource, 'fixed'> & { officeName: string };

/**
 * What the forms screen works from: the directories a form's rows are matched against, and, once
 * the registers are read (as the dashboard reads them, only when a form is filled), the source of
 * its figures: the same data, place and rights as the dashboard's.
 */
export function useFormSources(loadFigures: boolean): {
  directories: RowDirectories | null;
  source: FillSource | null;
} {
  const profile = useOfficeProfile();
  const { districtOf, places } = useDistrictOf();
  const ethnicGroups = useEthnicGroups();
  const eventTypes = useDirectory('event_type');
  const topics = useDirectory('reception_topic');
  const directions = useDirectory('direction');
  const projects = useDirectory('project');
  const data = useWorkProjections(loadFigures);
  const registers = useFormRegisters(loadFigures);
  const includeConfidential = useCan('view-confidential');
  const today = useToday();

  const directories = useMemo((): RowDirectories | null => {
    if (!ethnicGroups || !eventTypes || !topics || !directions || !projects || places.length === 0) return null;
    const named = ({ id, nameRu, nameKk }: LabelEntry) => ({ id, nameRu, nameKk });
    return {
      places,
      ...(profile?.level === 'district' && profile.districtId ? { districtId: profile.districtId } : {}),
      districtOf,
      ethnicGroups: ethnicGroups.map(named),
      eventTypes,
      directions: directions.map(named),
      projects: projects.map(named),
      topics,
      outcomes: receptionOutcomes.map((id) => ({
        id,
        nameRu: resources.ru.enums.receptionOutcome[id],
        nameKk: resources.kk.enums.receptionOutcome[id],
      })),
    };
  }, [places, profile, districtOf, ethnicGroups, eventTypes, directions, projects, topics]);

  const settlements = useMemo(() => {
    const districtId = profile?.level === 'district' ? profile.districtId : undefined;
    return places
      .filter((place) => !place.deletedAt && place.level === 'settlement')
      .filter((place) => !districtId || districtOf(place.id) === districtId)
      .map((place) => place.id);
  }, [places, profile, districtOf]);

  const source = useMemo(
    (): FillSource | null =>
      data && registers && profile
        ? {
            data,
            ...registers,
            settlements,
            today,
            place: {},
            districtOf,
            includeConfidential,
            officeName: profile.officeName,
          }
        : null,
    [data, registers, settlements, profile, today, districtOf, includeConfidential],
  );
  return { directories, source };
}
