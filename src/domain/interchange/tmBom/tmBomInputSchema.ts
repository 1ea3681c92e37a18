/**
 * The shape of a TM-BOM we accept on import: the CycloneDX envelope (only the parts that lead
 * to the threat model) and the Threat Model Library document, as other tools write them.
 * Unknown keys are dropped, not refused; what we use is bounded by our record limits so a
 * refusal names the path. Symbolic names are not held to the library's pattern: a file from a
 * tool that slips is still readable, and our record ids are made from them anyway.
 */
import { z } from '../../zod';
import { LIMITS } from '../../model/schema';

const text = (max: number) => z.string().check(z.maxLength(max));
const title = () => z.string().check(z.minLength(1), z.maxLength(LIMITS.name));
const ref = () => z.string().check(z.minLength(1), z.maxLength(200));
const description = () => z.nullish(text(LIMITS.notes));
const list = () => z.nullish(z.array(z.unknown()));

export const CycloneDxInput = z.object({
  bomFormat: z.literal('CycloneDX'),
  specVersion: z.string().check(z.regex(/^1\.\d+$/, { error: 'this importer reads CycloneDX 1.x' })),
  components: z.nullish(
    z.array(
      z.object({
        'bom-ref': z.nullish(text(1000)),
        data: z.nullish(
          z.array(
            z.object({
              contents: z.nullish(
                z.object({
                  attachment: z.nullish(
                    z.object({ contentType: z.nullish(text(200)), encoding: z.nullish(text(20)), content: z.string() }),
                  ),
                }),
              ),
            }),
          ),
        ),
      }),
    ),
  ),
});

const element = {
  symbolic_name: ref(),
  title: title(),
  description: description(),
  trust_zone: z.nullish(ref()),
};

const end = () => z.object({ type: z.nullish(text(200)), object: ref() });

export const TmBomInput = z.object({
  $schema: z.nullish(text(500)),
  version: z.nullish(text(100)),
  scope: z.object({ title: title(), description: description() }),
  description: description(),
  trust_zones: z.nullish(z.array(z.object({ symbolic_name: ref(), title: title(), description: description() }))),
  trust_boundaries: list(),
  actors: z.nullish(z.array(z.object({ ...element, type: z.nullish(text(200)) }))),
  components: z.nullish(z.array(z.object({ ...element, parent_component: z.nullish(ref()) }))),
  data_stores: z.nullish(z.array(z.object({ ...element, type: z.nullish(text(200)) }))),
  data_sets: list(),
  data_flows: z.nullish(
    z.array(
      z.object({
        symbolic_name: ref(),
        title: text(LIMITS.name),
        description: description(),
        source: end(),
        destination: end(),
      }),
    ),
  ),
  assumptions: z.nullish(z.array(z.object({ description: text(LIMITS.notes) }))),
  diagrams: list(),
  threat_personas: list(),
  threats: list(),
  controls: list(),
  risks: list(),
  extensions: z.nullish(z.record(z.string(), z.unknown())),
});

export type TmBomInput = z.infer<typeof TmBomInput>;

const point = z.object({ x: z.number(), y: z.number() });

/** Our own extension entry: checked loosely here, strictly by `readDocument` once the document is built. */
export const HtwExtensionInput = z.object({
  format: z.string(),
  outsideZone: z.nullish(z.string()),
  project: z.object({ id: z.string(), assessor: z.string(), organisation: z.string(), assumptions: z.string() }),
  components: z.record(
    z.string(),
    z.object({
      id: z.string(),
      type: z.string(),
      position: point,
      size: z.nullish(z.object({ width: z.number(), height: z.number() })),
      parentId: z.nullish(z.string()),
      attributes: z.record(z.string(), z.unknown()),
      provenance: z.optional(z.unknown()),
    }),
  ),
  connections: z.record(
    z.string(),
    z.object({ id: z.string(), type: z.string(), label: z.string(), attributes: z.record(z.string(), z.unknown()) }),
  ),
  assessment: z.array(z.unknown()),
});

export type HtwExtensionInput = z.infer<typeof HtwExtensionInput>;
