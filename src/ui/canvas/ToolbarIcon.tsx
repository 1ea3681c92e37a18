/**
 * The canvas toolbar's own icons (the component icons are in shared/Icon). Drawn beside each
 * label; where the canvas is narrow (the checklist open on a 1280 px screen) the labels are
 * visually hidden and the icons carry the toolbar on one line (editor.css).
 */
import type { ReactElement } from 'react';

const PATHS = {
  layout: <path d="M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h6v6h-6z" />,
  snap: <path d="M6 4v7a6 6 0 0012 0V4M6 8h4M14 8h4" />,
  minimap: <path d="M3 5h18v14H3zM12 12h7v5h-7z" />,
  connect: <path d="M5 19L19 5M14 5h5v5M6 12a2 2 0 100 4 2 2 0 000-4z" />,
  duplicate: <path d="M8 8h12v12H8zM4 16V4h12" />,
  remove: <path d="M4 7h16M10 7V4h4v3M6 7l1 13h10l1-13M10 11v6M14 11v6" />,
  list: <path d="M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01" />,
  insert: <path d="M4 4h16v16H4zM12 8v8M8 12h8" />,
} satisfies Record<string, ReactElement>;

export type ToolbarIconName = keyof typeof PATHS;

export function ToolbarIcon({ name }: { name: ToolbarIconName }) {
  return (
    <svg
      className="tb-icon"
      viewBox="0 0 24 24"
      width="15"
      height="15"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}

/** A label that stays the button's accessible name when the narrow toolbar hides it. */
export function ToolbarLabel({ children }: { children: string }) {
  return <span className="tb-label">{children}</span>;
}
