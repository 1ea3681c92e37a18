/**
 * What a conversion could not carry: written by every export and import of an interchange
 * format, shown before an export in the app and printed by the CLI, so nobody believes a file
 * holds more than it does.
 */
export interface LossItem {
  /** Stable key, for tests and for the UI's list keys. */
  key: string;
  /** How many records are affected (0 for a general limitation of the format). */
  count: number;
  /** One sentence: what is lost or kept only in a weaker form, and why. */
  text: string;
}

export interface LossReport {
  /** Display name of the format ("OTM 0.2.0"). */
  format: string;
  direction: 'export' | 'import';
  items: LossItem[];
}

/** The report as plain lines for a terminal or a text area. */
export function describeLossReport(report: LossReport): string[] {
  const head =
    report.direction === 'export'
      ? `${report.format} cannot hold everything in this project:`
      : `Importing ${report.format}:`;
  if (report.items.length === 0) return [`${report.format}: nothing is lost.`];
  return [head, ...report.items.map((item) => `- ${item.text}`)];
}

/** Appends an item when `count` is positive (or always, for general limitations with count 0 and `always`). */
export function addLoss(items: LossItem[], key: string, count: number, text: string, always = false): void {
  if (count > 0 || always) items.push({ key, count, text });
}
