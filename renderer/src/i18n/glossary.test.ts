import { describe, expect, it } from 'vitest';
import { glossaryBreaches, glossaryPattern, parseGlossary } from '@shared/i18n/glossary';
import { kk } from '@shared/i18n/kk';
import { ru } from '@shared/i18n/ru';
import glossaryText from '../../../docs/glossary.md?raw';

const glossary = parseGlossary(glossaryText);

/** The Kazakh texts with one key changed, as a careless edit would leave them. */
function kkWith(path: string, text: string): typeof kk {
  const copy = structuredClone(kk) as unknown as Record<string, unknown>;
  const names = path.split('.');
  let node = copy;
  for (const name of names.slice(0, -1)) node = node[name] as Record<string, unknown>;
  node[names.at(-1) ?? ''] = text;
  return copy as unknown as typeof kk;
}

describe('docs/glossary.md', () => {
  it('lists the notions the interface texts must keep apart, each with its words and keys', () => {
    expect(glossary.terms.length).toBeGreaterThanOrEqual(15);
    for (const term of glossary.terms) {
      expect(term.keys.length, term.notion).toBeGreaterThan(0);
      expect(term.chosen.ru.length + term.chosen.kk.length, term.notion).toBeGreaterThan(0);
    }
    expect(glossary.bans.some((ban) => ban.language === 'kk' && ban.word === 'түсір-')).toBe(true);
    expect(glossary.bans.some((ban) => ban.language === 'ru' && ban.word === 'офис-')).toBe(true);
  });

  it('is followed by both text files: chosen words used, rejected and banned ones absent', () => {
    expect(glossaryBreaches(glossary, { ru, kk })).toEqual([]);
  });

  it('catches a text that brings back a rejected word or drops the chosen one', () => {
    const watchedAsControl = glossaryBreaches(glossary, {
      ru,
      kk: kkWith('monitoring.riskStatuses.watched', 'Бақылауда'),
    });
    expect(watchedAsControl.map((breach) => breach.key)).toEqual([
      'monitoring.riskStatuses.watched',
      'monitoring.riskStatuses.watched',
    ]);
    const calque = glossaryBreaches(glossary, { ru, kk: kkWith('receptions.export', 'Журнал мен жиынтықты түсіру') });
    expect(calque.map((breach) => [breach.key, breach.problem.includes('түсір-')])).toContainEqual([
      'receptions.export',
      true,
    ]);
    const dashboardAsSummary = glossaryBreaches(glossary, { ru, kk: kkWith('nav.dashboard', 'Жиынтық') });
    expect(dashboardAsSummary).toHaveLength(2);
  });

  it('tells a stem from a whole word', () => {
    expect(glossaryPattern('реттел-').test('Реттелгендерін көрсету')).toBe(true);
    expect(glossaryPattern('Қарау').test('Қараушы')).toBe(false);
    expect(glossaryPattern('Қарау').test('Қарау')).toBe(true);
    expect(glossaryPattern('свод').test('Выгрузить журнал и сводку')).toBe(false);
    expect(glossaryPattern('түсір-').test('Түсіндірілді')).toBe(false);
  });
});
