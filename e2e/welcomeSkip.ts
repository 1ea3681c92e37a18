import type { BrowserContext } from '@playwright/test';

/** The localStorage key of src/ui/welcome/welcomeSeen.ts. */
export const WELCOME_KEY = 'htw-welcome-dismissed';

/**
 * Marks the first-run welcome as seen, before any page script runs. Specs other than the
 * welcome's own start where a returning user does: on the open project, no dialog over it.
 */
export async function skipWelcome(context: BrowserContext): Promise<void> {
  await context.addInitScript((key) => {
    try {
      if (!localStorage.getItem(key)) localStorage.setItem(key, 'e2e');
    } catch {
      // Pages without storage (about:blank) have no welcome either.
    }
  }, WELCOME_KEY);
}
