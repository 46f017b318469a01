import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from './menu';

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.label ? [item.label] : []),
    ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
  ]);
}

describe('native menu', () => {
  const actions = { command: vi.fn(), quit: vi.fn() };

  it('is in Russian or Kazakh as the interface is', () => {
    expect(labels(buildMenuTemplate('ru', actions)).slice(0, 3)).toEqual([
      'Файл',
      'Поиск людей',
      'Сохранить вид в PDF…',
    ]);
    expect(labels(buildMenuTemplate('kk', actions))).toEqual(
      expect.arrayContaining(['Файл', 'Түзету', 'Көрініс', 'Анықтама']),
    );
    expect(labels(buildMenuTemplate('kk', actions))).not.toContain('Правка');
  });

  it('sends its commands to the page', () => {
    const file = buildMenuTemplate('ru', actions)[0]?.submenu as MenuItemConstructorOptions[];
    const search = file.find((item) => item.accelerator === 'CmdOrCtrl+K');
    (search?.click as () => void)();
    expect(actions.command).toHaveBeenCalledWith('search');
  });
});
