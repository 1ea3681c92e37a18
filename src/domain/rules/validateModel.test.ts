import { describe, expect, it } from 'vitest';
import { validateModel } from './validateModel';
import { fixtureCatalog } from '../../test/fixtures/engineCatalog';
import { buildDocument, smallPlatform } from '../../test/fixtures/documentBuilder';

describe('validateModel', () => {
  it('reports missing inputs of the small platform, naming the component', () => {
    const warnings = validateModel(smallPlatform(), fixtureCatalog);
    expect(warnings).toEqual([
      {
        code: 'missing-attribute',
        componentId: 'nic1',
        connectionId: 'a3',
        attribute: 'mode',
        message:
          'Assignment mode of the Device assignment link "NIC-1" → "vm-web" is unknown, and rule R-device-emulation needs it to decide',
      },
    ]);
  });

  it('reports impossible nesting, unknown types, dangling and disallowed connections', () => {
    const doc = buildDocument(
      [
        { id: 'tb', type: 'trust-boundary', name: 'DC' },
        { id: 'h', type: 'host', name: 'Host' },
        { id: 'vm-a', type: 'guest-vm', name: 'Lonely VM' },
        { id: 'vm-b', type: 'guest-vm', name: 'VM in DC', parentId: 'tb' },
        { id: 'vm-c', type: 'guest-vm', name: 'Ghost child', parentId: 'nowhere' },
        { id: 'tb2', type: 'trust-boundary', name: 'Inner', parentId: 'h' },
        { id: 'x', type: 'martian', name: 'Alien' },
        { id: 'c1', type: 'hypervisor', name: 'Loop-1', parentId: 'c2' },
        { id: 'c2', type: 'hypervisor', name: 'Loop-2', parentId: 'c1' },
      ],
      [
        { id: 'k1', type: 'device-assignment', source: 'h', target: 'vm-a', attributes: { mode: 'passthrough' } },
        { id: 'k2', type: 'network-link', source: 'h', target: 'void' },
        { id: 'k3', type: 'warp-tunnel', source: 'h', target: 'vm-a' },
      ],
    );
    const warnings = validateModel(doc, fixtureCatalog).map((w) => [
      w.code,
      w.componentId ?? '',
      w.connectionId ?? '',
      w.message,
    ]);
    expect(warnings).toEqual([
      ['invalid-parent', 'c1', '', '"Loop-1" is nested in a cycle of parents'],
      ['invalid-parent', 'c2', '', '"Loop-2" is nested in a cycle of parents'],
      ['invalid-parent', 'tb2', '', '"Inner" (Trust boundary) must be at the top level, not inside "Host"'],
      ['vm-outside-host', 'vm-a', '', '"Lonely VM" (Guest VM) is not inside any host'],
      ['invalid-parent', 'vm-b', '', '"VM in DC" (Guest VM) cannot be inside "DC" (Trust boundary)'],
      ['invalid-parent', 'vm-c', '', '"Ghost child" is nested in a component that does not exist'],
      ['vm-outside-host', 'vm-c', '', '"Ghost child" (Guest VM) is not inside any host'],
      ['unknown-type', 'x', '', '"Alien" has type "martian", which the catalog does not define'],
      [
        'disallowed-connection',
        'h',
        'k1',
        'A Device assignment link cannot join "Host" (Hypervisor host) to "Lonely VM" (Guest VM)',
      ],
      ['dangling-connection', 'h', 'k2', 'The Network link connection from "Host" has a missing target "void"'],
      [
        'unknown-type',
        'h',
        'k3',
        'The link from "Host" to "Lonely VM" has type "warp-tunnel", which the catalog does not define',
      ],
      [
        'missing-attribute',
        'c1',
        '',
        'Para-virtualized guests of "Loop-1" is unknown, and rule R-hypercalls needs it to decide',
      ],
      [
        'missing-attribute',
        'c2',
        '',
        'Para-virtualized guests of "Loop-2" is unknown, and rule R-hypercalls needs it to decide',
      ],
    ]);
  });
});
