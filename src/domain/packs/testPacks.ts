/** The shipped example packs as text, for tests (Vite's `?raw` import, no file system). */
import crosswalkText from '../../../threat-catalog/packs/sp800-125a-to-sp800-53r5.json?raw';
import baselineText from '../../../threat-catalog/packs/example-org-baseline.yaml?raw';

export const EXAMPLE_PACK_FILES = [
  { source: 'sp800-125a-to-sp800-53r5.json', text: crosswalkText },
  { source: 'example-org-baseline.yaml', text: baselineText },
] as const;
