import { describe, expect, it } from 'vitest';
import type { PlaceId, VisitId, WorkingGroupId } from '@shared/model/ids';
import { visitJournalLabels, visitOptions } from './visit-labels';

const visit = (id: string, group: string, start: string, end: string) => ({
  id: id as VisitId,
  workingGroupId: group as WorkingGroupId,
  placeId: 'p1' as PlaceId,
  start,
  end,
});

const visits = [visit('v1', 'g1', '2026-11-02', '2026-11-06'), visit('v2', 'g2', '2026-12-07', '2026-12-11')];
const groups = [{ id: 'g1' as WorkingGroupId, name: 'Группа №1' }];

describe('visits as the receptions screens name them', () => {
  it('heads a journal group with the working group, the place and the first day', () => {
    const labels = visitJournalLabels(visits, groups, new Map([['p1', 'Музбел']]));
    expect(labels.get('v1')).toBe('Группа №1 · Музбел · 02.11.2026');
    // A group or place not (yet) read leaves its part empty.
    expect(labels.get('v2')).toBe(' · Музбел · 07.12.2026');
  });

  it('offers the latest visits first, each with its days', () => {
    expect(visitOptions(visits, groups)).toEqual([
      { value: 'v2', label: ' · 07.12.2026–11.12.2026' },
      { value: 'v1', label: 'Группа №1 · 02.11.2026–06.11.2026' },
    ]);
    // The list it was given stays in its order.
    expect(visits[0]?.id).toBe('v1');
  });

  it('names the working group in Kazakh in Kazakh, where it has a Kazakh name', () => {
    const named = [{ id: 'g1' as WorkingGroupId, name: 'Группа №1', nameKk: '№1 топ' }];
    expect(visitJournalLabels(visits, named, new Map([['p1', 'Музбел']]), 'kk').get('v1')).toBe(
      '№1 топ · Музбел · 02.11.2026',
    );
    expect(visitOptions(visits, named, 'ru')[1]?.label).toBe('Группа №1 · 02.11.2026–06.11.2026');
  });
});
