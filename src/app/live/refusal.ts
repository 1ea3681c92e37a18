/**
 * The server tells a connection which of its changes it refused (a stateless message,
 * `{"refused": "<what>"}`, see src/cli/serve/roleRights.ts). Read as text, length-capped.
 */
export function refusalText(payload: string): string | undefined {
  if (payload.length > 2000) return undefined;
  try {
    const value = JSON.parse(payload) as { refused?: unknown } | null;
    if (typeof value?.refused !== 'string') return undefined;
    return `The server refused your change: ${value.refused.slice(0, 300)}`;
  } catch {
    return undefined;
  }
}
