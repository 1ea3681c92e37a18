/** Hostile input: every parser either returns a result or throws a ConfigImportError naming file and line. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLibvirtDomain } from './libvirtDomain';
import { fixture } from './testFiles';
import { ConfigImportError } from './types';
import { parseVmx } from './vmx';
import { parseLibvirtCapabilities, parseLibvirtDomainCapabilities } from './libvirtCapabilities';
import { parseLibvirtNetwork } from './libvirtNetwork';
import { parseVirtHostValidate } from './virtHostValidate';
import { parseProxmox } from './proxmox';
import { parseHyperV } from './hyperv';
import { parseEsxiAdvanced } from './esxiAdvanced';
import { jsonErrorAt } from './jsonErrorAt';
import { parseXlCfg } from './xlCfg';

function onlyTypedErrors(parse: (text: string, file: string) => unknown, text: string): void {
  try {
    parse(text, 'fuzz.file');
  } catch (error) {
    if (!(error instanceof ConfigImportError)) throw error;
    expect(error.file).toBe('fuzz.file');
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.line).toBeLessThanOrEqual(text.split('\n').length);
  }
}

/** Real files with random slices cut out and random fragments spliced in. */
const mutated = (seed: string, alphabet: string[]) =>
  fc
    .tuple(fc.nat(seed.length), fc.nat(40), fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }))
    .map(([at, cut, insert]) => seed.slice(0, at) + insert.join('') + seed.slice(at + cut));

const XML_BITS = [
  '<',
  '>',
  '/',
  '"',
  "'",
  '=',
  '&',
  '&a;',
  '<!DOCTYPE x>',
  '<!ENTITY e "x">',
  '<![CDATA[',
  ']]>',
  '<?x?>',
  '<!--',
  '-->',
  '\n',
  'interface',
  '<__proto__/>',
  ' constructor="1"',
  '\u0000',
  '\uFEFF',
];
const CFG_BITS = [
  '=',
  '"',
  "'",
  '[',
  ']',
  ',',
  ';',
  '#',
  '\n',
  '\\',
  'name',
  ' ',
  '0x',
  '-1',
  '__proto__',
  '\r\n',
  '\u0000',
];

describe('parser fuzzing (fast-check)', () => {
  it('libvirt XML: arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => onlyTypedErrors(parseLibvirtDomain, s)),
      { numRuns: 300 },
    );
  });
  it('libvirt XML: mutated real domain files', () => {
    const seeds = [fixture('web-01.xml').text, fixture('gpu-01.xml').text];
    fc.assert(
      fc.property(
        fc.constantFrom(0, 1).chain((i) => mutated(seeds[i]!, XML_BITS)),
        (s) => onlyTypedErrors(parseLibvirtDomain, s),
      ),
      { numRuns: 400 },
    );
  });
  it('xl.cfg: arbitrary text and mutated real files', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => onlyTypedErrors(parseXlCfg, s)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(mutated(fixture('hvm-stub.cfg').text, CFG_BITS), (s) => onlyTypedErrors(parseXlCfg, s)),
      { numRuns: 400 },
    );
  });
  it('vmx: arbitrary text and mutated real files', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => onlyTypedErrors(parseVmx, s)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(mutated(fixture('db-01.vmx').text, CFG_BITS), (s) => onlyTypedErrors(parseVmx, s)),
      { numRuns: 400 },
    );
  });
  it('libvirt host XML (capabilities, domcapabilities, networks): arbitrary text and mutated real files', () => {
    const readers = [
      parseLibvirtCapabilities,
      parseLibvirtDomainCapabilities,
      parseLibvirtNetwork,
      parseLibvirtNetwork,
    ];
    const seeds = ['host-caps.xml', 'host-domcaps.xml', 'net-default.xml', 'net-ovs-vlans.xml'].map(
      (n) => fixture(n).text,
    );
    fc.assert(
      fc.property(fc.constantFrom(0, 1, 2), fc.string({ maxLength: 300 }), (i, s) => onlyTypedErrors(readers[i]!, s)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(0, 1, 2, 3).chain((i) => mutated(seeds[i]!, XML_BITS).map((s) => [i, s] as const)),
        ([i, s]) => onlyTypedErrors(readers[i]!, s),
      ),
      { numRuns: 400 },
    );
  });
  it('virt-host-validate: arbitrary text and mutated real output', () => {
    const bits = [...CFG_BITS, ':', ' : PASS', ' : WARN (', ')', 'QEMU: Checking ', '\u001b[32m'];
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => onlyTypedErrors(parseVirtHostValidate, s)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(mutated(fixture('virt-host-validate.txt').text, bits), (s) =>
        onlyTypedErrors(parseVirtHostValidate, s),
      ),
      { numRuns: 400 },
    );
  });
  it('Proxmox .conf: arbitrary text and mutated real files', () => {
    const bits = [...CFG_BITS, ':', ': ', 'net0: ', 'hostpci0: ', '[snap]', 'virtio=', ',bridge=', 'name: '];
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => onlyTypedErrors(parseProxmox, s)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(mutated(fixture('101.conf').text, bits), (s) => onlyTypedErrors(parseProxmox, s)),
      { numRuns: 400 },
    );
  });
  const JSON_BITS = [
    '{',
    '}',
    '[',
    ']',
    '"',
    ':',
    ',',
    '\\',
    '\\u00',
    'null',
    'true',
    '1e9',
    '-',
    '"__proto__":1,',
    '"VMName":',
    '"Path":"/a/b",',
    '\n',
  ];
  it('Hyper-V JSON: arbitrary text and mutated real files', () => {
    const seeds = [
      'hv-get-vm.json',
      'hv-get-vmsecurity.json',
      'hv-get-vmfirmware.json',
      'hv-get-vmnetworkadapter.json',
    ].map((n) => fixture(n).text);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => onlyTypedErrors(parseHyperV, s)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(0, 1, 2, 3).chain((i) => mutated(seeds[i]!, JSON_BITS)),
        (s) => onlyTypedErrors(parseHyperV, s),
      ),
      { numRuns: 400 },
    );
  });
  it('ESXi advanced settings: mutated esxcli JSON and PowerCLI CSV', () => {
    const json = (t: string, f: string) => parseEsxiAdvanced(t, f, 'json');
    const csv = (t: string, f: string) => parseEsxiAdvanced(t, f, 'csv');
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => (onlyTypedErrors(json, s), onlyTypedErrors(csv, s))),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(mutated(fixture('esxi-advanced.json').text, JSON_BITS), (s) => onlyTypedErrors(json, s)),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(mutated(fixture('esxi-advanced.csv').text, [...CFG_BITS, '","', '""', ',']), (s) =>
        onlyTypedErrors(csv, s),
      ),
      { numRuns: 300 },
    );
  });
  it('the JSON error locator agrees with JSON.parse on validity', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string({ maxLength: 60 }),
          mutated('{"a":[1,2,{"b":"c\\n"}],"d":-1.5e3,"e":null}', JSON_BITS),
        ),
        (s) => {
          let valid = true;
          try {
            JSON.parse(s);
          } catch {
            valid = false;
          }
          expect(jsonErrorAt(s) < 0).toBe(valid);
        },
      ),
      { numRuns: 500 },
    );
  });
  it('a DOCTYPE anywhere is refused before parsing, on its own line', () => {
    fc.assert(
      fc.property(fc.nat(30), fc.constantFrom('<!DOCTYPE', '<!doctype', '<!ENTITY'), (lines, decl) => {
        const text = `${'\n'.repeat(lines)}${decl} x [<!ENTITY a "b">]>\n<domain><name>a</name></domain>`;
        expect(() => parseLibvirtDomain(text, 'f.xml')).toThrow(
          expect.objectContaining({ kind: 'forbidden-dtd', line: lines + 1 }),
        );
      }),
    );
  });
});
