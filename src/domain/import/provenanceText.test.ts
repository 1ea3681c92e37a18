import { describe, expect, it } from 'vitest';
import { describeProvenance, shortLocation } from './provenanceText';

describe('provenance text for the inspector', () => {
  it('names the element and attribute of an XML path, and which numbered device', () => {
    expect(shortLocation('/domain/cpu/@mode')).toBe('<cpu mode>');
    expect(shortLocation('/domain/vcpu')).toBe('<vcpu>');
    expect(shortLocation('/domain/@type')).toBe('<domain type>');
    expect(shortLocation('/domain/devices/interface[2]/model/@type')).toBe('<model type> of interface 2');
    expect(shortLocation('/domain/devices/graphics[1]/@listen')).toBe('<graphics listen> 1');
  });

  it('keeps line references and anything it does not recognise as they are', () => {
    expect(shortLocation('line 7, vif[1]')).toBe('line 7, vif[1]');
    expect(shortLocation('/domain//odd')).toBe('/domain//odd');
  });

  it('says the file, short and in full', () => {
    expect(describeProvenance({ file: 'web-01.xml', at: '/domain/devices/interface[1]/model/@type' })).toEqual({
      text: 'from web-01.xml, <model type> of interface 1',
      full: 'from web-01.xml, /domain/devices/interface[1]/model/@type',
    });
    expect(describeProvenance({ file: 'db-01.vmx', at: 'line 12' }).text).toBe('from db-01.vmx, line 12');
  });
});
