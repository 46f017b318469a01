import { describe, expect, it } from 'vitest';
import { applyEdit, differingFields, editedFields, mergeFields, sameValue } from './settle';

describe('comparing and merging versions of a record', () => {
  it('names only the fields whose content differs, not bookkeeping nor empty against missing', () => {
    const a = { id: 'p', updatedAt: '1', surname: 'Ахметов', phone: '', units: [{ b: 1, a: 2 }] };
    const b = { id: 'p', updatedAt: '2', surname: 'Ахмедов', units: [{ a: 2, b: 1 }], address: 'Аксу' };
    expect(differingFields([a, b])).toEqual(['surname', 'address']);
    expect(sameValue({ x: 1, y: undefined }, { x: 1 })).toBe(true);
  });

  it('takes each chosen field from its version, drops one the chosen version lacks, and leaves bookkeeping alone', () => {
    const shown = { id: 'p', updatedAt: '2', surname: 'Ахмедов', phone: '1' };
    const other = { id: 'p', updatedAt: '1', surname: 'Ахметов', address: 'Аксу' };
    const versions = new Map<string, Record<string, unknown>>([
      ['2-b', shown],
      ['2-a', other],
    ]);
    expect(mergeFields(shown, versions, { address: '2-a', phone: '2-a', updatedAt: '2-a' })).toEqual({
      id: 'p',
      updatedAt: '2',
      surname: 'Ахмедов',
      address: 'Аксу',
    });
    expect(() => mergeFields(shown, versions, { surname: '9-z' })).toThrow();
  });

  it('finds what another PC changed in a person merged away here, and applies it to the person kept', () => {
    const mergedAway = { id: 'p2', surname: 'Ахметов', deletedAt: 't', mergedInto: 'p1', updatedAt: '3' };
    const edited = { id: 'p2', surname: 'Ахметов', phone: '7701', updatedAt: '2' };
    const fields = editedFields(mergedAway, edited);
    expect(fields).toEqual(['phone']);
    expect(applyEdit({ id: 'p1', surname: 'Ахметов', iin: '85' }, edited, fields)).toEqual({
      id: 'p1',
      surname: 'Ахметов',
      iin: '85',
      phone: '7701',
    });
  });
});
