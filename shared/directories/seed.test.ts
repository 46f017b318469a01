import { describe, expect, it } from 'vitest';
import { directoryItemId, directorySeed } from './seed';
import { ethnicGroupSlug } from './ethnic-groups';

describe('shipped directories', () => {
  it('give every item a unique stable id', () => {
    const ids = directorySeed.map((item) => directoryItemId(item.kind, item.code));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('name every item in Russian and Kazakh', () => {
    expect(directorySeed.filter((item) => !item.nameRu.trim() || !item.nameKk.trim())).toEqual([]);
  });

  it('hang every direction under a shipped project', () => {
    const projects = new Set(directorySeed.filter((item) => item.kind === 'project').map((item) => item.code));
    const directions = directorySeed.filter((item) => item.kind === 'direction');
    expect(directions.length).toBeGreaterThanOrEqual(8);
    expect(directions.filter((item) => !item.parentCode || !projects.has(item.parentCode))).toEqual([]);
  });

  it('ship both projects of the seeds and the five working-group directions', () => {
    const codes = directorySeed.map((item) => `${item.kind}:${item.code}`);
    expect(codes).toEqual(expect.arrayContaining(['project:peace_and_accord', 'project:united_society']));
    for (const direction of ['information', 'rural_business', 'religion', 'public_order', 'anti_corruption'])
      expect(codes).toContain(`direction:${direction}`);
  });

  it('ship every reception topic the reception log needs', () => {
    const topics = directorySeed.filter((item) => item.kind === 'reception_topic').map((item) => item.code);
    expect(topics).toEqual(
      expect.arrayContaining(['housing', 'land', 'employment', 'grants_credits', 'social_support', 'utilities']),
    );
    expect(topics).toEqual(expect.arrayContaining(['legal_advice', 'religion', 'interethnic', 'corruption', 'other']));
  });

  it('derive ethnic group ids from English names', () => {
    expect(ethnicGroupSlug('Kazakhs')).toBe('kazakhs');
    expect(ethnicGroupSlug('Other (not stated)')).toBe('other_not_stated');
  });
});
