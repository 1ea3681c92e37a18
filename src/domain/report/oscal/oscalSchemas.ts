/**
 * Our own zod schemas of the OSCAL subset the workbench emits. They always run in tests
 * (the official NIST schemas are checked too, where ../shared/oscal is present) and encode
 * the OSCAL rules that bite: v4/v5 UUIDs, date-times with a zone, trimmed one-line strings,
 * NCName tokens, non-empty arrays and no unknown keys.
 */
import { z } from '../../zod';

const uuid = z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/));
const dateTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/));
const oneLine = z.string().check(z.regex(/^\S(.*\S)?$/));
const markupLine = z.string().check(z.regex(/^[^\n]+$/));
const multiline = z.string().check(z.minLength(1));
const token = z.string().check(z.regex(/^[\p{L}_][\p{L}\p{N}._-]*$/u));
const nonEmpty = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1));

const prop = z.strictObject({
  name: token,
  value: oneLine,
  ns: z.optional(z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9+.-]+:.+$/))),
});
const props = z.optional(nonEmpty(prop));

const metadata = z.strictObject({
  title: markupLine,
  'last-modified': dateTime,
  version: oneLine,
  'oscal-version': z.literal('1.2.1'),
  props,
  roles: z.optional(nonEmpty(z.strictObject({ id: token, title: markupLine }))),
  parties: z.optional(nonEmpty(z.strictObject({ uuid, type: z.enum(['person', 'organization']), name: oneLine }))),
  'responsible-parties': z.optional(nonEmpty(z.strictObject({ 'role-id': token, 'party-uuids': nonEmpty(uuid) }))),
});

const observation = z.strictObject({
  uuid,
  title: markupLine,
  description: multiline,
  props,
  methods: nonEmpty(z.enum(['EXAMINE', 'INTERVIEW', 'TEST', 'UNKNOWN'])),
  collected: dateTime,
});

const relatedObservations = z.optional(nonEmpty(z.strictObject({ 'observation-uuid': uuid })));

const risk = z.strictObject({
  uuid,
  title: markupLine,
  description: multiline,
  statement: multiline,
  props,
  status: z.enum(['open', 'deviation-approved']),
  deadline: z.optional(dateTime),
  remediations: z.optional(
    nonEmpty(
      z.strictObject({
        uuid,
        lifecycle: z.enum(['recommendation', 'planned']),
        title: markupLine,
        description: multiline,
        props,
      }),
    ),
  ),
  'related-observations': relatedObservations,
});

const finding = z.strictObject({
  uuid,
  title: markupLine,
  description: multiline,
  props,
  target: z.strictObject({
    type: z.literal('statement-id'),
    'target-id': token,
    status: z.strictObject({
      state: z.enum(['satisfied', 'not-satisfied']),
      reason: z.enum(['pass', 'fail', 'other']),
    }),
  }),
  'related-observations': relatedObservations,
  'related-risks': z.optional(nonEmpty(z.strictObject({ 'risk-uuid': uuid }))),
  remarks: z.optional(multiline),
});

export const OscalAssessmentResultsSchema = z.strictObject({
  'assessment-results': z.strictObject({
    uuid,
    metadata,
    'import-ap': z.strictObject({ href: z.string().check(z.minLength(1)) }),
    results: nonEmpty(
      z.strictObject({
        uuid,
        title: markupLine,
        description: multiline,
        start: dateTime,
        end: dateTime,
        props,
        'reviewed-controls': z.strictObject({
          'control-selections': nonEmpty(
            z.union([
              z.strictObject({ 'include-all': z.strictObject({}) }),
              z.strictObject({ 'include-controls': nonEmpty(z.strictObject({ 'control-id': token })) }),
            ]),
          ),
        }),
        observations: z.optional(nonEmpty(observation)),
        risks: z.optional(nonEmpty(risk)),
        findings: z.optional(nonEmpty(finding)),
      }),
    ),
    'back-matter': z.strictObject({
      resources: nonEmpty(z.strictObject({ uuid, title: markupLine, description: multiline })),
    }),
  }),
});

export const OscalPoamSchema = z.strictObject({
  'plan-of-action-and-milestones': z.strictObject({
    uuid,
    metadata,
    observations: z.optional(nonEmpty(observation)),
    risks: z.optional(nonEmpty(risk)),
    findings: z.optional(nonEmpty(finding)),
    'poam-items': nonEmpty(
      z.strictObject({
        uuid,
        title: markupLine,
        description: multiline,
        props,
        'related-findings': z.optional(nonEmpty(z.strictObject({ 'finding-uuid': uuid }))),
        'related-observations': relatedObservations,
        'related-risks': z.optional(nonEmpty(z.strictObject({ 'risk-uuid': uuid }))),
      }),
    ),
  }),
});

const part = z.strictObject({ id: z.optional(token), name: token, prose: z.optional(multiline), props });

const control = z.strictObject({ id: token, class: token, title: markupLine, props, parts: nonEmpty(part) });

export const OscalCatalogSchema = z.strictObject({
  catalog: z.strictObject({
    uuid,
    metadata: z.strictObject({
      title: markupLine,
      'last-modified': dateTime,
      version: oneLine,
      'oscal-version': z.literal('1.2.1'),
      props,
    }),
    groups: nonEmpty(
      z.strictObject({
        id: token,
        class: token,
        title: markupLine,
        props,
        parts: z.optional(nonEmpty(part)),
        controls: z.optional(nonEmpty(control)),
      }),
    ),
    'back-matter': z.optional(
      z.strictObject({
        resources: nonEmpty(
          z.strictObject({ uuid, title: markupLine, citation: z.strictObject({ text: markupLine }), props }),
        ),
      }),
    ),
  }),
});
