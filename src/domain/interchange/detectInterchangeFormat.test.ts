import { expect, it } from 'vitest';
import { detectInterchangeFormat } from './detectInterchangeFormat';

it('recognises OTM by its otmVersion key, whatever the file is called', () => {
  expect(detectInterchangeFormat('\uFEFF  {"project": {}, "otmVersion": "0.2.0"}')).toBe('otm');
  expect(detectInterchangeFormat('{\n  "format": "hypervisor-threat-workbench/document"}')).toBeUndefined();
  expect(detectInterchangeFormat('<domain type="kvm"><name>otmVersion</name></domain>')).toBeUndefined();
  expect(detectInterchangeFormat('name = "otmVersion"')).toBeUndefined();
});

it('recognises a Threat Dragon model by summary and detail.diagrams', () => {
  expect(detectInterchangeFormat('{"version":"2.3.0","summary":{"title":"x"},"detail":{"diagrams":[]}}')).toBe(
    'threat-dragon',
  );
  expect(detectInterchangeFormat('{"summary":{"title":"x"}}')).toBeUndefined();
});

it('recognises a TM-BOM: a CycloneDX BOM, or a bare Threat Model Library document', () => {
  expect(detectInterchangeFormat('{"bomFormat": "CycloneDX", "specVersion": "1.6"}')).toBe('tmbom');
  expect(
    detectInterchangeFormat(
      '{"$schema": "https://github.com/OWASP/www-project-threat-model-library/blob/v1.0.2/threat-model.schema.json"}',
    ),
  ).toBe('tmbom');
  expect(detectInterchangeFormat('{"version": "1.0", "scope": {}, "trust_zones": [], "data_flows": []}')).toBe('tmbom');
  expect(detectInterchangeFormat('{"version": "1.0", "scope": {}, "trust_zones": []}')).toBeUndefined();
  expect(detectInterchangeFormat('{"bomFormat": "SPDX"}')).toBeUndefined();
});
