import { describe, expect, it } from 'vitest';
import type { Place } from '../model/records';
import { makeDistrictOf } from './district-of';

type Row = Pick<Place, 'id' | 'level' | 'parentId'>;
const places = [
  { id: '314800000', level: 'district' },
  { id: '314851000', level: 'sub_district', parentId: '314800000' },
  { id: '314851100', level: 'settlement', parentId: '314851000' },
  { id: 'custom-village', level: 'settlement', parentId: '314851000' },
] as Row[];

describe('the district of a place', () => {
  const districtOf = makeDistrictOf(places);

  it('follows the parents, also for a village the office added itself', () => {
    expect(districtOf('314851100')).toBe('314800000');
    expect(districtOf('custom-village')).toBe('314800000');
    expect(districtOf('314800000')).toBe('314800000');
  });

  it('reads an unknown classifier code by its structure, and has none for no place', () => {
    expect(districtOf('315637100')).toBe('315600000');
    expect(districtOf(undefined)).toBe('');
    expect(districtOf('somewhere')).toBe('');
  });
});
