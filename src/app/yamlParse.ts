/** YAML for pack files, with the options every pack reader shares (PACK_YAML_OPTIONS). */
import { parse } from 'yaml';
import { PACK_YAML_OPTIONS } from '../domain/packs/parsePack';

export function parseYaml(text: string): unknown {
  return parse(text, PACK_YAML_OPTIONS);
}
