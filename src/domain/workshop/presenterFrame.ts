/**
 * What the presenter window shows, and the one schema of the messages that carry it between
 * windows (the protocol and the frameless messages are presenterChannel.ts).
 *
 * The presenter view (a projector) gets everything from the facilitator's window and never
 * opens storage. A frame is built only from fields listed here,
 * so the facilitator's private notes cannot leak into it by accident. Every message carries
 * a protocol name and version and is validated on receipt: another build of the app in
 * another tab must not be able to feed the presenter something it cannot render.
 */
import { z } from '../zod';
import type { CatalogData } from '../catalog/schema';
import { AssessmentStatusSchema, type WorkbenchDocument, type Workshop } from '../model/schema';
import type { Assessment } from '../rules/types';
import { describeStep } from './describeStep';
import { hasPrototypeKey, PresenterHelloSchema, PresenterRequestSchema, presenterEnvelope } from './presenterChannel';
import { own } from '../model/ownEntry';

const text = (max: number) => z.string().check(z.maxLength(max));
const count = () => z.number().check(z.int(), z.nonnegative());
const named = z.strictObject({ id: text(64), name: text(300) });

export const PresenterFrameSchema = z.strictObject({
  projectId: text(64),
  projectName: text(200),
  workshopTitle: text(200),
  ended: z.boolean(),
  stepIndex: count(),
  stepCount: z.number().check(z.int(), z.positive()),
  step: z.strictObject({
    id: text(64),
    title: text(200),
    kind: z.enum(['baseline-function', 'pack', 'platform']),
    definition: z.optional(text(4000)),
    noRecommendationReason: z.optional(text(4000)),
    components: z.array(text(200)).check(z.maxLength(5000)),
    // `named` is strict, and so is its extension.
    tasks: z.array(z.extend(named, { outOfScope: z.optional(text(4000)) })).check(z.maxLength(200)),
    threats: z.array(named).check(z.maxLength(500)),
    items: z
      .array(z.strictObject({ id: text(64), title: text(300), status: AssessmentStatusSchema }))
      .check(z.maxLength(200)),
  }),
  item: z.nullable(
    z.strictObject({
      id: text(64),
      title: text(300),
      requirement: text(4000),
      status: AssessmentStatusSchema,
      owner: text(200),
      dueDate: text(10),
      components: z.array(text(200)).check(z.maxLength(5000)),
      /** Decisions, actions and questions recorded on the item in this workshop. */
      log: z
        .array(
          z.strictObject({
            kind: z.enum(['decision', 'action', 'question']),
            text: text(2000),
            status: z.optional(AssessmentStatusSchema),
            owner: z.optional(text(200)),
            dueDate: z.optional(text(10)),
            by: text(200),
          }),
        )
        .check(z.maxLength(1000)),
    }),
  ),
  timer: z.strictObject({
    timeboxMinutes: z.number().check(z.int(), z.positive()),
    /** Seconds spent before `enteredAt`; the presenter adds its own clock's time since then. */
    spentSeconds: count(),
    enteredAt: text(30),
    running: z.boolean(),
  }),
  openParkedTopics: count(),
  /** Counts over the whole workshop, for the closing screen. */
  totals: z.strictObject({ decisions: count(), actions: count(), openQuestions: count() }),
});

export type PresenterFrame = z.infer<typeof PresenterFrameSchema>;

/** Every presenter message: `request` and `hello` (presenterChannel.ts), and `frame`. */
export const PresenterMessageSchema = z.discriminatedUnion('type', [
  PresenterRequestSchema,
  PresenterHelloSchema,
  z.strictObject({
    ...presenterEnvelope,
    type: z.literal('frame'),
    /** `null`: the project has no running or ended workshop to show. */
    frame: z.nullable(PresenterFrameSchema),
  }),
]);

export type PresenterMessage = z.infer<typeof PresenterMessageSchema>;

/**
 * Parses a received message; `undefined` for anything that is not a valid presenter message,
 * including one with a prototype key (`__proto__`, `constructor`, `prototype`) anywhere.
 */
export function parsePresenterMessage(data: unknown): PresenterMessage | undefined {
  if (hasPrototypeKey(data)) return undefined;
  const result = PresenterMessageSchema.safeParse(data);
  return result.success ? result.data : undefined;
}

/**
 * The presenter frame of `workshop`: its current step and item, public log entries of the
 * item and the step's timer. Private notes and the facilitator's controls are not part of it.
 */
export function buildPresenterFrame(
  workshop: Workshop,
  document: WorkbenchDocument,
  catalog: CatalogData,
  assessment: Assessment,
): PresenterFrame {
  const stepIndex = Math.max(
    0,
    workshop.agenda.findIndex((s) => s.id === workshop.currentStepId),
  );
  const step = workshop.agenda[stepIndex] ?? workshop.agenda[0]!;
  const view = describeStep(step, document, catalog, assessment);
  const item = view.items.find((i) => i.id === workshop.currentItemId);
  const nameOf = (id: string) => own(workshop.participants, id)?.name ?? id;
  const entries = Object.values(workshop.log);
  const itemLog = item
    ? entries
        .filter((e) => e.itemId === item.id)
        .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1))
        .map((e) => ({
          kind: e.kind,
          text: e.text,
          by: nameOf(e.by),
          ...(e.status ? { status: e.status } : {}),
          ...(e.owner ? { owner: e.owner } : {}),
          ...(e.dueDate ? { dueDate: e.dueDate } : {}),
        }))
    : [];
  return {
    projectId: document.id,
    projectName: document.name,
    workshopTitle: workshop.title,
    ended: workshop.endedAt !== undefined,
    stepIndex,
    stepCount: workshop.agenda.length,
    step: {
      id: step.id,
      title: step.title,
      kind: step.kind,
      ...(view.baselineFunction ? { definition: view.baselineFunction.definition } : {}),
      ...(view.noRecommendationReason ? { noRecommendationReason: view.noRecommendationReason } : {}),
      components: view.components.map((c) => c.name),
      tasks: view.tasks.map((t) => ({ id: t.id, name: t.name, ...(t.outOfScope ? { outOfScope: t.outOfScope } : {}) })),
      threats: view.threats,
      items: view.items.map((i) => ({ id: i.id, title: i.title, status: i.status })),
    },
    item: item
      ? {
          id: item.id,
          title: item.title,
          requirement: item.requirement,
          status: item.status,
          owner: item.owner,
          dueDate: item.dueDate,
          components: item.components,
          log: itemLog,
        }
      : null,
    timer: {
      timeboxMinutes: step.timeboxMinutes,
      spentSeconds: step.spentSeconds,
      enteredAt: workshop.currentStepEnteredAt,
      running: workshop.endedAt === undefined,
    },
    openParkedTopics: Object.values(workshop.parkingLot).filter((t) => !t.resolved).length,
    totals: {
      decisions: entries.filter((e) => e.kind === 'decision').length,
      actions: entries.filter((e) => e.kind === 'action').length,
      openQuestions: entries.filter((e) => e.kind === 'question' && !e.resolved).length,
    },
  };
}
