/**
 * YAML for pack files. Aliases are capped (a "billion laughs" file is refused), merge keys
 * are off and duplicate keys are an error, so a pack reads the same in every tool.
 */
import { parse } from 'yaml';

export function parseYaml(text: string): unknown {
  return parse(text, { schema: 'core', merge: false, uniqueKeys: true, maxAliasCount: 50, prettyErrors: true });
}
