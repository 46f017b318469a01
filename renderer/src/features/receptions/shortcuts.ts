/**
 * The keys of keyboard-first entry. Alt+N types nothing, so it opens a new reception from any
 * field; Ctrl+Enter (⌘+Enter on a Mac keyboard) saves the form from any of its fields.
 */
export const NEW_RECEPTION_HOTKEY = 'alt+N';

export const NEW_RECEPTION_HINT = 'Alt+N';

export function isSaveShortcut(event: Readonly<{ ctrlKey: boolean; metaKey: boolean; key: string }>): boolean {
  return (event.ctrlKey || event.metaKey) && event.key === 'Enter';
}

/** A journal or control-list line opens with a click or with Enter, as a button does. */
export function openableRow(open: () => void) {
  return {
    role: 'button',
    tabIndex: 0,
    onClick: open,
    onKeyDown: (event: Readonly<{ key: string }>) => {
      if (event.key === 'Enter') open();
    },
  } as const;
}
