/**
 * The report as an OSCAL `assessment-results` document (OSCAL 1.2.1): one result holding a
 * finding per recommendation that applies or needs input, an observation per evidence item,
 * and a risk per open gap or accepted risk.
 */
import type { ReportModel } from '../reportModel';
import {
  allRows,
  assessedRows,
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
import { controlId, htwProp, markupLine, markupMultiline, nonEmpty, propsOf, type OscalProp } from './oscalText';
import { isAre, plural, verbFor } from '../../text/plural';

export interface OscalAssessmentResults {
  'assessment-results': {
    uuid: string;
    metadata: OscalMetadata;
    'import-ap': { href: string; remarks?: string };
    results: {
      uuid: string;
      title: string;
      description: string;
      start: string;
      end: string;
      props?: OscalProp[];
      'reviewed-controls': {
        'control-selections': (
          { 'include-all': Record<string, never> } | { 'include-controls': { 'control-id': string }[] }
        )[];
      };
      observations?: OscalObservation[];
      risks?: OscalRisk[];
      findings?: OscalFinding[];
    }[];
    'back-matter': { resources: { uuid: string; title: string; description: string }[] };
  };
}

/**
 * OSCAL assessment results of `model`. The document UUID changes with `generatedAt` (each
 * export is a new revision); finding, observation and risk UUIDs stay the same.
 */
export function toAssessmentResults(model: ReportModel): OscalAssessmentResults {
  const rows = assessedRows(model);
  const observations: OscalObservation[] = [];
  const risks: OscalRisk[] = [];
  const findings: OscalFinding[] = [];
  // Accepted risks count even for items that no longer apply: the acceptance is on record.
  for (const row of allRows(model)) {
    const obs = observationsOf(model, row);
    const risk = riskOf(model, row, obs);
    if (row.applicability === 'not-applicable' && !risk) continue;
    observations.push(...obs);
    if (risk) risks.push(risk);
    findings.push(findingOf(model, row, obs, risk));
  }
  const planUuid = itemUuid(model, 'resource', 'assessment-plan');
  const s = model.executiveSummary.summary;
  return {
    'assessment-results': {
      uuid: itemUuid(model, 'assessment-results', model.cover.generatedAt),
      metadata: assessmentMetadata(model, 'Assessment results'),
      'import-ap': { href: `#${planUuid}` },
      results: [
        {
          uuid: itemUuid(model, 'result', model.cover.generatedAt),
          title: markupLine(
            `Assessment of ${model.cover.project} against ${model.cover.catalog.id} ${model.cover.catalog.version}`,
            'Assessment',
          ),
          description: markupMultiline(
            `${plural(s.applicable, 'recommendation')} ${verbFor(s.applicable, 'apply', 'applies')}, ${s.needsInput} ${verbFor(s.needsInput, 'need')} input, ${s.implemented} ${isAre(s.implemented)} implemented and ${plural(s.gaps, 'gap')} ${isAre(s.gaps)} open.\n${model.cover.scope}`,
            'Assessment results.',
          ),
          start: model.cover.generatedAt,
          end: model.cover.generatedAt,
          ...propsOf([...htwProp('gaps', s.gaps), ...htwProp('needs-input', s.needsInput)]),
          'reviewed-controls': {
            'control-selections': [
              rows.length > 0
                ? { 'include-controls': rows.map((r) => ({ 'control-id': controlId(r.id) })) }
                : { 'include-all': {} },
            ],
          },
          ...nonEmpty('observations', observations),
          ...nonEmpty('risks', risks),
          ...nonEmpty('findings', findings),
        },
      ],
      'back-matter': {
        resources: [
          {
            uuid: planUuid,
            title: 'Assessment plan (implicit)',
            description: markupMultiline(
              'No separate OSCAL assessment plan exists: the scope, the method and the components assessed are those of the Hypervisor Threat Workbench project named in the metadata.',
              'Implicit assessment plan.',
            ),
          },
        ],
      },
    },
  };
}
