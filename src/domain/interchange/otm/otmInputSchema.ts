/**
 * The shape of an OTM file we accept on import: OTM 0.2.0 (and 0.1.x, which has the same
 * objects) as other tools write it. Unknown keys are dropped, not refused, since other tools
 * add their own; text fields are bounded by our record limits so a refusal names the OTM path.
 */
import { z } from '../../zod';
import { LIMITS } from '../../model/schema';

const text = (max: number) => z.string().check(z.maxLength(max));
const name = () => z.string().check(z.minLength(1), z.maxLength(LIMITS.name));
const ref = () => z.string().check(z.minLength(1), z.maxLength(200));
const description = () => z.nullish(text(LIMITS.notes));
const attributes = () => z.nullish(z.record(z.string(), z.unknown()));
const finite = () => z.number();

const parent = () =>
  z.nullish(
    z.object({
      trustZone: z.nullish(ref()),
      component: z.nullish(ref()),
    }),
  );

const representationElement = z.object({
  representation: z.nullish(text(200)),
  id: z.nullish(text(200)),
  position: z.nullish(z.object({ x: finite(), y: finite() })),
  size: z.nullish(z.object({ width: finite(), height: finite() })),
});
const representations = () => z.nullish(z.array(representationElement));
const tags = () => z.nullish(z.array(z.nullable(text(200))));

export const OtmTrustZoneInput = z.object({
  id: ref(),
  name: name(),
  type: z.nullish(text(200)),
  description: description(),
  parent: parent(),
  representations: representations(),
  attributes: attributes(),
});

export const OtmComponentInput = z.object({
  id: ref(),
  name: name(),
  type: text(200),
  description: description(),
  parent: parent(),
  representations: representations(),
  tags: tags(),
  threats: z.nullish(z.array(z.unknown())),
  attributes: attributes(),
});

export const OtmDataflowInput = z.object({
  id: ref(),
  name: text(LIMITS.name),
  source: ref(),
  destination: ref(),
  tags: tags(),
  threats: z.nullish(z.array(z.unknown())),
  attributes: attributes(),
});

export const OtmMitigationInput = z.object({
  id: ref(),
  name: text(LIMITS.name * 2),
  attributes: attributes(),
});

export const OtmFileInput = z.object({
  otmVersion: z.string().check(z.regex(/^0\.[12](\.\d+)?$/, { error: 'this importer reads OTM 0.1.x and 0.2.x' })),
  project: z.object({
    name: name(),
    id: text(200),
    description: description(),
    owner: z.nullish(text(LIMITS.name)),
    attributes: attributes(),
  }),
  trustZones: z.nullish(z.array(OtmTrustZoneInput)),
  components: z.nullish(z.array(OtmComponentInput)),
  dataflows: z.nullish(z.array(OtmDataflowInput)),
  threats: z.nullish(z.array(z.unknown())),
  mitigations: z.nullish(z.array(OtmMitigationInput)),
});

export type OtmFileInput = z.infer<typeof OtmFileInput>;
export type OtmTrustZoneInput = z.infer<typeof OtmTrustZoneInput>;
export type OtmComponentInput = z.infer<typeof OtmComponentInput>;
