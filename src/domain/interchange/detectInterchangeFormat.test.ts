import { expect, it } from 'vitest';
import { detectInterchangeFormat } from './detectInterchangeFormat';

it('recognises OTM by its otmVersion key, whatever the file is called', () => {
  expect(detectInterchangeFormat('\uFEFF  {"project": {}, "otmVersion": "0.2.0"}')).toBe('otm');
  expect(detectInterchangeFormat('{\n  "format": "hypervisor-threat-workbench/document"}')).toBeUndefined();
  expect(detectInterchangeFormat('<domain type="kvm"><name>otmVersion</name></domain>')).toBeUndefined();
  expect(detectInterchangeFormat('name = "otmVersion"')).toBeUndefined();
});
