import { describe, expect, it } from 'vitest';
import { fixture } from './testFiles';
import { parseXlCfg } from './xlCfg';
import { tokenizeXlCfg } from './xlCfgTokenizer';

describe('xl.cfg tokenizer', () => {
  it('reads numbers, quoted strings, multi-line lists, ";" separators and comments with their lines', () => {
    const s = tokenizeXlCfg(
      '# c\nname = "a" # tail\nvcpus=2; memory = 0x400\nvif = [ \'bridge=b0\',\n  "bridge=b1", ]\n',
      'x.cfg',
    );
    expect(s).toEqual([
      { key: 'name', value: 'a', line: 2 },
      { key: 'vcpus', value: 2, line: 3 },
      { key: 'memory', value: 1024, line: 3 },
      { key: 'vif', value: ['bridge=b0', 'bridge=b1'], line: 4 },
    ]);
  });

  it('names the file and line of syntax errors', () => {
    expect(() => tokenizeXlCfg('name = "a"\nvcpus 2\n', 'x.cfg')).toThrow(/x\.cfg:2: expected "=" after vcpus/);
    expect(() => tokenizeXlCfg('a = 1\nb = "open\n', 'x.cfg')).toThrow(/x\.cfg:2: string opened on line 2/);
    expect(() => tokenizeXlCfg('pci = [ "1",\n"2"\n', 'x.cfg')).toThrow(
      /x\.cfg:3: list of pci \(line 1\) is not closed/,
    );
    expect(() => tokenizeXlCfg('__proto__ = 1', 'x.cfg')).toThrow(/not accepted/);
  });
});

describe('xl.cfg mapping', () => {
  const stub = parseXlCfg(fixture('hvm-stub.cfg').text, 'hvm-stub.cfg');
  const dd = parseXlCfg(fixture('netdd.cfg').text, 'netdd.cfg');
  const get = (r: typeof stub, key: string) => r.components.find((c) => c.key === key)!;

  it('puts the device model of device_model_stubdomain_override=1 in a stub domain, with the line', () => {
    expect(get(stub, 'emulator:win-01').attributes.location).toEqual({
      value: 'stub-domain',
      source: { file: 'hvm-stub.cfg', at: 'line 6' },
    });
    expect(get(stub, 'hypervisor').attributes.product?.value).toBe('xen');
    expect(get(stub, 'guest:win-01').attributes.memoryGiB?.value).toBe(4);
  });

  it('maps vif= (emulated e1000 vs netfront with a driver-domain back end) and pci=', () => {
    expect(get(stub, 'nic:win-01:1').attributes.model?.value).toBe('emulated');
    expect(get(stub, 'nic:win-01:2').attributes.model?.value).toBe('paravirtual');
    expect(get(stub, 'pv-net:win-01:netdd').attributes.location?.value).toBe('device-driver-vm');
    expect(get(stub, 'hostdev:win-01:1')).toMatchObject({
      name: 'win-01 PCI 0000:03:00.0',
      attributes: { dmaCapable: { value: true, source: { at: 'line 9, pci[0]' } } },
    });
    expect(get(stub, 'guest:win-01').observations.map((o) => o.text)).toContain(
      'VNC console enabled listening on 0.0.0.0 (every host address)',
    );
  });

  it('makes driver_domain=1 a device-driver VM', () => {
    expect(get(dd, 'guest:netdd').type).toBe('device-driver-vm');
    // device-driver-vm has no vCPU attribute in the palette.
    expect(get(dd, 'guest:netdd').attributes).toEqual({});
    // A PVH guest has no device model: no emulator invented.
    expect(dd.components.some((c) => c.type === 'device-emulator')).toBe(false);
  });

  it('needs a name', () => {
    expect(() => parseXlCfg('vcpus = 1\n', 'n.cfg')).toThrow(/n\.cfg:1: xl.cfg needs name/);
  });
});
