/**
 * The recommendations of the threat catalog (HY-SR of SP 800-125A Rev. 1 and the items of every
 * bundled or installed pack) as an OSCAL `catalog` (OSCAL 1.2.1): a group per baseline function,
 * one for platform-wide items and one per pack, titled from the pack; a control per recommendation
 * with its statement (requirement), guidance (rationale), assessment hint (evidence) and
 * applicability. The texts are the catalog's own paraphrases, never the publications' words.
 */
import { packsOf } from '../../packs/applyPacks';
import type { Recommendation } from '../../catalog/schema';
import { toEngineCatalog, type CatalogSource } from '../../rules/engineCatalog';
import { WORKBENCH_NAMESPACE, uuidV5 } from './nameUuid';
import {
  OSCAL_VERSION,
  controlId,
  htwProp,
  markupLine,
  markupMultiline,
  nonEmpty,
  propsOf,
  type OscalProp,
} from './oscalText';

export interface OscalPart {
  id?: string;
  name: string;
  prose?: string;
  props?: OscalProp[];
}

export interface OscalControl {
  id: string;
  class: string;
  title: string;
  props?: OscalProp[];
  parts: OscalPart[];
}

export interface OscalGroup {
  id: string;
  class: string;
  title: string;
  props?: OscalProp[];
  parts?: OscalPart[];
  controls?: OscalControl[];
}

export interface OscalCatalog {
  catalog: {
    uuid: string;
    metadata: { title: string; 'last-modified': string; version: string; 'oscal-version': string; props?: OscalProp[] };
    groups: OscalGroup[];
    'back-matter'?: { resources: { uuid: string; title: string; citation: { text: string }; props?: OscalProp[] }[] };
  };
}

function control(rec: Recommendation, sortIndex: number): OscalControl {
  const id = controlId(rec.id);
  return {
    id,
    class: 'recommendation',
    title: markupLine(rec.title, rec.id),
    ...propsOf([
      { name: 'label', value: rec.id },
      { name: 'sort-id', value: `${String(sortIndex).padStart(3, '0')}-${id}` },
      ...htwProp('pack', rec.pack),
      ...htwProp('section', rec.section),
      ...htwProp('page', rec.page),
      ...htwProp('basis', rec.provenance.basis),
      ...htwProp('sp800-53r5-crosswalk', rec.crosswalk.sp80053r5.join(' ')),
    ]),
    parts: [
      { id: `${id}_smt`, name: 'statement', prose: markupMultiline(rec.requirement, rec.title) },
      { id: `${id}_gdn`, name: 'guidance', prose: markupMultiline(rec.rationale, rec.title) },
      { id: `${id}_obj`, name: 'assessment-objective', prose: markupMultiline(rec.guidance.evidence, rec.title) },
      { id: `${id}_app`, name: 'applicability', prose: markupMultiline(rec.applicability, rec.title) },
    ],
  };
}

/**
 * The catalog's recommendations as an OSCAL catalog. `lastModified` is an ISO date-time
 * (the export time); the UUID is derived from the catalog id and version, so one catalog
 * version always has the same UUID.
 */
export function toOscalCatalog(catalog: CatalogSource, lastModified: string): OscalCatalog {
  const cat = toEngineCatalog(catalog);
  const d = cat.data;
  const order = new Map(cat.recommendationOrder.map((id, i) => [id, i + 1]));
  const controls = (recs: readonly Recommendation[]) => recs.map((r) => control(r, order.get(r.id) ?? 0));
  const groups: OscalGroup[] = d.baselineFunctions.map((bf) => {
    const recs = d.recommendations.filter((r) => r.baselineFunction === bf.id);
    return {
      id: controlId(bf.id),
      class: 'baseline-function',
      title: markupLine(bf.name, bf.id),
      ...propsOf([{ name: 'label', value: bf.id }]),
      parts: [
        { id: `${controlId(bf.id)}_ovw`, name: 'overview', prose: markupMultiline(bf.definition, bf.name) },
        ...(bf.noRecommendationReason
          ? [
              {
                id: `${controlId(bf.id)}_nrr`,
                name: 'no-recommendation',
                prose: markupMultiline(bf.noRecommendationReason, bf.name),
              },
            ]
          : []),
      ],
      ...nonEmpty('controls', controls(recs)),
    };
  });
  const packIds = new Set(packsOf(d).map((p) => p.id));
  const platform = d.recommendations.filter((r) => r.baselineFunction === null && !packIds.has(r.pack));
  if (platform.length > 0)
    groups.push({
      id: 'hy-platform',
      class: 'platform',
      title: 'Platform-wide recommendations',
      controls: controls(platform),
    });
  // Packs (bundled or installed): their items that name no baseline function, one group per pack.
  for (const pack of packsOf(d)) {
    const recs = d.recommendations.filter((r) => r.pack === pack.id && r.baselineFunction === null);
    if (recs.length > 0)
      groups.push({
        id: `pack-${pack.id}`,
        class: 'pack',
        title: `${pack.title} (pack ${pack.id} ${pack.version})`,
        controls: controls(recs),
      });
  }
  const resources = d.publications.map((p) => ({
    uuid: uuidV5(WORKBENCH_NAMESPACE, `publication/${p.id}`),
    title: markupLine(p.title, p.id),
    citation: { text: markupLine(`${p.title}, ${p.date}, ${p.identifier}`, p.id) },
    ...propsOf(htwProp('identifier', p.identifier)),
  }));
  return {
    catalog: {
      uuid: uuidV5(WORKBENCH_NAMESPACE, `catalog/${d.id}/${d.version}`),
      metadata: {
        title: markupLine(d.title, d.id),
        'last-modified': lastModified,
        version: d.version,
        'oscal-version': OSCAL_VERSION,
        ...propsOf(htwProp('catalog-id', d.id)),
      },
      groups,
      ...(resources.length > 0 ? { 'back-matter': { resources } } : {}),
    },
  };
}
