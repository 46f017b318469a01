import { describe, expect, it } from 'vitest';
import { resolve, type Version } from './winner';

const version = (rev: string, changedAt: string, device: string, deleted = false): Version<string> => ({
  rev,
  changedAt,
  device,
  deleted,
  content: `${device}@${changedAt}`,
});

describe('which concurrent version a record shows', () => {
  it('shows the version changed last and keeps the other as a conflict', () => {
    const older = version('3-aaa', '2026-12-01T10:00:00.000Z', 'pc-b');
    const newer = version('2-fff', '2026-12-01T11:00:00.000Z', 'pc-a');
    const { shown, others } = resolve([older, newer]);
    expect(shown).toBe(newer);
    expect(others).toEqual([older]);
  });

  it('breaks a tie of times by device id, then by revision, in whatever order the leaves come', () => {
    const at = '2026-12-01T10:00:00.000Z';
    const [b, a, c] = [version('2-b', at, 'pc-a'), version('2-a', at, 'pc-c'), version('2-c', at, 'pc-c')];
    const shownEverywhere = new Set(
      [
        [b, a, c],
        [c, a, b],
        [a, b, c],
      ].map((order) => resolve(order).shown.rev),
    );
    expect([...shownEverywhere]).toEqual(['2-c']);
  });

  it('keeps a record that one PC changed while another removed it for good', () => {
    const removed = version('4-x', '2026-12-02T09:00:00.000Z', 'pc-a', true);
    const changed = version('3-y', '2026-12-01T09:00:00.000Z', 'pc-b');
    expect(resolve([removed, changed])).toEqual({ shown: changed, others: [] });
  });

  it('shows a removal only when every version is one, with nothing to settle', () => {
    const a = version('2-a', '2026-12-01T09:00:00.000Z', 'pc-a', true);
    const b = version('2-b', '2026-12-01T10:00:00.000Z', 'pc-b', true);
    expect(resolve([a, b])).toEqual({ shown: b, others: [] });
  });
});
