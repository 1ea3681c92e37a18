/** Every keyboard shortcut of the editor, as shown in the shortcuts dialog (`?`). */
export interface ShortcutGroup {
  title: string;
  items: { keys: string[][]; action: string }[];
}

export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: 'Edit',
    items: [
      { keys: [['Ctrl', 'Z']], action: 'Undo' },
      {
        keys: [
          ['Ctrl', 'Shift', 'Z'],
          ['Ctrl', 'Y'],
        ],
        action: 'Redo',
      },
      { keys: [['Ctrl', 'C']], action: 'Copy the selected components (with what is inside them)' },
      { keys: [['Ctrl', 'X']], action: 'Cut' },
      { keys: [['Ctrl', 'V']], action: 'Paste' },
      { keys: [['Ctrl', 'D']], action: 'Duplicate (the copy gets a name of its own)' },
      { keys: [['F2'], ['double-click']], action: 'Rename the selected component in place' },
      {
        keys: [['Shift', 'F10'], ['right-click']],
        action: 'The component’s menu: rename, connect, duplicate, delete, move in or out',
      },
      { keys: [['Delete'], ['Backspace']], action: 'Delete the selection' },
      { keys: [['↑'], ['↓'], ['←'], ['→']], action: 'Nudge the selection (Shift: further); one undo step per burst' },
    ],
  },
  {
    title: 'Select and connect',
    items: [
      { keys: [['Tab']], action: 'Move between components on the canvas' },
      { keys: [['Enter']], action: 'Select the focused component' },
      { keys: [['Ctrl', 'A']], action: 'Select everything' },
      {
        keys: [
          ['Shift', 'click'],
          ['Ctrl', 'click'],
        ],
        action: 'Add to the selection',
      },
      { keys: [['Shift', 'drag']], action: 'Select with a box' },
      { keys: [['C']], action: 'Connect the selected component: choose the other end, the kind and the mode' },
      { keys: [['Esc']], action: 'Clear the selection and the highlight' },
    ],
  },
  {
    title: 'Add',
    items: [
      { keys: [['/']], action: 'Search the palette' },
      {
        keys: [['Enter']],
        action: 'On a palette item: add it (inside the selected host or boundary when it may go there)',
      },
      {
        keys: [['Tab']],
        action: 'To the inspector: “Inside” moves the selected component into a host or boundary, or out',
      },
    ],
  },
  {
    title: 'View',
    items: [
      { keys: [['Shift', '1'], ['F']], action: 'Zoom to fit' },
      { keys: [['+'], ['-']], action: 'Zoom in, zoom out' },
      { keys: [['0']], action: 'Zoom to 100 %' },
      {
        keys: [['L']],
        action: 'Components list: every component by container, filter, ↑ ↓ and Enter to select and show it',
      },
      { keys: [['Shift', 'L']], action: 'Auto-layout' },
      { keys: [['G']], action: 'Snap to grid on or off' },
      { keys: [['M']], action: 'Minimap on or off' },
      { keys: [['?']], action: 'This list' },
    ],
  },
];
