/**
 * The Open Threat Model 0.2.0 objects we write (iriusrisk/OpenThreatModel, otm_schema.json),
 * and the names of our own extension keys. OTM's `attributes` is a free-form map; our
 * attribute ids match /^[A-Za-z0-9._-]+$/, so keys with a `htw:` prefix never collide with them.
 */
export const OTM_VERSION = '0.2.0';
export const OTM_FORMAT_NAME = 'OTM 0.2.0';
/** The one diagram our positions and sizes belong to. */
export const CANVAS_REPRESENTATION = 'htw-canvas';

/** Keys of our extension data inside OTM `attributes`. */
export const HTW = {
  /** Project: the document format marker, so an import knows the file came from us. */
  format: 'htw:format',
  organisation: 'htw:organisation',
  assumptions: 'htw:assumptions',
  catalog: 'htw:catalog',
  createdAt: 'htw:createdAt',
  updatedAt: 'htw:updatedAt',
  /** Trust zone standing in for "no parent": OTM requires every component to have one. */
  synthetic: 'htw:synthetic',
  provenance: 'htw:provenance',
  /** Threat instances of a host or boundary (trust zones have no `threats` in OTM). */
  threats: 'htw:threats',
  connectionType: 'htw:type',
  label: 'htw:label',
  status: 'htw:status',
  applicability: 'htw:applicability',
  /** The assessment entries of a recommendation, as our schema has them. */
  assessment: 'htw:assessment',
  pack: 'htw:pack',
} as const;

export interface OtmParent {
  trustZone?: string;
  component?: string;
}

export interface OtmRepresentationElement {
  representation: string;
  id: string;
  position?: { x: number; y: number };
  size?: { width: number; height: number };
}

export interface OtmThreatInstance {
  threat: string;
  state: string;
  mitigations: { mitigation: string; state: string }[];
}

export interface OtmTrustZone {
  id: string;
  name: string;
  type: string;
  description?: string;
  risk: { trustRating: number };
  parent?: OtmParent;
  representations?: OtmRepresentationElement[];
  attributes: Record<string, unknown>;
}

export interface OtmComponent {
  id: string;
  name: string;
  type: string;
  description?: string;
  parent: OtmParent;
  representations?: OtmRepresentationElement[];
  threats?: OtmThreatInstance[];
  tags: string[];
  attributes: Record<string, unknown>;
}

export interface OtmDataflow {
  id: string;
  name: string;
  source: string;
  destination: string;
  bidirectional: boolean;
  tags: string[];
  attributes: Record<string, unknown>;
}

export interface OtmThreat {
  id: string;
  name: string;
  description: string;
  categories: string[];
  risk: { likelihood: number; likelihoodComment: string; impact: number; impactComment: string };
  tags: string[];
}

export interface OtmMitigation {
  id: string;
  name: string;
  description: string;
  riskReduction: number;
  attributes: Record<string, unknown>;
}

export interface OtmDocument {
  otmVersion: string;
  project: {
    name: string;
    id: string;
    description?: string;
    owner?: string;
    tags: string[];
    attributes: Record<string, unknown>;
  };
  representations: { name: string; id: string; type: 'diagram' }[];
  trustZones: OtmTrustZone[];
  components: OtmComponent[];
  dataflows: OtmDataflow[];
  threats: OtmThreat[];
  mitigations: OtmMitigation[];
}
