/** One step of the document's schema history: upgrades a document of version `from` to `from + 1`. */
export interface Migration {
  /** The file name without extension, `NNNN-summary`; the guard test checks it has a test file. */
  id: string;
  from: number;
  /**
   * Pure and total on any document of version `from` that passed that version's validation;
   * returns a new object with `schemaVersion: from + 1`. Throws only on data it cannot upgrade.
   */
  up(document: Readonly<Record<string, unknown>>): Record<string, unknown>;
}
