/**
 * The rescue copy: when the page is hidden or closed with an edit not yet written, the
 * document is also put in localStorage, synchronously. Chromium aborts IndexedDB transactions
 * of a closing page, so an asynchronous flush from `pagehide` can be lost; a synchronous
 * write cannot. The next start reads rescue copies back through the normal validation and
 * writes each one only when it is newer than what the database holds.
 */
const PREFIX = 'htw-rescue:';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // Blocked storage (privacy settings): no rescue copy, the async flush still runs.
  }
}

export function writeRescueCopy(document: { id: string }): void {
  try {
    storage()?.setItem(PREFIX + document.id, JSON.stringify(document));
  } catch {
    // Full or blocked: the asynchronous flush is still attempted.
  }
}

export function clearRescueCopy(id: string): void {
  storage()?.removeItem(PREFIX + id);
}

/** Every rescue copy left by an earlier page, parsed (still unvalidated) or `undefined` when unreadable. */
export function readRescueCopies(): { id: string; value: unknown }[] {
  const s = storage();
  if (!s) return [];
  const out: { id: string; value: unknown }[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    let value: unknown;
    try {
      value = JSON.parse(s.getItem(key) ?? '');
    } catch {
      value = undefined;
    }
    out.push({ id: key.slice(PREFIX.length), value });
  }
  return out;
}
