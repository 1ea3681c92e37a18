/**
 * Our own zod schemas of the OSCAL subset the workbench emits. They always run in tests
 * (the official NIST schemas are checked too, where ../shared/oscal is present) and encode
 * the OSCAL rules that bite: v4/v5 UUIDs, date-times with a zone, trimmed one-line strings,
 * NCName tokens, non-empty arrays and no unknown keys.
 */
import { z } from '../../zod';

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
const oneLine = z.string().regex(/^\S(.*\S)?$/);
const markupLine = z.string().regex(/^[^\n]+$/);
const multiline = z.string().min(1);
const token = z.string().regex(/^[\p{L}_][\p{L}\p{N}._-]*$/u);
const nonEmpty = <T extends z.ZodType>(item: T) => z.array(item).min(1);

const prop = z.object({ name: token, value: oneLine, ns: z.string().regex(/^[a-zA-Z][a-zA-Z0-9+.-]+:.+$/).optional() }).strict();
const props = nonEmpty(prop).optional();

const metadata = z
  .object({
    title: markupLine,
    'last-modified': dateTime,
    version: oneLine,
    'oscal-version': z.literal('1.2.1'),
    props,
    roles: nonEmpty(z.object({ id: token, title: markupLine }).strict()).optional(),
    parties: nonEmpty(z.object({ uuid, type: z.enum(['person', 'organization']), name: oneLine }).strict()).optional(),
    'responsible-parties': nonEmpty(z.object({ 'role-id': token, 'party-uuids': nonEmpty(uuid) }).strict()).optional(),
  })
  .strict();

const observation = z
  .object({ uuid, title: markupLine, description: multiline, props, methods: nonEmpty(z.enum(['EXAMINE', 'INTERVIEW', 'TEST', 'UNKNOWN'])), collected: dateTime })
  .strict();

const relatedObservations = nonEmpty(z.object({ 'observation-uuid': uuid }).strict()).optional();

const risk = z
  .object({
    uuid,
    title: markupLine,
    description: multiline,
    statement: multiline,
    props,
    status: z.enum(['open', 'deviation-approved']),
    deadline: dateTime.optional(),
    remediations: nonEmpty(
      z.object({ uuid, lifecycle: z.enum(['recommendation', 'planned']), title: markupLine, description: multiline, props }).strict(),
    ).optional(),
    'related-observations': relatedObservations,
  })
  .strict();

const finding = z
  .object({
    uuid,
    title: markupLine,
    description: multiline,
    props,
    target: z
      .object({
        type: z.literal('statement-id'),
        'target-id': token,
        status: z.object({ state: z.enum(['satisfied', 'not-satisfied']), reason: z.enum(['pass', 'fail', 'other']) }).strict(),
      })
      .strict(),
    'related-observations': relatedObservations,
    'related-risks': nonEmpty(z.object({ 'risk-uuid': uuid }).strict()).optional(),
  })
  .strict();

export const OscalAssessmentResultsSchema = z
  .object({
    'assessment-results': z
      .object({
        uuid,
        metadata,
        'import-ap': z.object({ href: z.string().min(1) }).strict(),
        results: nonEmpty(
          z
            .object({
              uuid,
              title: markupLine,
              description: multiline,
              start: dateTime,
              end: dateTime,
              props,
              'reviewed-controls': z
                .object({
                  'control-selections': nonEmpty(
                    z.union([
                      z.object({ 'include-all': z.object({}).strict() }).strict(),
                      z.object({ 'include-controls': nonEmpty(z.object({ 'control-id': token }).strict()) }).strict(),
                    ]),
                  ),
                })
                .strict(),
              observations: nonEmpty(observation).optional(),
              risks: nonEmpty(risk).optional(),
              findings: nonEmpty(finding).optional(),
            })
            .strict(),
        ),
        'back-matter': z.object({ resources: nonEmpty(z.object({ uuid, title: markupLine, description: multiline }).strict()) }).strict(),
      })
      .strict(),
  })
  .strict();

export const OscalPoamSchema = z
  .object({
    'plan-of-action-and-milestones': z
      .object({
        uuid,
        metadata,
        observations: nonEmpty(observation).optional(),
        risks: nonEmpty(risk).optional(),
        findings: nonEmpty(finding).optional(),
        'poam-items': nonEmpty(
          z
            .object({
              uuid,
              title: markupLine,
              description: multiline,
              props,
              'related-findings': nonEmpty(z.object({ 'finding-uuid': uuid }).strict()).optional(),
              'related-observations': relatedObservations,
              'related-risks': nonEmpty(z.object({ 'risk-uuid': uuid }).strict()).optional(),
            })
            .strict(),
        ),
      })
      .strict(),
  })
  .strict();

const part = z.object({ id: token.optional(), name: token, prose: multiline.optional(), props }).strict();

const control = z.object({ id: token, class: token, title: markupLine, props, parts: nonEmpty(part) }).strict();

export const OscalCatalogSchema = z
  .object({
    catalog: z
      .object({
        uuid,
        metadata: z.object({ title: markupLine, 'last-modified': dateTime, version: oneLine, 'oscal-version': z.literal('1.2.1'), props }).strict(),
        groups: nonEmpty(
          z.object({ id: token, class: token, title: markupLine, props, parts: nonEmpty(part).optional(), controls: nonEmpty(control).optional() }).strict(),
        ),
        'back-matter': z
          .object({ resources: nonEmpty(z.object({ uuid, title: markupLine, citation: z.object({ text: markupLine }).strict(), props }).strict()) })
          .strict()
          .optional(),
      })
      .strict(),
  })
  .strict();
