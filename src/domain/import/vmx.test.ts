import { describe, expect, it } from 'vitest';
import { fixture } from './testFiles';
import { parseVmx } from './vmx';

describe('VMware .vmx', () => {
  const r = parseVmx(fixture('db-01.vmx').text, 'db-01.vmx');
  const get = (key: string) => r.components.find((c) => c.key === key)!;
  it('maps ethernetN models and port groups, pciPassthruN, CPU and memory with their lines', () => {
    expect(get('guest:db-01').attributes).toMatchObject({
      vcpus: { value: 8 },
      memoryGiB: { value: 32 },
      guestOs: { value: 'linux' },
    });
    expect(get('nic:db-01:1').attributes.model).toEqual({
      value: 'paravirtual',
      source: { file: 'db-01.vmx', at: 'line 12' },
    });
    expect(get('nic:db-01:2').attributes.model?.value).toBe('emulated');
    expect(get('switch:VM Network').type).toBe('virtual-switch');
    expect(get('hostdev:db-01:1').attributes.dmaCapable?.value).toBe(true);
    // A .vmx alone does not say whether it runs on ESXi or Workstation.
    expect(get('hypervisor').attributes.product).toBeUndefined();
  });
  it('names the line of a malformed entry', () => {
    expect(() => parseVmx('displayName = "a"\nnot a setting\n', 'bad.vmx')).toThrow(
      /bad\.vmx:2: expected key = "value"/,
    );
  });
});
