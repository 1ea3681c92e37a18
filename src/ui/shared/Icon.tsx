/**
 * A closed icon set: the catalog names an icon by key and the UI draws it from here, so no
 * markup ever travels in data. Unknown keys fall back to the category's icon.
 */
import type { ReactElement } from 'react';

const PATHS: Record<string, ReactElement> = {
  server: (
    <>
      <rect x="3" y="4" width="18" height="7" rx="1.5" />
      <rect x="3" y="13" width="18" height="7" rx="1.5" />
      <circle cx="7" cy="7.5" r="0.8" />
      <circle cx="7" cy="16.5" r="0.8" />
    </>
  ),
  chip: (
    <>
      <rect x="6" y="6" width="12" height="12" rx="1.5" />
      <path d="M9 2v4M15 2v4M9 18v4M15 18v4M2 9h4M2 15h4M18 9h4M18 15h4" />
    </>
  ),
  shield: <path d="M12 3l8 3v6c0 4.5-3.4 8.2-8 9-4.6-.8-8-4.5-8-9V6z" />,
  lock: (
    <>
      <rect x="5" y="11" width="14" height="9" rx="1.5" />
      <path d="M8 11V8a4 4 0 018 0v3" />
    </>
  ),
  layers: <path d="M12 3l9 5-9 5-9-5zM3 13l9 5 9-5M3 17.5l9 5 9-5" />,
  vm: (
    <>
      <rect x="3" y="4" width="18" height="13" rx="1.5" />
      <path d="M8 21h8M12 17v4" />
    </>
  ),
  cog: (
    <>
      <circle cx="12" cy="12" r="3.2" />
      <path d="M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1" />
    </>
  ),
  device: (
    <>
      <rect x="3" y="7" width="18" height="10" rx="1.5" />
      <path d="M7 17v3M11 17v3M15 17v3" />
    </>
  ),
  plug: <path d="M9 3v5M15 3v5M7 8h10v3a5 5 0 01-10 0zM12 16v5" />,
  network: (
    <>
      <circle cx="12" cy="5" r="2.2" />
      <circle cx="5" cy="19" r="2.2" />
      <circle cx="19" cy="19" r="2.2" />
      <path d="M12 7.2v4.8M12 12l-6 5M12 12l6 5" />
    </>
  ),
  switch: (
    <>
      <rect x="2.5" y="8" width="19" height="8" rx="1.5" />
      <path d="M6 12h.01M9 12h.01M12 12h.01M15 12h.01M18 12h.01" />
    </>
  ),
  firewall: <path d="M3 5h18v14H3zM3 9.7h18M3 14.3h18M9 5v4.7M15 9.7v4.6M9 14.3V19" />,
  image: (
    <>
      <ellipse cx="12" cy="6" rx="8" ry="3" />
      <path d="M4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3" />
    </>
  ),
  storage: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <circle cx="16" cy="12" r="2.5" />
    </>
  ),
  console: (
    <>
      <rect x="3" y="4" width="18" height="16" rx="1.5" />
      <path d="M7 9l3 3-3 3M12 15h5" />
    </>
  ),
  users: (
    <>
      <circle cx="9" cy="8" r="3.2" />
      <path d="M3 20c0-3.3 2.7-6 6-6s6 2.7 6 6M16 4.5a3.2 3.2 0 010 6.5M18 14.3c1.8.8 3 2.8 3 5.7" />
    </>
  ),
  eye: (
    <>
      <path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z" />
      <circle cx="12" cy="12" r="3" />
    </>
  ),
  migrate: <path d="M4 8h13l-3-3M20 16H7l3 3" />,
  boundary: <rect x="3" y="3" width="18" height="18" rx="2" strokeDasharray="3 2.5" />,
  gpu: (
    <>
      <rect x="2.5" y="6" width="19" height="11" rx="1.5" />
      <circle cx="9" cy="11.5" r="2.5" />
      <circle cx="16" cy="11.5" r="2.5" />
      <path d="M5 17v3" />
    </>
  ),
  // A dashed box with a question mark: a part whose type is still to be chosen.
  question: (
    <>
      <rect x="3" y="3" width="18" height="18" rx="2" strokeDasharray="3 2.5" />
      <path d="M9.5 9.5a2.5 2.5 0 114 2c-.9.6-1.5 1.1-1.5 2.2M12 16.6v.4" />
    </>
  ),
};

const CATEGORY_FALLBACK: Record<string, string> = {
  platform: 'server',
  hypervisor: 'layers',
  device: 'device',
  vm: 'vm',
  network: 'network',
  management: 'console',
  storage: 'storage',
  boundary: 'boundary',
  unmapped: 'question',
};

/** Every key the UI can draw (used by the catalog integrity test to refuse unknown keys). */
export const ICON_KEYS = Object.keys(PATHS);

export function Icon({ name, category, size = 18 }: { name: string; category?: string; size?: number }) {
  const path = PATHS[name] ?? PATHS[CATEGORY_FALLBACK[category ?? ''] ?? 'device'];
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {path}
    </svg>
  );
}
