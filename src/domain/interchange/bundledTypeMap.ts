/** The shipped mapping table (threat-catalog/interchange-type-map.json), validated once. */
import data from '../../../threat-catalog/interchange-type-map.json';
import { InterchangeTypeMapSchema, type InterchangeTypeMap } from './typeMap';

let cached: InterchangeTypeMap | undefined;

/** The bundled table; throws naming the field when the shipped file is invalid (a build defect). */
export function bundledTypeMap(): InterchangeTypeMap {
  if (cached) return cached;
  const parsed = InterchangeTypeMapSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `threat-catalog/interchange-type-map.json is invalid at ${issue.path.join('.') || '(top level)'}: ${issue.message}`,
    );
  }
  cached = parsed.data;
  return cached;
}
