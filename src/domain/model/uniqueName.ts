/**
 * A name for a copy that no other component has: "guest-03" becomes "guest-04" (the next free
 * number, its zero padding kept), a name without such a number "Intel VT-d (copy)", then
 * "Intel VT-d (copy 2)". A trailing number counts as a counter only after a separator or in a
 * plain word like "vm1", and with at most three digits, so "NVIDIA L4" and "Windows Server
 * 2022" get "(copy)" rather than "NVIDIA L5" or "Windows Server 2023".
 */
import { LIMITS } from './schema';

const COUNTER = /^(.*[-_ ]|[A-Za-z]+)(\d{1,3})$/;
const COPY = /^(.*) \(copy(?: (\d+))?\)$/;

export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  const isTaken = (candidate: string) => taken.has(candidate.toLowerCase());
  if (!isTaken(name)) return name;
  const counter = COUNTER.exec(name);
  if (counter) {
    const [, stem, digits] = counter as unknown as [string, string, string];
    for (let n = Number(digits) + 1; ; n++) {
      const candidate = fit(stem, String(n).padStart(digits.length, '0'));
      if (!isTaken(candidate)) return candidate;
    }
  }
  const base = COPY.exec(name)?.[1] ?? name;
  for (let n = 1; ; n++) {
    const candidate = fit(base, n === 1 ? ' (copy)' : ` (copy ${n})`);
    if (!isTaken(candidate)) return candidate;
  }
}

/** `stem + suffix`, the stem shortened so the whole stays within the schema's name limit. */
function fit(stem: string, suffix: string): string {
  return stem.slice(0, Math.max(0, LIMITS.name - suffix.length)) + suffix;
}

/** The names in use, lower-cased, for `uniqueName`. */
export function takenNames(names: Iterable<string>): Set<string> {
  return new Set([...names].map((n) => n.toLowerCase()));
}
