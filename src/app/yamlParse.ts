/**
 * YAML for pack files, with the options every pack reader shares (PACK_YAML_OPTIONS). The
 * parser (about 40 kB gzip) is loaded the first time a pack is read: a start with no pack
 * installed, every first visit, does not download it.
 */
import { PACK_YAML_OPTIONS, type YamlParse } from '../domain/packs/parsePack';

let parser: Promise<YamlParse> | undefined;

export function loadYamlParser(): Promise<YamlParse> {
  return (parser ??= import('yaml').then(
    ({ parse }) => (text: string) => parse(text, PACK_YAML_OPTIONS) as unknown,
    (error: unknown) => {
      parser = undefined; // A failed load (server gone) is retried on the next read.
      throw error;
    },
  ));
}
