import { describe, expect, it } from 'vitest';
import { previewConfigFiles, tooLargeConfigFile } from './preview';
import { fixture } from './testFiles';

describe('previewConfigFiles', () => {
  it('reports each file on its own and merges only the accepted ones', () => {
    const bad = { name: 'broken.xml', text: '<domain type="kvm">\n  <name>x</name>\n  <devices>\n</domain>' };
    const preview = previewConfigFiles([
      fixture('web-01.xml'),
      bad,
      fixture('hvm-stub.cfg'),
      tooLargeConfigFile('huge.xml', 3 * 1024 * 1024),
    ]);
    expect(preview.files.map((f) => [f.file, f.ok])).toEqual([
      ['web-01.xml', true],
      ['broken.xml', false],
      ['hvm-stub.cfg', true],
      ['huge.xml', false],
    ]);
    const web = preview.files[0]!;
    expect(web.ok && web.domains).toEqual(['web-01']);
    expect(web.ok && web.format).toBe('libvirt-domain');
    const broken = preview.files[1]!;
    expect(!broken.ok && broken.error.line).toBeGreaterThan(1);
    expect(!broken.ok && broken.error.message).toMatch(/^broken\.xml:\d+: /);
    const huge = preview.files[3]!;
    expect(!huge.ok && huge.error.message).toBe('huge.xml:1: is too large: 3.0 MB, the limit is 2.0 MB');
    expect(preview.accepted).toBe(2);
    const guests = preview.merged.components
      .filter((c) => c.type === 'guest-vm')
      .map((c) => c.name)
      .sort();
    expect(guests).toEqual(['web-01', 'win-01']);
  });

  it('merges nothing when every file is refused', () => {
    const preview = previewConfigFiles([{ name: 'a.cfg', text: 'name = ' }]);
    expect(preview.accepted).toBe(0);
    expect(preview.merged).toEqual({ components: [], connections: [] });
  });
});
