/**
 * The zod set-up (src/domain/zod.ts): English messages, and inputs whose objects are shared
 * (structured clones from IndexedDB may share them) parse without zod's memoizer.
 */
import { expect, test } from 'vitest';
import { DocumentSchema } from './model/schema';
import { loadTemplate } from './catalog/templates';
import { parseCatalog } from './catalog/parseCatalog';
import { bundledCatalogFiles } from './catalog/catalogSource';

test('a document whose components share objects parses', () => {
  const doc = loadTemplate('kvm-libvirt');
  const [first, second] = Object.values(doc.components);
  const shared = {
    ...doc,
    components: {
      ...doc.components,
      [second!.id]: { ...second!, position: first!.position, attributes: first!.attributes },
    },
  };
  const result = DocumentSchema.safeParse(shared);
  expect(result.success).toBe(true);
  expect(result.data?.components[second!.id]?.attributes).toEqual(first!.attributes);
});

test('a catalog rule whose condition repeats one object parses', () => {
  const rules = bundledCatalogFiles.parts['rules.json'] as { rules: { when?: unknown }[] };
  const rule = rules.rules.find((r) => r.when)!;
  const repeated = {
    ...rules,
    rules: rules.rules.map((r) => (r === rule ? { ...r, when: { all: [rule.when, rule.when] } } : r)),
  };
  expect(
    parseCatalog(
      bundledCatalogFiles.manifest,
      { ...bundledCatalogFiles.parts, 'rules.json': repeated },
      { verifyHash: false },
    ).ok,
  ).toBe(true);
});

test('issues read in English', () => {
  const result = DocumentSchema.safeParse({ ...loadTemplate('kvm-libvirt'), name: 42 });
  expect(result.error?.issues[0]?.message).toBe('Invalid input: expected string, received number');
});
