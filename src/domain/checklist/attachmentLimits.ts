/**
 * How big an evidence file may be, and the check applied before it is stored. Their own
 * module because the attachment store loads with the first page, while the rest of the
 * workflow rules (`assessmentWorkflow.ts`, which re-exports these) load with the checklist.
 */

/** Largest file accepted as evidence. Larger files are refused with a message, never truncated. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Vets a file offered as evidence before it is stored. */
export function checkAttachment(file: { name: string; size: number }): { ok: true } | { ok: false; message: string } {
  if (file.size > MAX_ATTACHMENT_BYTES) {
    return {
      ok: false,
      message: `“${file.name}” is ${formatBytes(file.size)}; files up to ${formatBytes(MAX_ATTACHMENT_BYTES)} can be attached. Link to larger evidence instead.`,
    };
  }
  if (file.size === 0) return { ok: false, message: `“${file.name}” is empty.` };
  return { ok: true };
}

/** A byte count for people: `512 B`, `1.5 KB`, `10 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
