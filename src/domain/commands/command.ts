/**
 * A command is one user action as data: a pure function of the document, its arguments and a
 * context (id factory, time, catalog) that returns the new document and the record-level diff.
 * The store runs commands (`dispatch`), keeps their diffs for undo and refuses what breaks
 * the record limits; the UI only chooses a command and its arguments.
 */
import type { CatalogData } from '../catalog/schema';
import type { EntryProblem } from '../checklist/assessmentWorkflow';
import type { WorkbenchDocument } from '../model/schema';
import type { IdFactory } from '../ports';
import { diffDocuments, EMPTY_DIFF, type DocumentDiff } from './diff';

export interface CommandContext {
  ids: IdFactory;
  /** The time of the edit, ISO-8601 UTC (`updatedAt` and record times). */
  now: string;
  catalog: CatalogData;
}

/** Why a command changed nothing, in words for the user (and field problems for a form). */
export interface Refusal {
  message: string;
  problems: EntryProblem[];
}

export interface CommandResult<V = undefined> {
  document: WorkbenchDocument;
  diff: DocumentDiff;
  /** What the caller needs back: the new record's id, the pasted roots. */
  value: V;
  /** Set when the command refused: `document` is the input and `diff` is empty. */
  refusal?: Refusal;
}

export type Command<A, V = undefined> = (document: WorkbenchDocument, args: A, ctx: CommandContext) => CommandResult<V>;

/** The result of a document operation: the diff is computed from the two documents. */
export function changed<V>(before: WorkbenchDocument, after: WorkbenchDocument, value: V): CommandResult<V> {
  return { document: after, diff: diffDocuments(before, after), value };
}

export function refused<V>(
  document: WorkbenchDocument,
  message: string,
  value: V,
  problems: EntryProblem[] = [],
): CommandResult<V> {
  return { document, diff: EMPTY_DIFF, value, refusal: { message, problems } };
}

/**
 * A command from a document operation `(doc, args, now) => doc`, for the many edits that
 * need neither ids nor a return value.
 */
export function fromOperation<A>(
  operation: (document: WorkbenchDocument, args: A, ctx: CommandContext) => WorkbenchDocument,
): Command<A> {
  return (document, args, ctx) => changed(document, operation(document, args, ctx), undefined);
}

/**
 * A command and its arguments as data, not yet run: what a mapper from UI events
 * (`ui/canvas/fromFlowChanges.ts`) hands the store, and what a test can inspect. Build one
 * with `commandCall`, which checks the arguments against the command.
 */
export interface CommandCall {
  readonly command: Command<never, unknown>;
  readonly args: unknown;
  /** Calls in a row with the same key merge into one undo step (a burst of arrow keys). */
  readonly coalesce?: string;
}

export function commandCall<A>(command: Command<A, unknown>, args: A, coalesce?: string): CommandCall {
  return coalesce === undefined ? { command, args } : { command, args, coalesce };
}
