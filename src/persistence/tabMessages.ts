/**
 * The messages tabs exchange on the `htw-storage` BroadcastChannel, as a schema: any
 * same-origin page can post there, so every message is validated and anything unknown or
 * malformed is ignored (issue 22, item 6). Strict objects: an extra key is malformed too.
 */
import { z } from '../domain/zod';

const tabId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
const projectId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
const requestId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
const schemaVersion = z.number().check(z.int(), z.gte(0), z.lte(1_000_000));
const isoDateTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/));

/** A project metadata change (a rename) that must go through the project's editing tab. */
export const MetadataPatchSchema = z.strictObject({ name: z.string().check(z.minLength(1), z.maxLength(200)) });
export type MetadataPatch = z.infer<typeof MetadataPatchSchema>;

export const CoordinatorMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('hello'), tabId, schemaVersion }),
  z.strictObject({ type: z.literal('saved'), tabId, schemaVersion, projectId, updatedAt: isoDateTime }),
  z.strictObject({ type: z.literal('release-request'), tabId, schemaVersion, projectId }),
  z.strictObject({
    type: z.literal('metadata-request'),
    tabId,
    schemaVersion,
    projectId,
    requestId,
    patch: MetadataPatchSchema,
  }),
  z.strictObject({
    type: z.literal('metadata-done'),
    tabId,
    schemaVersion,
    projectId,
    requestId,
    ok: z.boolean(),
    message: z.optional(z.string().check(z.maxLength(500))),
  }),
]);
export type CoordinatorMessage = z.infer<typeof CoordinatorMessageSchema>;

/** The message, or undefined when it is not one of ours (never throws). */
export function parseCoordinatorMessage(data: unknown): CoordinatorMessage | undefined {
  const parsed = CoordinatorMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
