import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { nextEntry } from '@shared/audit/chain';
import { verifyChains } from '@shared/audit/chains';
import type { Language } from '@shared/i18n/languages';
import { resources } from '@shared/i18n/resources';
import type { AuditEntry } from '@shared/model/records';
import { auditLogTable } from './audit-log-table';

const translators = {} as Record<Language, TFunction>;
beforeAll(async () => {
  for (const language of ['ru', 'kk'] as const) {
    const instance = i18next.createInstance();
    await instance.init({
      resources: { [language]: { translation: resources[language] } },
      lng: language,
      fallbackLng: false,
      interpolation: { escapeValue: false },
    });
    translators[language] = instance.t;
  }
});

const KEY = new Uint8Array(32).fill(7);
const THIS_PC = '5c1e0a4b-this-pc';
const OTHER_PC = '9f3d77aa-other-pc';

function entriesOf(device: string | undefined, actions: string[]): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (const [index, action] of actions.entries()) {
    const chained = nextEntry(entries.at(-1), { at: `2026-12-03T0${index}:00:00.000Z`, actor: 'admin', action }, KEY);
    entries.push({ id: `${device}-${index}` as AuditEntry['id'], ...chained, ...(device ? { device } : {}) });
  }
  return entries;
}

describe('the inspector’s audit file', () => {
  it('names the PC of every entry in words and by its whole id, and reports each PC’s chain', () => {
    const entries = [...entriesOf(undefined, ['login']), ...entriesOf(OTHER_PC, ['login', 'lock'])];
    const checks = verifyChains(entries, { thisDevice: THIS_PC, key: KEY });
    for (const [language, thisPc, otherPc] of [
      ['ru', 'Этот компьютер', 'Компьютер 9f3d77aa'],
      ['kk', 'Осы компьютер', '9f3d77aa компьютері'],
    ] as const) {
      const table = auditLogTable(translators[language], { entries, checks, device: THIS_PC }, []);
      const byHeader = (header: string) => table.columns.findIndex((column) => column.header === header);
      const words = byHeader(resources[language].audit.device);
      const code = byHeader('device');
      expect(table.rows.map((row) => [row[words], row[code]])).toEqual([
        [thisPc, THIS_PC],
        [otherPc, OTHER_PC],
        [otherPc, OTHER_PC],
      ]);
      expect(table.subtitle).toContain(`${thisPc}: `);
      expect(table.subtitle).toContain(`${otherPc}: `);
    }
  });
});
