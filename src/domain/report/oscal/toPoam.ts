/**
 * The action plan as an OSCAL `plan-of-action-and-milestones` document (OSCAL 1.2.1): a
 * POA&M item per open gap, in risk order, each with its finding, risk (with the planned
 * remediation, owner and deadline) and the observations from its evidence.
 */
import type { ReportModel } from '../reportModel';
import {
  allRows,
  assessmentMetadata,
  findingOf,
  itemUuid,
  observationsOf,
  riskOf,
  type OscalFinding,
  type OscalMetadata,
  type OscalObservation,
  type OscalRisk,
} from './assessmentParts';
import { htwProp, markupLine, markupMultiline, nonEmpty, propsOf, type OscalProp } from './oscalText';

export interface OscalPoamItem {
  uuid: string;
  title: string;
  description: string;
  props?: OscalProp[];
  'related-findings'?: { 'finding-uuid': string }[];
  'related-observations'?: { 'observation-uuid': string }[];
  'related-risks'?: { 'risk-uuid': string }[];
}

export interface OscalPoam {
  'plan-of-action-and-milestones': {
    uuid: string;
    metadata: OscalMetadata;
    observations?: OscalObservation[];
    risks?: OscalRisk[];
    findings?: OscalFinding[];
    'poam-items': OscalPoamItem[];
  };
}

/**
 * OSCAL POA&M of `model`. OSCAL requires at least one item; with no open gap the single item
 * says so (prop `no-open-gaps`), rather than emitting an invalid document.
 */
export function toPoam(model: ReportModel): OscalPoam {
  const byId = new Map(allRows(model).map((r) => [r.id, r]));
  const observations: OscalObservation[] = [];
  const risks: OscalRisk[] = [];
  const findings: OscalFinding[] = [];
  const items: OscalPoamItem[] = [];
  for (const action of model.actionPlan) {
    const row = byId.get(action.recommendationId);
    if (!row) continue;
    const obs = observationsOf(model, row);
    const risk = riskOf(model, row, obs);
    const finding = findingOf(model, row, obs, risk);
    observations.push(...obs);
    if (risk) risks.push(risk);
    findings.push(finding);
    items.push({
      uuid: itemUuid(model, 'poam-item', row.id),
      title: markupLine(`${row.id}: ${row.title}`, row.id),
      description: markupMultiline(`${action.rationale}.\n${row.requirement}`, row.title),
      ...propsOf([
        ...htwProp('rank', action.rank),
        ...htwProp('risk-level', action.risk),
        ...htwProp('risk-score', action.score),
        ...htwProp('status', action.status),
        ...htwProp('owner', action.owner),
        ...htwProp('due-date', action.dueDate),
      ]),
      'related-findings': [{ 'finding-uuid': finding.uuid }],
      ...nonEmpty(
        'related-observations',
        obs.map((o) => ({ 'observation-uuid': o.uuid })),
      ),
      ...(risk ? { 'related-risks': [{ 'risk-uuid': risk.uuid }] } : {}),
    });
  }
  if (items.length === 0) {
    items.push({
      uuid: itemUuid(model, 'poam-item', 'no-open-gaps'),
      title: 'No open gaps',
      description: 'Every applicable recommendation was implemented or its risk accepted when this plan was generated.',
      ...propsOf(htwProp('no-open-gaps', 'true')),
    });
  }
  return {
    'plan-of-action-and-milestones': {
      uuid: itemUuid(model, 'poam', model.cover.generatedAt),
      metadata: assessmentMetadata(model, 'Plan of action and milestones'),
      ...nonEmpty('observations', observations),
      ...nonEmpty('risks', risks),
      ...nonEmpty('findings', findings),
      'poam-items': items,
    },
  };
}
