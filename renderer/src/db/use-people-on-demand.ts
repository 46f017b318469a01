import { useCallback, useEffect, useRef, useState } from 'react';
import type { PersonId } from '@shared/model/ids';
import type { Person } from '@shared/model/records';
import { createRangeReader } from '@/lib/range-reader';
import { currentScope } from './session';
import { peopleByIds } from './repositories/people';

const PAGE = 100;

/**
 * Rows of a long list fetched as they scroll into view: the list holds ids only, so 100,000
 * people open at once and scroll without loading every record.
 */
export function usePeopleOnDemand(ids: readonly PersonId[]) {
  // One growing map, mutated in place, and a counter to re-render: copying a map of up to
  // 100,000 rows for every block read would cost more than the read itself.
  const [rows] = useState(() => new Map<string, Person>());
  const [version, setVersion] = useState(0);
  // Blocks already asked for, per version of the id list. A new list (any change to people) asks
  // again for what is on screen; rows read before stay shown meanwhile, so nothing flickers.
  const requested = useRef<{ ids: readonly PersonId[]; blocks: Set<number> }>({ ids, blocks: new Set() });
  // Blocks that arrive within one frame cause one render, not one each.
  const renderScheduled = useRef(false);
  const request = useCallback(
    (start: number, end: number) => {
      if (requested.current.ids !== ids) requested.current = { ids, blocks: new Set() };
      for (let block = Math.floor(start / PAGE); block <= Math.floor((end + PAGE / 2) / PAGE); block++) {
        if (requested.current.blocks.has(block) || block * PAGE >= ids.length) continue;
        requested.current.blocks.add(block);
        void peopleByIds(currentScope(), ids.slice(block * PAGE, (block + 1) * PAGE)).then((people) => {
          for (const person of people) rows.set(person.id, person);
          if (renderScheduled.current) return;
          renderScheduled.current = true;
          requestAnimationFrame(() => {
            renderScheduled.current = false;
            setVersion((current) => current + 1);
          });
        });
      }
    },
    [ids, rows],
  );
  const reader = useRef<ReturnType<typeof createRangeReader> | null>(null);
  useEffect(() => {
    const created = createRangeReader(request);
    reader.current = created;
    created.rangeChanged(0, 40);
    return () => created.dispose();
  }, [request]);
  const load = useCallback((start: number, end: number) => reader.current?.rangeChanged(start, end), []);
  return { rows: rows as ReadonlyMap<string, Person>, version, load };
}
