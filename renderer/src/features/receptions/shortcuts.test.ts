import { describe, expect, it } from 'vitest';
import { isSaveShortcut, openableRow } from './shortcuts';

describe('the keys of keyboard-first entry', () => {
  it('saves with Ctrl+Enter or ⌘+Enter, not with Enter alone', () => {
    expect(isSaveShortcut({ ctrlKey: true, metaKey: false, key: 'Enter' })).toBe(true);
    expect(isSaveShortcut({ ctrlKey: false, metaKey: true, key: 'Enter' })).toBe(true);
    expect(isSaveShortcut({ ctrlKey: false, metaKey: false, key: 'Enter' })).toBe(false);
    expect(isSaveShortcut({ ctrlKey: true, metaKey: false, key: 's' })).toBe(false);
  });

  it('opens a line with a click or with Enter, and is reached with Tab', () => {
    let opened = 0;
    const row = openableRow(() => opened++);
    expect(row).toMatchObject({ role: 'button', tabIndex: 0 });
    row.onClick();
    row.onKeyDown({ key: 'Enter' });
    row.onKeyDown({ key: ' ' });
    expect(opened).toBe(2);
  });
});
