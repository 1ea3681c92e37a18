/**
 * TM-BOM: an OWASP Threat Model Library 1.0.x document (threat-model.schema.json, v1.0.2), which
 * Threat Dragon reads and writes, carried inside a CycloneDX 1.6 BOM. CycloneDX 1.6 has no
 * native threat-model objects (CycloneDX/specification issue 462), so the model travels the way
 * that issue describes for now: inline in a `data` component, referenced from the described
 * platform by a `threat-model` external reference (a BOM-Link). Our import also reads the bare
 * Threat Model Library JSON Threat Dragon writes.
 */
export const TM_BOM_VERSION = '1.0.2';
export const TM_BOM_SCHEMA_URL = `https://github.com/OWASP/www-project-threat-model-library/blob/v${TM_BOM_VERSION}/threat-model.schema.json`;
export const TM_BOM_FORMAT_NAME = 'TM-BOM 1.0 (CycloneDX 1.6)';
/** The bom-ref of the data component that holds the threat model. */
export const TM_BOM_REF = 'threat-model';
export const PLATFORM_REF = 'platform';
/**
 * Key of our data in the document's `extensions` (the only place the schema leaves open: every
 * object else forbids extra properties). Named as the schema asks, domain then path; the
 * `.invalid` top-level domain (RFC 2606) is reserved, so the key can never collide with a real one.
 */
export const HTW_EXTENSION = 'hypervisor-threat-workbench.invalid/tm-bom/v1';

export type Degree = 'minimal' | 'low' | 'moderate' | 'high' | 'maximal';
export type ControlStatus =
  'assumed' | 'active' | 'suggested' | 'under_review' | 'approved' | 'scheduled' | 'retired' | 'wont_do';

export interface TmTypedRef {
  type: string;
  object: string;
}

export interface TmTrustZone {
  symbolic_name: string;
  title: string;
  description: string;
}

export interface TmComponent {
  symbolic_name: string;
  title: string;
  description: string;
  parent_component?: string;
  trust_zone: string;
}

export interface TmDataFlow {
  symbolic_name: string;
  title: string;
  description: string;
  source: TmTypedRef;
  destination: TmTypedRef;
  has_sensitive_data: boolean;
  encrypted: boolean;
}

export interface TmThreatPersona {
  symbolic_name: string;
  title: string;
  description: string;
  is_person: boolean;
  skill_level: string;
  access_level: string;
  malicious_intent: boolean;
  applicability_to_org: Degree;
}

export interface TmThreat {
  symbolic_name: string;
  title: string;
  description: string;
  components_affected: string[];
  threat_persona: string;
  event: string;
  sources: string[];
}

export interface TmControl {
  symbolic_name: string;
  title: string;
  description: string;
  threats: string[];
  status: ControlStatus;
  priority: string;
}

export interface TmDocument {
  $schema: string;
  version: string;
  scope: {
    title: string;
    description: string;
    business_criticality: Degree;
    data_sensitivity: string[];
    exposure: 'internal' | 'external';
    tier: string;
  };
  description?: string;
  trust_zones: TmTrustZone[];
  trust_boundaries: { trust_zone_a: string; trust_zone_b: string }[];
  actors: unknown[];
  components: TmComponent[];
  data_stores: unknown[];
  data_sets: unknown[];
  data_flows: TmDataFlow[];
  assumptions: { description: string; validity: 'unconfirmed' | 'confirmed' | 'rejected' }[];
  threat_personas: TmThreatPersona[];
  threats: TmThreat[];
  controls: TmControl[];
  extensions: Record<string, unknown>;
}

/** What our extension holds: everything the Threat Model Library has no field for. */
export interface HtwExtension {
  format: string;
  /** The zone standing in for "no trust boundary", when the export needed one: dropped on import. */
  outsideZone?: string;
  project: {
    id: string;
    assessor: string;
    organisation: string;
    assumptions: string;
    catalog: { id: string; version: string };
    createdAt: string;
    updatedAt: string;
  };
  /** By symbolic name: the record our component was, less name and notes (title and description). */
  components: Record<string, Record<string, unknown>>;
  connections: Record<string, Record<string, unknown>>;
  /** Our assessment entries, evidence files left out. */
  assessment: unknown[];
  /** Checklist status and applicability by recommendation id, as the workbench computed them. */
  checklist: Record<string, { status: string; applicability: string }>;
}
