/**
 * Zod schema of the threat catalog: the single source of truth for the catalog's shape.
 * `threat-catalog/schema/catalog.schema.json` is generated from it (`npm run schemas`)
 * and a test fails when the committed copy drifts.
 *
 * Rules are declarative data over a closed set of operators (see `Condition`); there are
 * no expression strings, so the catalog can be reviewed as data and runs under a strict CSP.
 */
import { z } from '../zod';

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/).max(64);
const text = z.string().min(1).max(4000);

/** Where an item comes from: which publication, where in it, and whether it is the text's or ours. */
export const ProvenanceSchema = z
  .object({
    publication: z.enum(['SP 800-125A Rev. 1', 'SP 800-125B', 'SP 800-53 Rev. 5', 'Workbench']),
    section: z.string().max(40),
    page: z.number().int().positive().optional(),
    /** `text`: stated by the publication; `inferred`: our own mapping or guidance. */
    basis: z.enum(['text', 'inferred']),
    note: z.string().max(1000).optional(),
  })
  .strict();

export const BaselineFunctionSchema = z
  .object({
    id: z.string().regex(/^HY-BF[1-5]$/),
    name: text,
    definition: text,
    /** Why a function has no recommendation (HY-BF3), when it has none. */
    noRecommendationReason: text.optional(),
    provenance: ProvenanceSchema,
  })
  .strict();

export const TaskSchema = z
  .object({
    /** Minted id encoding the parent function, e.g. `HY-BF2.T3`; never renumbered. */
    id: z.string().regex(/^HY-BF[1-5]\.T\d+$/),
    baselineFunction: z.string().regex(/^HY-BF[1-5]$/),
    name: text,
    description: text,
    /** Threat ids (HYP-T*, HY-DV*, minted threats) that endanger this task. */
    threats: z.array(id),
    /** Set when the publication leaves the task out; says where it is covered instead. */
    outOfScope: z.object({ reason: text, coveredBy: text }).strict().optional(),
    provenance: ProvenanceSchema,
  })
  .strict();

export const ThreatSourceSchema = z
  .object({
    id: z.string().regex(/^HY-TS[1-3]$/),
    name: text,
    description: text,
    /** Whether the publication analyses it (HY-TS2) or calls it generic (HY-TS1, HY-TS3). */
    analysedByPublication: z.boolean(),
    provenance: ProvenanceSchema,
  })
  .strict();

export const ThreatSchema = z
  .object({
    id,
    kind: z.enum(['platform-threat', 'design-vulnerability', 'task-threat']),
    name: text,
    description: text,
    /** Threat sources (HY-TS*) through which the threat arrives. */
    sources: z.array(z.string().regex(/^HY-TS[1-3]$/)),
    /** Platform threats (HYP-T*) a design vulnerability or task threat leads to. */
    leadsTo: z.array(id).default([]),
    provenance: ProvenanceSchema,
  })
  .strict();

export const PlatformGuidanceSchema = z
  .object({
    kvm: z.string().max(1000).optional(),
    xen: z.string().max(1000).optional(),
    hyperv: z.string().max(1000).optional(),
    esxi: z.string().max(1000).optional(),
  })
  .strict();

export const RecommendationSchema = z
  .object({
    /** NIST label verbatim: `HY-SR-6C`, `VM-NS-R2`. */
    id: z.string().regex(/^(HY-SR-(?:[1-9]|1\d|20|6[ABC])|VM-(?:NS|NPR|FW|TM)-R\d)$/),
    pack: z.enum(['SP800-125A', 'SP800-125B']),
    title: text,
    /** What is required, in our own words (never NIST's sentences). */
    requirement: text,
    rationale: text,
    section: z.string().max(20),
    page: z.number().int().positive().optional(),
    /** `null` for HY-SR-1 (Appendix B: N/A) and for the SP 800-125B pack. */
    baselineFunction: z.string().regex(/^HY-BF[1-5]$/).nullable(),
    tasks: z.array(id),
    threats: z.array(id),
    /** The publication's applicability condition in words; the rules carry it as data. */
    applicability: text,
    guidance: z
      .object({
        evidence: text,
        platforms: PlatformGuidanceSchema,
        provenance: ProvenanceSchema,
      })
      .strict(),
    crosswalk: z
      .object({
        sp80053r5: z.array(z.string().regex(/^[A-Z]{2}-\d+(\(\d+\))?$/)),
        provenance: ProvenanceSchema,
      })
      .strict(),
    provenance: ProvenanceSchema,
  })
  .strict();

const attributeBase = {
  id,
  label: z.string().min(1).max(120),
  help: z.string().max(1000).optional(),
};

/**
 * A typed attribute of a component type. Attributes that decide applicability must allow
 * "unknown" (`unknownAllowed: true`): an unknown value yields "needs input", never "not applicable".
 */
export const AttributeSpecSchema = z.discriminatedUnion('type', [
  z
    .object({
      ...attributeBase,
      type: z.literal('enum'),
      options: z.array(z.object({ value: id, label: z.string().min(1).max(120) }).strict()).min(1),
      unknownAllowed: z.boolean(),
      default: id.nullable().optional(),
    })
    .strict(),
  z
    .object({
      ...attributeBase,
      type: z.literal('boolean'),
      unknownAllowed: z.boolean(),
      default: z.boolean().nullable().optional(),
    })
    .strict(),
  z
    .object({
      ...attributeBase,
      type: z.literal('number'),
      min: z.number().optional(),
      max: z.number().optional(),
      unit: z.string().max(20).optional(),
      unknownAllowed: z.boolean(),
      default: z.number().nullable().optional(),
    })
    .strict(),
  z
    .object({ ...attributeBase, type: z.literal('text'), maxLength: z.number().int().positive().max(4000) })
    .strict(),
]);

export const ComponentTypeSchema = z
  .object({
    id,
    name: z.string().min(1).max(80),
    category: z.enum(['platform', 'hypervisor', 'device', 'vm', 'network', 'management', 'storage', 'boundary']),
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
  })
  .strict();

/** A component type id, or `*` for any type (connection type pairs). */
const typeRef = z.union([id, z.literal('*')]);

export const ConnectionTypeSchema = z
  .object({
    id,
    name: z.string().min(1).max(80),
    description: text,
    /** Which (source type, target type) pairs may be joined; `*` matches any type. */
    allowed: z
      .array(z.object({ from: z.array(typeRef).min(1), to: z.array(typeRef).min(1) }).strict())
      .min(1),
    directed: z.boolean(),
    attributes: z.array(AttributeSpecSchema),
  })
  .strict();

/** A literal an attribute may hold. */
export const LiteralSchema = z.union([z.string().max(200), z.number(), z.boolean()]);

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
  | { count: { types: string[]; atLeast: number; where?: Condition } };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ not: ConditionSchema }).strict(),
    z.object({ attr: id, eq: LiteralSchema }).strict(),
    z.object({ attr: id, in: z.array(LiteralSchema).min(1) }).strict(),
    z.object({ attr: id, gte: z.number() }).strict(),
    z
      .object({
        connected: z
          .object({
            via: z.array(id).min(1),
            direction: z.enum(['out', 'in', 'any']),
            peerTypes: z.array(id).optional(),
            where: ConditionSchema.optional(),
            peer: ConditionSchema.optional(),
          })
          .strict(),
      })
      .strict(),
    z.object({ inside: z.array(id).min(1) }).strict(),
    z.object({ contains: z.object({ types: z.array(id).min(1), where: ConditionSchema.optional() }).strict() }).strict(),
    z
      .object({
        count: z
          .object({ types: z.array(id).min(1), atLeast: z.number().int().min(1), where: ConditionSchema.optional() })
          .strict(),
      })
      .strict(),
  ]),
);

/**
 * A mapping rule: components of `appliesTo` types for which `when` holds (or always, when
 * absent) perform or expose `tasks`, face `threats` and call for `recommendations`.
 * `notApplicableReason` explains, in words, why a recommendation is not applicable when the
 * condition is false (shown on not-applicable checklist items).
 */
export const RuleSchema = z
  .object({
    id: z.string().regex(/^R-[A-Za-z0-9-]+$/),
    description: text,
    appliesTo: z.array(id).min(1),
    when: ConditionSchema.optional(),
    tasks: z.array(id),
    threats: z.array(id),
    recommendations: z.array(id),
    notApplicableReason: z.string().max(500).optional(),
    provenance: ProvenanceSchema,
  })
  .strict();

export const CatalogSchema = z
  .object({
    $schema: z.string().optional(),
    id,
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    title: text,
    publications: z.array(
      z
        .object({ id, title: text, date: z.string().max(40), identifier: z.string().max(200) })
        .strict(),
    ),
    baselineFunctions: z.array(BaselineFunctionSchema),
    tasks: z.array(TaskSchema),
    threatSources: z.array(ThreatSourceSchema),
    threats: z.array(ThreatSchema),
    recommendations: z.array(RecommendationSchema),
    componentTypes: z.array(ComponentTypeSchema),
    connectionTypes: z.array(ConnectionTypeSchema),
    rules: z.array(RuleSchema),
    glossary: z.array(z.object({ term: z.string().min(1).max(80), definition: text }).strict()).default([]),
  })
  .strict();

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
export type CatalogData = z.infer<typeof CatalogSchema>;

/**
 * The catalog ships as a manifest plus part files (`threat-catalog/catalog.json` and the files
 * it lists). Each part holds some of the catalog's collections; `parseCatalog` concatenates
 * them in manifest order and validates the whole against `CatalogSchema`.
 */
export const CATALOG_PART_FILE = /^[a-z0-9][a-z0-9-]*\.json$/;

export const CatalogManifestSchema = z
  .object({
    $schema: z.string().optional(),
    id,
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    title: text,
    publications: CatalogSchema.shape.publications,
    /** Part files, relative to the manifest, in the order they are assembled. */
    parts: z.array(z.string().regex(CATALOG_PART_FILE).max(80)).min(1),
    /** `sha256:<hex>` over the canonical JSON of the parts (without `$schema`); see `hashCatalogParts`. */
    contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  })
  .strict();

export const CatalogPartSchema = z
  .object({
    $schema: z.string().optional(),
    /** What the part holds, for readers; not interpreted. */
    description: z.string().max(1000).optional(),
    baselineFunctions: z.array(BaselineFunctionSchema).optional(),
    tasks: z.array(TaskSchema).optional(),
    threatSources: z.array(ThreatSourceSchema).optional(),
    threats: z.array(ThreatSchema).optional(),
    recommendations: z.array(RecommendationSchema).optional(),
    componentTypes: z.array(ComponentTypeSchema).optional(),
    connectionTypes: z.array(ConnectionTypeSchema).optional(),
    rules: z.array(RuleSchema).optional(),
    glossary: CatalogSchema.shape.glossary.optional(),
  })
  .strict();

export type CatalogManifest = z.infer<typeof CatalogManifestSchema>;
export type CatalogPart = z.infer<typeof CatalogPartSchema>;

/** `threat-catalog/templates/index.json`: the reference architectures offered as templates. */
export const TemplateIndexSchema = z
  .object({
    $schema: z.string().optional(),
    templates: z
      .array(
        z
          .object({
            id,
            file: z.string().regex(CATALOG_PART_FILE),
            title: z.string().min(1).max(120),
            description: text,
            platform: z.enum(['kvm', 'xen', 'hyperv', 'esxi', 'other']),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type TemplateIndex = z.infer<typeof TemplateIndexSchema>;
