/**
 * Tailoring (issue 19): per project, a checklist item can be scoped out or given another
 * priority. Each decision needs a justification and an approver; a missing one is refused with
 * a message naming it and the document is returned unchanged. A scoped-out item is not a gap but
 * stays listed, marked as tailored, with its justification (never hidden silently).
 *
 * A tailoring profile is the set of decisions saved as a small JSON file so that another
 * project can reuse it.
 */
import { formatJsonPath } from '../io/jsonPath';
import { describeImportError } from '../io/importErrors';
import { parseUntrustedJson } from '../io/untrustedJson';
import { z } from '../zod';
import {
  TailoringDecisionSchema,
  type TailoringDecision,
  type TailoringPriority,
  type WorkbenchDocument,
} from '../model/schema';
import { own } from '../model/ownEntry';

export type TailoringResult = { ok: true; document: WorkbenchDocument } | { ok: false; error: string };

export interface TailoringInput {
  recommendationId: string;
  decision: TailoringDecision['decision'];
  priority?: TailoringPriority;
  justification: string;
  approver: string;
}

/** What is wrong with `input`, as one sentence naming the missing fields, or undefined. */
export function tailoringProblem(input: TailoringInput): string | undefined {
  const missing: string[] = [];
  if (input.justification.trim() === '') missing.push('a justification');
  if (input.approver.trim() === '') missing.push('an approver');
  if (input.decision === 'reprioritised' && input.priority === undefined) missing.push('the new priority');
  if (missing.length === 0) return undefined;
  const what = input.decision === 'scoped-out' ? 'Scoping out' : 'Changing the priority of';
  return `${what} ${input.recommendationId} needs ${missing.join(' and ')}; nothing was saved.`;
}

/** Records a tailoring decision (replacing an earlier one for the same item). Pure. */
export function setTailoring(doc: WorkbenchDocument, input: TailoringInput, now: string): TailoringResult {
  const problem = tailoringProblem(input);
  if (problem) return { ok: false, error: problem };
  const decision: TailoringDecision = {
    recommendationId: input.recommendationId,
    decision: input.decision,
    ...(input.decision === 'reprioritised' ? { priority: input.priority } : {}),
    justification: input.justification.trim(),
    approver: input.approver.trim(),
    decidedAt: now,
  };
  const checked = TailoringDecisionSchema.safeParse(decision);
  if (!checked.success)
    return {
      ok: false,
      error: `The tailoring of ${input.recommendationId} is invalid at ${formatJsonPath(checked.error.issues[0]!.path)}: ${checked.error.issues[0]!.message}; nothing was saved.`,
    };
  return {
    ok: true,
    document: { ...doc, updatedAt: now, tailoring: { ...doc.tailoring, [input.recommendationId]: checked.data } },
  };
}

/** Removes the decision for `recommendationId` (the item is assessed normally again). Pure. */
export function removeTailoring(doc: WorkbenchDocument, recommendationId: string, now: string): WorkbenchDocument {
  if (!doc.tailoring || !own(doc.tailoring, recommendationId)) return doc;
  const rest = Object.fromEntries(Object.entries(doc.tailoring).filter(([id]) => id !== recommendationId));
  return { ...doc, updatedAt: now, tailoring: rest };
}

/** The project's decision for an item, if any. */
export function tailoringOf(doc: WorkbenchDocument, recommendationId: string): TailoringDecision | undefined {
  return doc.tailoring ? own(doc.tailoring, recommendationId) : undefined;
}

/** Every decision of the project, sorted by recommendation id (the order reports list them in). */
export function tailoringDecisions(doc: WorkbenchDocument): TailoringDecision[] {
  return Object.values(doc.tailoring ?? {}).sort((a, b) =>
    a.recommendationId < b.recommendationId ? -1 : a.recommendationId > b.recommendationId ? 1 : 0,
  );
}

/** Readable label of a decision, as every report format prints it. */
export function tailoringLabel(decision: TailoringDecision): string {
  return decision.decision === 'scoped-out' ? 'Scoped out' : `Priority set to ${decision.priority ?? 'unknown'}`;
}

export const TAILORING_PROFILE_FORMAT = 'hypervisor-threat-workbench/tailoring-profile';

const TailoringProfileSchema = z.strictObject({
  format: z.literal(TAILORING_PROFILE_FORMAT),
  version: z.literal(1),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  decisions: z.array(TailoringDecisionSchema).check(z.maxLength(2000)),
});
export type TailoringProfile = z.infer<typeof TailoringProfileSchema>;

/** The project's decisions as a profile to save and apply to another project. */
export function toTailoringProfile(doc: WorkbenchDocument, name: string): TailoringProfile {
  return {
    format: TAILORING_PROFILE_FORMAT,
    version: 1,
    name: name.trim() || doc.name,
    decisions: tailoringDecisions(doc),
  };
}

export type ParseProfileResult = { ok: true; profile: TailoringProfile } | { ok: false; error: string };

/** Reads a profile file; a bad one gives a message naming the path in the file. */
export function parseTailoringProfile(text: string, source: string): ParseProfileResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const json = parseUntrustedJson(body);
  if (!json.ok) return { ok: false, error: `${source}: ${describeImportError(json.error, 'The tailoring profile')}` };
  const parsed = TailoringProfileSchema.safeParse(json.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `${source}: ${formatJsonPath(issue.path)}: ${issue.message}` };
  }
  const unjustified = parsed.data.decisions.map((d) => tailoringProblem(d)).find((p) => p !== undefined);
  if (unjustified) return { ok: false, error: `${source}: ${unjustified}` };
  return { ok: true, profile: parsed.data };
}

/**
 * Applies a profile to `doc`: its decisions replace the project's for the same items; others
 * are kept. Each applied decision keeps its justification and approver and is stamped `now`.
 */
export function applyTailoringProfile(
  doc: WorkbenchDocument,
  profile: TailoringProfile,
  now: string,
): WorkbenchDocument {
  const next = { ...doc.tailoring };
  for (const d of profile.decisions) next[d.recommendationId] = { ...d, decidedAt: now };
  return { ...doc, updatedAt: now, tailoring: next };
}
