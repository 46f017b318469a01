import { describe, expect, it } from 'vitest';
import { countedParticipants } from '@shared/events/totals';
import type { PlaceId } from '@shared/model/ids';
import { openTestScope } from '../test-db';
import { loadDemoData } from './demo-data';
import { buildStandardReport, reportKinds, type ReportOptions } from './reports';

const places = [{ id: '314839100' as PlaceId, nameRu: 'с.Каракемер', nameKk: 'Қаракемер а.' }];
const year = { from: '2026-01-01', to: '2026-12-31' };
const options: ReportOptions = {
  language: 'ru',
  headers: 'ru',
  maskPersonalData: true,
  asOf: '2026-11-21',
  today: '2026-11-21',
  includeConfidential: false,
};

async function demoScope() {
  const scope = await openTestScope();
  await loadDemoData(scope, { people: 300, places, today: '2026-11-21' });
  return scope;
}

describe('standard reports of a period', () => {
  it('every report builds from the office data, with a title and a header in the language asked', async () => {
    const scope = await demoScope();
    for (const kind of reportKinds) {
      const tables = await buildStandardReport(scope, kind, year, options);
      expect(tables.length, kind).toBeGreaterThan(0);
      for (const table of tables) {
        expect(table.title, kind).not.toBe('');
        expect(table.columns[0]?.header, kind).toBe('№');
      }
    }
  });

  it('the events report counts exactly the events held in the period and their participants', async () => {
    const scope = await demoScope();
    const { db } = scope;
    const held = (await db.events.toArray()).filter(
      (event) => !event.deletedAt && event.status === 'held' && event.start.slice(0, 10) >= year.from,
    );
    const [list] = await buildStandardReport(scope, 'events', year, options);
    expect(list?.rows).toHaveLength(held.length);
    expect(list?.totals?.[8]).toBe(held.reduce((sum, event) => sum + countedParticipants(event), 0));
  });

  it('the information gives the figures of the dashboard and the main events, largest first chosen', async () => {
    const scope = await demoScope();
    const { db } = scope;
    const [figures, main] = await buildStandardReport(scope, 'information', year, options);
    const held = (await db.events.toArray()).filter(
      (event) => !event.deletedAt && event.status === 'held' && event.start.slice(0, 10) >= year.from,
    );
    const row = (label: string) => figures?.rows.find((cells) => cells[1] === label);
    expect(row('Проведено мероприятий')?.[2]).toBe(held.length);
    expect(row('Участников')?.[2]).toBe(held.reduce((sum, event) => sum + countedParticipants(event), 0));
    expect(main?.rows.length).toBe(Math.min(20, held.length));
    const smallestListed = Math.min(...(main?.rows ?? []).map((cells) => Number(cells[5])));
    const listedTitles = new Set((main?.rows ?? []).map((cells) => cells[2]));
    const left = held.filter((event) => !listedTitles.has(event.title));
    expect(left.every((event) => countedParticipants(event) <= smallestListed)).toBe(true);
  });

  it('the visits report sums what each visit amounted to', async () => {
    const scope = await demoScope();
    const [table] = await buildStandardReport(scope, 'visits', year, options);
    const rows = table?.rows ?? [];
    expect(rows.length).toBeGreaterThan(0);
    const column = (index: number) => rows.reduce((sum, row) => sum + Number(row[index] ?? 0), 0);
    expect(table?.totals?.slice(6)).toEqual([column(6), column(7), column(8), column(9), column(10)]);
  });

  it('the reception report masks IINs and leaves confidential receptions out unless asked', async () => {
    const scope = await demoScope();
    const { db } = scope;
    const confidential = (await db.receptions.toArray()).filter((r) => r.confidential && r.date >= year.from).length;
    expect(confidential).toBeGreaterThan(0);
    const [journal] = await buildStandardReport(scope, 'receptions', year, options);
    const [withSecret] = await buildStandardReport(scope, 'receptions', year, {
      ...options,
      includeConfidential: true,
    });
    expect((withSecret?.rows.length ?? 0) - (journal?.rows.length ?? 0)).toBe(confidential);
    const iins = (journal?.rows ?? []).map((row) => row[3]).filter((cell) => typeof cell === 'string');
    expect(iins.every((iin) => String(iin).includes('••••'))).toBe(true);
  });
});
