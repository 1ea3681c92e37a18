/**
 * Zod schema of the threat catalog: the single source of truth for the catalog's shape.
 * `threat-catalog/schema/catalog.schema.json` is generated from it (`npm run schemas`)
 * and a test fails when the committed copy drifts.
 *
 * Rules are declarative data over a closed set of operators (see `Condition`); there are
 * no expression strings, so the catalog can be reviewed as data and runs under a strict CSP.
 */
import { z } from '../zod';

const id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/), z.maxLength(64));
const text = z.string().check(z.minLength(1), z.maxLength(4000));

/** Where an item comes from: which publication, where in it, and whether it is the text's or ours. */
export const ProvenanceSchema = z.strictObject({
  /**
   * The publication's short name (`SP 800-125A Rev. 1`, `SP 800-53 Rev. 5`), `Workbench` for the
   * team's own guidance, or `Pack` for an item a pack added (its `note` names the pack; see
   * src/domain/packs). A name, not an enum: publications come with packs, not with the code.
   */
  publication: z.string().check(z.minLength(1), z.maxLength(80)),
  section: z.string().check(z.maxLength(40)),
  page: z.optional(z.number().check(z.int(), z.positive())),
  /** `text`: stated by the publication; `inferred`: our own mapping or guidance. */
  basis: z.enum(['text', 'inferred']),
  note: z.optional(z.string().check(z.maxLength(1000))),
});

export const BaselineFunctionSchema = z.strictObject({
  id: z.string().check(z.regex(/^HY-BF[1-5]$/)),
  name: text,
  definition: text,
  /** Why a function has no recommendation (HY-BF3), when it has none. */
  noRecommendationReason: z.optional(text),
  provenance: ProvenanceSchema,
});

export const TaskSchema = z.strictObject({
  /** Minted id encoding the parent function, e.g. `HY-BF2.T3`; never renumbered. */
  id: z.string().check(z.regex(/^HY-BF[1-5]\.T\d+$/)),
  baselineFunction: z.string().check(z.regex(/^HY-BF[1-5]$/)),
  name: text,
  description: text,
  /** Threat ids (HYP-T*, HY-DV*, minted threats) that endanger this task. */
  threats: z.array(id),
  /** Set when the publication leaves the task out; says where it is covered instead. */
  outOfScope: z.optional(z.strictObject({ reason: text, coveredBy: text })),
  provenance: ProvenanceSchema,
});

export const ThreatSourceSchema = z.strictObject({
  id: z.string().check(z.regex(/^HY-TS[1-3]$/)),
  name: text,
  description: text,
  /** Whether the publication analyses it (HY-TS2) or calls it generic (HY-TS1, HY-TS3). */
  analysedByPublication: z.boolean(),
  provenance: ProvenanceSchema,
});

export const ThreatSchema = z.strictObject({
  id,
  kind: z.enum(['platform-threat', 'design-vulnerability', 'task-threat']),
  name: text,
  description: text,
  /** Threat sources (HY-TS*) through which the threat arrives. */
  sources: z.array(z.string().check(z.regex(/^HY-TS[1-3]$/))),
  /** Platform threats (HYP-T*) a design vulnerability or task threat leads to. */
  leadsTo: z._default(z.array(id), []),
  provenance: ProvenanceSchema,
});

export const PlatformGuidanceSchema = z.strictObject({
  kvm: z.optional(z.string().check(z.maxLength(1000))),
  xen: z.optional(z.string().check(z.maxLength(1000))),
  hyperv: z.optional(z.string().check(z.maxLength(1000))),
  esxi: z.optional(z.string().check(z.maxLength(1000))),
});

export const RecommendationSchema = z.strictObject({
  /** NIST label verbatim: `HY-SR-6C`. Pack items are composed in as `<pack id>.<local id>` (src/domain/packs). */
  id: z.string().check(z.regex(/^HY-SR-(?:[1-9]|1\d|20|6[ABC])$/)),
  /** Which pack the item belongs to: the core's `SP800-125A`, or a pack's id. */
  pack: id,
  title: text,
  /** What is required, in our own words (never NIST's sentences). */
  requirement: text,
  rationale: text,
  section: z.string().check(z.maxLength(20)),
  page: z.optional(z.number().check(z.int(), z.positive())),
  /** `null` for HY-SR-1 (Appendix B: N/A) and for pack items that name no function. */
  baselineFunction: z.nullable(z.string().check(z.regex(/^HY-BF[1-5]$/))),
  tasks: z.array(id),
  threats: z.array(id),
  /** The publication's applicability condition in words; the rules carry it as data. */
  applicability: text,
  guidance: z.strictObject({
    evidence: text,
    platforms: PlatformGuidanceSchema,
    provenance: ProvenanceSchema,
  }),
  crosswalk: z.strictObject({
    sp80053r5: z.array(z.string().check(z.regex(/^[A-Z]{2}-\d+(\(\d+\))?$/))),
    provenance: ProvenanceSchema,
  }),
  provenance: ProvenanceSchema,
});

const attributeBase = {
  id,
  label: z.string().check(z.minLength(1), z.maxLength(120)),
  help: z.optional(z.string().check(z.maxLength(1000))),
  /**
   * Why no rule or verdict reads this attribute (it documents the platform for the report).
   * Every attribute is either read by the catalog's rules or says here why it is not.
   */
  informational: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
};

/**
 * A typed attribute of a component type. Attributes that decide applicability must allow
 * "unknown" (`unknownAllowed: true`): an unknown value yields "needs input", never "not applicable".
 */
export const AttributeSpecSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...attributeBase,
    type: z.literal('enum'),
    options: z
      .array(z.strictObject({ value: id, label: z.string().check(z.minLength(1), z.maxLength(120)) }))
      .check(z.minLength(1)),
    unknownAllowed: z.boolean(),
    default: z.optional(z.nullable(id)),
  }),
  z.strictObject({
    ...attributeBase,
    type: z.literal('boolean'),
    unknownAllowed: z.boolean(),
    default: z.optional(z.nullable(z.boolean())),
  }),
  z.strictObject({
    ...attributeBase,
    type: z.literal('number'),
    min: z.optional(z.number()),
    max: z.optional(z.number()),
    unit: z.optional(z.string().check(z.maxLength(20))),
    unknownAllowed: z.boolean(),
    default: z.optional(z.nullable(z.number())),
  }),
  z.strictObject({
    ...attributeBase,
    type: z.literal('text'),
    maxLength: z.number().check(z.int(), z.positive(), z.lte(4000)),
  }),
]);

export const ComponentTypeSchema = z.strictObject({
  id,
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  /**
   * `unmapped`: a neutral placeholder for a part an import could not type (issue 21). No rule
   * reads it; every output flags such a component "needs review: choose a type".
   */
  category: z.enum([
    'platform',
    'hypervisor',
    'device',
    'vm',
    'network',
    'management',
    'storage',
    'boundary',
    'unmapped',
  ]),
  /** Key of an icon in the UI's icon set (a closed list, so no markup travels in data). */
  icon: id,
  description: text,
  /** Whether it can contain other components (hosts, trust boundaries). */
  container: z.boolean(),
  /** Types this component may be nested in; empty = top level only. */
  allowedParents: z.array(id),
  /** Table 1 row or mode this type stands for, for the "why" panel. */
  provenance: ProvenanceSchema,
  attributes: z.array(AttributeSpecSchema),
});

/** A component type id, or `*` for any type (connection type pairs). */
const typeRef = z.union([id, z.literal('*')]);

export const ConnectionTypeSchema = z.strictObject({
  id,
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  description: text,
  /** Which (source type, target type) pairs may be joined; `*` matches any type. */
  allowed: z
    .array(z.strictObject({ from: z.array(typeRef).check(z.minLength(1)), to: z.array(typeRef).check(z.minLength(1)) }))
    .check(z.minLength(1)),
  directed: z.boolean(),
  attributes: z.array(AttributeSpecSchema),
});

/** A literal an attribute may hold. */
export const LiteralSchema = z.union([z.string().check(z.maxLength(200)), z.number(), z.boolean()]);

/**
 * Conditions are evaluated in three-valued logic (true, false, unknown) against one
 * component, "the subject". An unknown attribute makes a leaf unknown, which the engine
 * reports as "needs input".
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  /** The subject's attribute equals / is one of / is at least a value. */
  | { attr: string; eq: string | number | boolean }
  | { attr: string; in: (string | number | boolean)[] }
  | { attr: string; gte: number }
  /**
   * The subject has a connection of type `via` (in `direction` relative to it) to a
   * component of one of `peerTypes` (any when absent), whose connection attributes satisfy
   * `where` (conditions on the connection) and whose peer satisfies `peer`.
   */
  | {
      connected: {
        via: string[];
        direction: 'out' | 'in' | 'any';
        peerTypes?: string[];
        where?: Condition;
        peer?: Condition;
      };
    }
  /** The subject is nested (at any depth) inside / contains a component of these types. */
  | { inside: string[] }
  | { contains: { types: string[]; where?: Condition } }
  /** The whole document holds at least `atLeast` components of `types` satisfying `where`. */
  | { count: { types: string[]; atLeast: number; where?: Condition } }
  /** The subject is nested (at any depth) in a trust boundary, of one of `zones` when given. */
  | { inBoundary: { zones?: string[] } }
  /**
   * Only inside `connected.where`: the connection crosses a trust boundary (exactly one end
   * is inside it), of one of `zones` when given.
   */
  | { crossesBoundary: { zones?: string[] } };

export const ConditionSchema: z.ZodMiniType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema).check(z.minLength(1)) }),
    z.strictObject({ any: z.array(ConditionSchema).check(z.minLength(1)) }),
    z.strictObject({ not: ConditionSchema }),
    z.strictObject({ attr: id, eq: LiteralSchema }),
    z.strictObject({ attr: id, in: z.array(LiteralSchema).check(z.minLength(1)) }),
    z.strictObject({ attr: id, gte: z.number() }),
    z.strictObject({
      connected: z.strictObject({
        via: z.array(id).check(z.minLength(1)),
        direction: z.enum(['out', 'in', 'any']),
        peerTypes: z.optional(z.array(id)),
        where: z.optional(ConditionSchema),
        peer: z.optional(ConditionSchema),
      }),
    }),
    z.strictObject({ inside: z.array(id).check(z.minLength(1)) }),
    z.strictObject({
      contains: z.strictObject({ types: z.array(id).check(z.minLength(1)), where: z.optional(ConditionSchema) }),
    }),
    z.strictObject({
      count: z.strictObject({
        types: z.array(id).check(z.minLength(1)),
        atLeast: z.number().check(z.int(), z.gte(1)),
        where: z.optional(ConditionSchema),
      }),
    }),
    z.strictObject({ inBoundary: z.strictObject({ zones: z.optional(z.array(id).check(z.minLength(1))) }) }),
    z.strictObject({ crossesBoundary: z.strictObject({ zones: z.optional(z.array(id).check(z.minLength(1))) }) }),
  ]),
);

/**
 * A mapping rule: components of `appliesTo` types for which `when` holds (or always, when
 * absent) perform or expose `tasks`, face `threats` and call for `recommendations`.
 * `notApplicableReason` explains, in words, why a recommendation is not applicable when the
 * condition is false (shown on not-applicable checklist items).
 */
export const RuleSchema = z.strictObject({
  id: z.string().check(z.regex(/^R-[A-Za-z0-9-]+$/)),
  description: text,
  appliesTo: z.array(id).check(z.minLength(1)),
  when: z.optional(ConditionSchema),
  tasks: z.array(id),
  threats: z.array(id),
  recommendations: z.array(id),
  notApplicableReason: z.optional(z.string().check(z.maxLength(500))),
  /**
   * What to ask when no component of `appliesTo` is drawn: absence never makes an item
   * "not applicable", it makes it "needs input" with this question.
   */
  question: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
  provenance: ProvenanceSchema,
});

/**
 * A verdict rule: on components of `appliesTo` for which `when` holds, the model itself
 * states a fact that `contradicts` the recommendations (a gap whatever the assessed status,
 * unless risk-accepted) or `supports` them (shown as "confirm", never set to implemented).
 * Verdicts never change whether an item applies.
 */
export const VerdictRuleSchema = z.strictObject({
  id: z.string().check(z.regex(/^V-[A-Za-z0-9-]+$/)),
  description: text,
  appliesTo: z.array(id).check(z.minLength(1)),
  when: ConditionSchema,
  verdict: z.enum(['contradicts', 'supports']),
  recommendations: z.array(id).check(z.minLength(1)),
  provenance: ProvenanceSchema,
});

export const CatalogSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id,
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
  title: text,
  publications: z.array(
    z.strictObject({
      id,
      title: text,
      date: z.string().check(z.maxLength(40)),
      identifier: z.string().check(z.maxLength(200)),
    }),
  ),
  baselineFunctions: z.array(BaselineFunctionSchema),
  tasks: z.array(TaskSchema),
  threatSources: z.array(ThreatSourceSchema),
  threats: z.array(ThreatSchema),
  recommendations: z.array(RecommendationSchema),
  componentTypes: z.array(ComponentTypeSchema),
  connectionTypes: z.array(ConnectionTypeSchema),
  rules: z.array(RuleSchema),
  verdicts: z._default(z.array(VerdictRuleSchema), []),
  glossary: z._default(
    z.array(z.strictObject({ term: z.string().check(z.minLength(1), z.maxLength(80)), definition: text })),
    [],
  ),
});

export type Provenance = z.infer<typeof ProvenanceSchema>;
export type BaselineFunction = z.infer<typeof BaselineFunctionSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type ThreatSource = z.infer<typeof ThreatSourceSchema>;
export type Threat = z.infer<typeof ThreatSchema>;
export type Recommendation = z.infer<typeof RecommendationSchema>;
export type AttributeSpec = z.infer<typeof AttributeSpecSchema>;
export type ComponentType = z.infer<typeof ComponentTypeSchema>;
export type ConnectionType = z.infer<typeof ConnectionTypeSchema>;
export type Rule = z.infer<typeof RuleSchema>;
export type VerdictRule = z.infer<typeof VerdictRuleSchema>;
export type CatalogData = z.infer<typeof CatalogSchema>;

/**
 * The catalog ships as a manifest plus part files (`threat-catalog/catalog.json` and the files
 * it lists). Each part holds some of the catalog's collections; `parseCatalog` concatenates
 * them in manifest order and validates the whole against `CatalogSchema`.
 */
export const CATALOG_PART_FILE = /^[a-z0-9][a-z0-9-]*\.json$/;

export const CatalogManifestSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id,
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
  title: text,
  publications: CatalogSchema.shape.publications,
  /** Part files, relative to the manifest, in the order they are assembled. */
  parts: z.array(z.string().check(z.regex(CATALOG_PART_FILE), z.maxLength(80))).check(z.minLength(1)),
  /**
   * Packs shipped with the catalog (file names in `threat-catalog/packs/`), composed in by
   * default; a project can remove one for itself (`WorkbenchDocument.removedPacks`).
   */
  bundledPacks: z._default(z.array(z.string().check(z.regex(CATALOG_PART_FILE), z.maxLength(80))), []),
  /** `sha256:<hex>` over the canonical JSON of the parts and the bundled packs (without `$schema`); see `catalogHashFiles`. */
  contentHash: z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)),
});

export const CatalogPartSchema = z.strictObject({
  $schema: z.optional(z.string()),
  /** What the part holds, for readers; not interpreted. */
  description: z.optional(z.string().check(z.maxLength(1000))),
  baselineFunctions: z.optional(z.array(BaselineFunctionSchema)),
  tasks: z.optional(z.array(TaskSchema)),
  threatSources: z.optional(z.array(ThreatSourceSchema)),
  threats: z.optional(z.array(ThreatSchema)),
  recommendations: z.optional(z.array(RecommendationSchema)),
  componentTypes: z.optional(z.array(ComponentTypeSchema)),
  connectionTypes: z.optional(z.array(ConnectionTypeSchema)),
  rules: z.optional(z.array(RuleSchema)),
  verdicts: z.optional(z.array(VerdictRuleSchema)),
  glossary: z.optional(CatalogSchema.shape.glossary),
});

export type CatalogManifest = z.infer<typeof CatalogManifestSchema>;
export type CatalogPart = z.infer<typeof CatalogPartSchema>;

/** `threat-catalog/templates/index.json`: the reference architectures offered as templates. */
export const TemplateIndexSchema = z.strictObject({
  $schema: z.optional(z.string()),
  templates: z
    .array(
      z.strictObject({
        id,
        file: z.string().check(z.regex(CATALOG_PART_FILE)),
        title: z.string().check(z.minLength(1), z.maxLength(120)),
        description: text,
        platform: z.enum(['kvm', 'xen', 'hyperv', 'esxi', 'other']),
      }),
    )
    .check(z.minLength(1)),
});

export type TemplateIndex = z.infer<typeof TemplateIndexSchema>;
