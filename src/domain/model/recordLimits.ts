/**
 * The component and connection limits (`LIMITS`) hold in the editor before anything is
 * written (issue 22 items 1 and 4): the reader refuses a document over them, so an edit that
 * went past them would save a project that never opens again.
 */
import { LIMITS, type WorkbenchDocument } from './schema';

type Counted = Pick<WorkbenchDocument, 'components' | 'connections'>;

/** Why `after` may not replace `before`: a count over its limit that the edit raised. Undefined when fine. */
export function recordLimitProblem(before: Counted, after: Counted): string | undefined {
  for (const what of ['components', 'connections'] as const) {
    if (after[what] === before[what]) continue;
    const count = Object.keys(after[what]).length;
    if (count > LIMITS[what] && count > Object.keys(before[what]).length) {
      return `A project holds at most ${LIMITS[what]} ${what}; this change would make ${count}. Split the platform into several projects.`;
    }
  }
  return undefined;
}
