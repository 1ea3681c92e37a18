/**
 * The OSCAL pieces shared by assessment-results and the POA&M: metadata, and per
 * recommendation a finding, observations (one per evidence item) and a risk (for open gaps
 * and accepted risks). UUIDs are name-based (v5) on the document id and the recommendation,
 * so the same item keeps its UUID from one export to the next.
 */
import type { RecommendationRow, ReportEvidence, ReportModel } from '../reportModel';
import { WORKBENCH_NAMESPACE, uuidV5 } from './nameUuid';
import { assessorFieldLines } from '../assessorFields';
import {
  OSCAL_VERSION,
  controlId,
  endOfDay,
  htwProp,
  markupLine,
  markupMultiline,
  nonEmpty,
  oscalString,
  propsOf,
  type OscalProp,
} from './oscalText';

export interface OscalMetadata {
  title: string;
  'last-modified': string;
  version: string;
  'oscal-version': string;
  props?: OscalProp[];
  roles?: { id: string; title: string }[];
  parties?: { uuid: string; type: 'person' | 'organization'; name: string }[];
  'responsible-parties'?: { 'role-id': string; 'party-uuids': string[] }[];
}

export interface OscalObservation {
  uuid: string;
  title: string;
  description: string;
  props?: OscalProp[];
  methods: string[];
  collected: string;
}

export interface OscalRisk {
  uuid: string;
  title: string;
  description: string;
  statement: string;
  props?: OscalProp[];
  status: 'open' | 'deviation-approved';
  deadline?: string;
  remediations?: {
    uuid: string;
    lifecycle: 'recommendation' | 'planned';
    title: string;
    description: string;
    props?: OscalProp[];
  }[];
  'related-observations'?: { 'observation-uuid': string }[];
}

export interface OscalFinding {
  uuid: string;
  title: string;
  description: string;
  props?: OscalProp[];
  /** The assessor's comments and the per-component records, as Markdown paragraphs. */
  remarks?: string;
  target: {
    type: 'statement-id';
    'target-id': string;
    status: { state: 'satisfied' | 'not-satisfied'; reason: 'pass' | 'fail' | 'other' };
  };
  'related-observations'?: { 'observation-uuid': string }[];
  'related-risks'?: { 'risk-uuid': string }[];
}

/** UUID of `kind/name` within a document's exports. */
export function itemUuid(model: ReportModel, kind: string, name: string): string {
  return uuidV5(WORKBENCH_NAMESPACE, `${model.cover.documentId}/${kind}/${name}`);
}

/** Metadata of an assessment export; `version` is the document's last change. */
export function assessmentMetadata(model: ReportModel, title: string): OscalMetadata {
  const c = model.cover;
  const parties: NonNullable<OscalMetadata['parties']> = [];
  const responsible: NonNullable<OscalMetadata['responsible-parties']> = [];
  const roles: NonNullable<OscalMetadata['roles']> = [];
  const assessor = oscalString(c.assessor, '');
  if (assessor) {
    const uuid = itemUuid(model, 'party', `person:${assessor}`);
    parties.push({ uuid, type: 'person', name: assessor });
    roles.push({ id: 'assessor', title: 'Assessor' });
    responsible.push({ 'role-id': 'assessor', 'party-uuids': [uuid] });
  }
  const organisation = oscalString(c.organisation, '');
  if (organisation) {
    const uuid = itemUuid(model, 'party', `organization:${organisation}`);
    parties.push({ uuid, type: 'organization', name: organisation });
    roles.push({ id: 'system-owner', title: 'System owner' });
    responsible.push({ 'role-id': 'system-owner', 'party-uuids': [uuid] });
  }
  return {
    title: markupLine(`${title}: ${c.project}`, title),
    'last-modified': c.generatedAt,
    version: oscalString(c.documentUpdatedAt, '1'),
    'oscal-version': OSCAL_VERSION,
    ...propsOf([
      ...htwProp('generator', c.generator),
      ...htwProp('catalog-id', c.catalog.id),
      ...htwProp('catalog-version', c.catalog.version),
      ...htwProp('document-id', c.documentId),
    ]),
    ...nonEmpty('roles', roles),
    ...nonEmpty('parties', parties),
    ...nonEmpty('responsible-parties', responsible),
  };
}

/** Every recommendation row of the report, in report order. */
export function allRows(model: ReportModel): RecommendationRow[] {
  return model.functions.flatMap((f) => f.recommendations);
}

/** Rows that get a finding: those that apply or may apply (needs input). */
export function assessedRows(model: ReportModel): RecommendationRow[] {
  return allRows(model).filter((r) => r.applicability !== 'not-applicable');
}

function observation(
  model: ReportModel,
  row: RecommendationRow,
  scope: string,
  scopeName: string,
  e: ReportEvidence,
): OscalObservation {
  return {
    uuid: itemUuid(model, 'observation', `${row.id}/${scope}/${e.id}`),
    title: markupLine(`${row.id} evidence (${scopeName}): ${e.kind}`, `${row.id} evidence`),
    description: markupMultiline(e.text, 'Evidence without text.'),
    ...propsOf([
      ...htwProp('evidence-kind', e.kind),
      ...htwProp('recommendation', row.id),
      ...htwProp('scope', scopeName),
    ]),
    methods: ['EXAMINE'],
    collected: e.addedAt,
  };
}

/** Observations from the evidence of `row` (platform-wide and per component). */
export function observationsOf(model: ReportModel, row: RecommendationRow): OscalObservation[] {
  return [
    ...row.evidence.map((e) => observation(model, row, 'platform', 'platform', e)),
    ...row.componentEntries.flatMap((c) =>
      c.evidence.map((e) => observation(model, row, c.componentId, c.componentName, e)),
    ),
  ];
}

/** What the model and the calendar add to a row's own words: contradictions, expired acceptances. */
export function modelLines(row: RecommendationRow): string[] {
  const expired =
    row.expiredAcceptances.length > 0 ? [`Risk acceptance expired: ${row.expiredAcceptances.join(', ')}.`] : [];
  return [...row.modelEvidenceText, ...expired];
}

/**
 * The risk of `row`: open for gaps (`row.risk` is set for every gap, including contradicted
 * items and expired acceptances), deviation-approved for accepted risks still in force, none otherwise.
 */
export function riskOf(
  model: ReportModel,
  row: RecommendationRow,
  observations: readonly OscalObservation[],
): OscalRisk | undefined {
  const accepted = row.status === 'risk-accepted' && row.expiredAcceptances.length === 0;
  if (!accepted && row.risk === undefined) return undefined;
  const deadline = endOfDay(accepted ? row.expiresAt : row.dueDate);
  const owner = oscalString(row.owner, '');
  return {
    uuid: itemUuid(model, 'risk', row.id),
    title: markupLine(`${row.id} not met: ${row.title}`, row.id),
    description: markupMultiline(row.requirement, row.title),
    statement: markupMultiline(
      [`Status: ${row.statusLabel}.`, row.justification, ...modelLines(row), ...row.reasons]
        .filter((x) => x.trim() !== '')
        .join('\n'),
      `Status: ${row.statusLabel}.`,
    ),
    ...propsOf([
      ...htwProp('risk-level', row.risk?.level),
      ...htwProp('risk-score', row.risk?.score),
      ...htwProp('threats', row.threats.join(' ')),
      ...htwProp('components', row.componentCount),
      ...(accepted ? [...htwProp('approver', row.approver), ...htwProp('expires', row.expiresAt)] : []),
    ]),
    status: accepted ? 'deviation-approved' : 'open',
    ...(deadline ? { deadline } : {}),
    ...(accepted
      ? {}
      : {
          remediations: [
            {
              uuid: itemUuid(model, 'remediation', row.id),
              lifecycle: owner || row.dueDate ? ('planned' as const) : ('recommendation' as const),
              title: markupLine(`Implement ${row.id}: ${row.title}`, `Implement ${row.id}`),
              description: markupMultiline(row.requirement, row.title),
              ...propsOf([...htwProp('owner', owner), ...htwProp('due-date', row.dueDate)]),
            },
          ],
        }),
    ...nonEmpty(
      'related-observations',
      observations.map((o) => ({ 'observation-uuid': o.uuid })),
    ),
  };
}

/**
 * The finding's remarks: the platform-wide comments, then one paragraph per component-scoped
 * record with every field its assessor typed (OSCAL has one finding per control here).
 */
function findingRemarks(row: RecommendationRow): { remarks?: string } {
  const paragraphs = [
    row.tailoring
      ? `Tailoring: ${row.tailoring.label}, approved by ${row.tailoring.approver} on ${row.tailoring.decidedAt.slice(0, 10)}. Justification: ${row.tailoring.justification}`
      : '',
    row.comments,
    ...row.componentEntries.map((e) =>
      [
        `${e.componentName}: ${e.statusLabel}`,
        e.justification && `justification ${e.justification}`,
        e.owner && `owner ${e.owner}`,
        e.dueDate && `due ${e.dueDate}`,
        ...e.evidence.map((x) => `evidence ${x.kind}: ${x.text}`),
        ...assessorFieldLines(e).map((f) => `${f.label.toLowerCase()} ${f.text}`),
      ]
        .filter((x) => x !== '')
        .join('; '),
    ),
  ].filter((x) => x.trim() !== '');
  return paragraphs.length > 0 ? { remarks: markupMultiline(paragraphs.join('\n'), '') } : {};
}

/** The finding for `row`: satisfied when implemented (or judged not applicable by the assessor). */
export function findingOf(
  model: ReportModel,
  row: RecommendationRow,
  observations: readonly OscalObservation[],
  risk: OscalRisk | undefined,
): OscalFinding {
  // A status the model's own facts contradict is not taken as met.
  const satisfied =
    (row.status === 'implemented' || row.status === 'not-applicable') && row.modelEvidence !== 'contradicts';
  const reason = satisfied
    ? 'pass'
    : row.status === 'not-reviewed' || row.applicability === 'needs-input'
      ? 'other'
      : 'fail';
  const lines = [`${row.statusLabel} (${row.applicabilityLabel}).`, row.justification, ...modelLines(row)];
  return {
    uuid: itemUuid(model, 'finding', row.id),
    title: markupLine(`${row.id}: ${row.title}`, row.id),
    description: markupMultiline(lines.filter((x) => x.trim() !== '').join('\n'), row.statusLabel),
    ...propsOf([
      ...htwProp('status', row.status),
      ...htwProp('applicability', row.applicability),
      ...htwProp('model-evidence', row.modelEvidence === 'none' ? undefined : row.modelEvidence),
      ...htwProp('owner', row.owner),
      ...htwProp('due-date', row.dueDate),
      ...htwProp('components', row.componentCount),
      ...htwProp('approver', row.approver),
      ...htwProp('approved-on', row.approvedAt),
      ...htwProp('expires', row.expiresAt),
      ...htwProp('verified-by', row.verifiedBy),
      ...htwProp('verified-on', row.verifiedAt),
      ...htwProp('tailoring', row.tailoring?.decision),
      ...htwProp('tailoring-priority', row.tailoring?.priority),
      ...htwProp('tailoring-approver', row.tailoring?.approver),
    ]),
    ...findingRemarks(row),
    target: {
      type: 'statement-id',
      'target-id': `${controlId(row.id)}_smt`,
      status: { state: satisfied ? 'satisfied' : 'not-satisfied', reason },
    },
    ...nonEmpty(
      'related-observations',
      observations.map((o) => ({ 'observation-uuid': o.uuid })),
    ),
    ...(risk ? { 'related-risks': [{ 'risk-uuid': risk.uuid }] } : {}),
  };
}
