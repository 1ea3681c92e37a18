/**
 * Zod schema of an organisation pack: a data file (JSON or YAML) that adds recommendations,
 * rules, verdict rules and crosswalks on top of the core catalog without a rebuild.
 * `threat-catalog/schema/pack.schema.json` is generated from it (`npm run schemas`).
 *
 * Rules and verdicts use the core catalog's declarative condition language (`ConditionSchema`):
 * no expression strings, no eval. A pack may *reference* core ids (component types, attributes,
 * tasks, threats, recommendations in crosswalks) but never define or change them; `applyPacks`
 * namespaces every pack item as `<pack id>.<local id>` and refuses a local id that is a core id.
 */
import { z } from '../zod';
import { ConditionSchema, PlatformGuidanceSchema } from '../catalog/schema';

/** Local ids: no dots, so `<pack>.<local>` splits back unambiguously. */
const localId = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/), z.maxLength(40));
/** Pack ids are lower-case words, like npm package names. */
export const PACK_ID = /^[a-z0-9][a-z0-9-]{1,30}$/;
const coreId = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/), z.maxLength(64));
const text = z.string().check(z.minLength(1), z.maxLength(4000));
const shortText = z.string().check(z.minLength(1), z.maxLength(300));

/** `text`: the cited source states it; `INFERRED`: the pack author's own mapping or judgement. */
export const PackBasisSchema = z.enum(['text', 'INFERRED']);

export const PackReferenceSchema = z.strictObject({
  /** The document cited: "SP 800-125A Rev. 1", "Acme Virtualisation Standard v3", "CIS Benchmark ...". */
  source: shortText,
  section: z.optional(z.string().check(z.minLength(1), z.maxLength(20))),
  page: z.optional(z.number().check(z.int(), z.positive())),
  note: z.optional(z.string().check(z.maxLength(1000))),
});

export const PackRecommendationSchema = z.strictObject({
  id: localId,
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  /** What is required, in the pack author's own words. */
  requirement: text,
  rationale: z.optional(text),
  /** HY-BF task and threat ids of the core catalog the item protects / answers. */
  tasks: z._default(z.array(coreId), []),
  threats: z._default(z.array(coreId), []),
  /** Optional core baseline function the item belongs under in reports (HY-BF1..5). */
  baselineFunction: z.optional(z.string().check(z.regex(/^HY-BF[1-5]$/))),
  applicability: text,
  /** What an assessor should look at. */
  evidence: z.optional(text),
  /** Per-platform notes for the assessor (KVM, Xen, Hyper-V, ESXi); the pack author's guidance. */
  platforms: z.optional(PlatformGuidanceSchema),
  references: z.array(PackReferenceSchema).check(z.minLength(1)),
  basis: PackBasisSchema,
});

/** A rule of the pack: same shape as a core rule, but it may only call for the pack's own items. */
export const PackRuleSchema = z.strictObject({
  id: z.string().check(z.regex(/^R-[A-Za-z0-9-]+$/), z.maxLength(40)),
  description: text,
  appliesTo: z.array(coreId).check(z.minLength(1)),
  when: z.optional(ConditionSchema),
  tasks: z._default(z.array(coreId), []),
  threats: z._default(z.array(coreId), []),
  /** Local ids of this pack's recommendations. */
  recommendations: z.array(localId).check(z.minLength(1)),
  notApplicableReason: z.optional(z.string().check(z.maxLength(500))),
  question: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
  basis: PackBasisSchema,
});

export const PackVerdictSchema = z.strictObject({
  id: z.string().check(z.regex(/^V-[A-Za-z0-9-]+$/), z.maxLength(40)),
  description: text,
  appliesTo: z.array(coreId).check(z.minLength(1)),
  when: ConditionSchema,
  verdict: z.enum(['contradicts', 'supports']),
  /** Local ids of this pack's recommendations. */
  recommendations: z.array(localId).check(z.minLength(1)),
  basis: PackBasisSchema,
});

/** One identifier in another scheme; each scheme has its own id syntax. */
export const CrosswalkTargetSchema = z.discriminatedUnion('scheme', [
  z.strictObject({
    scheme: z.literal('sp800-53r5'),
    /** Control or enhancement: `SC-7`, `SC-7(15)`. */
    id: z.string().check(z.regex(/^[A-Z]{2}-\d+(\(\d+\))?$/)),
    title: z.optional(shortText),
    basis: PackBasisSchema,
  }),
  z.strictObject({
    scheme: z.literal('cci'),
    id: z.string().check(z.regex(/^CCI-\d{6}$/)),
    title: z.optional(shortText),
    basis: PackBasisSchema,
  }),
  z.strictObject({
    scheme: z.literal('stig'),
    /** DISA rule, vulnerability or requirement id: `SV-230221r1017040_rule`, `V-230221`, `SRG-OS-000480-VMM-002000`. */
    id: z.string().check(z.regex(/^(SV-\d+r\d+_rule|V-\d+|SRG-[A-Z]+-\d{6}-[A-Z]+-\d{6})$/)),
    title: z.optional(shortText),
    basis: PackBasisSchema,
  }),
  z.strictObject({
    scheme: z.literal('xccdf'),
    /** XCCDF 1.2 rule id as scanners report it: `xccdf_org.ssgproject.content_rule_grub2_enable_iommu_force`. */
    id: z.string().check(z.regex(/^xccdf_[A-Za-z0-9.-]+_rule_[A-Za-z0-9_.-]+$/), z.maxLength(200)),
    title: z.optional(shortText),
    basis: PackBasisSchema,
  }),
  z.strictObject({
    scheme: z.literal('lynis'),
    /** Lynis test id: `KRNL-5820`. */
    id: z.string().check(z.regex(/^[A-Z][A-Z0-9]{1,9}-[A-Z0-9]{2,8}$/)),
    title: z.optional(shortText),
    basis: PackBasisSchema,
  }),
  z.strictObject({
    scheme: z.literal('cis'),
    /** Recommendation number within `benchmark`: `3.1.2`. */
    id: z.string().check(z.regex(/^\d+(\.\d+){0,5}$/)),
    benchmark: shortText,
    title: z.optional(shortText),
    basis: PackBasisSchema,
  }),
]);

export const CrosswalkSchema = z.strictObject({
  /** A core recommendation id (`HY-SR-13`) or a local id of this pack's recommendations. */
  item: coreId,
  targets: z.array(CrosswalkTargetSchema).check(z.minLength(1)),
  note: z.optional(z.string().check(z.maxLength(1000))),
});

export const PackSchema = z.strictObject({
  $schema: z.optional(z.string().check(z.maxLength(300))),
  id: z.string().check(z.regex(PACK_ID)),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  publisher: shortText,
  description: text,
  recommendations: z._default(z.array(PackRecommendationSchema), []),
  rules: z._default(z.array(PackRuleSchema), []),
  verdicts: z._default(z.array(PackVerdictSchema), []),
  crosswalks: z._default(z.array(CrosswalkSchema), []),
});

export type PackBasis = z.infer<typeof PackBasisSchema>;
export type PackRecommendation = z.infer<typeof PackRecommendationSchema>;
export type PackRule = z.infer<typeof PackRuleSchema>;
export type PackVerdict = z.infer<typeof PackVerdictSchema>;
export type CrosswalkTarget = z.infer<typeof CrosswalkTargetSchema>;
export type Crosswalk = z.infer<typeof CrosswalkSchema>;
export type Pack = z.infer<typeof PackSchema>;
