/**
 * Whether this browser has seen the first-run welcome. A UI preference of the browser, not
 * of a project: kept in localStorage, never in the document. Blocked storage counts as seen,
 * so a browser that cannot remember the choice is not greeted on every load.
 */
export const WELCOME_KEY = 'htw-welcome-dismissed';

export function welcomeWasDismissed(): boolean {
  try {
    return typeof localStorage === 'undefined' || localStorage.getItem(WELCOME_KEY) !== null;
  } catch {
    return true;
  }
}

export function rememberWelcomeDismissed(): void {
  try {
    localStorage.setItem(WELCOME_KEY, new Date().toISOString());
  } catch {
    // Blocked or full storage: the welcome is simply not remembered.
  }
}
