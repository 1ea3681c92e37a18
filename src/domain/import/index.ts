export * from './types';
export { parseLibvirtDomain } from './libvirtDomain';
export { parseXlCfg } from './xlCfg';
export { parseVmx } from './vmx';
export { mergeImports } from './merge';
export { detectFormat, importConfigFiles, parseConfigFile } from './detectFormat';
export { buildParts, importToDocument, describeObservation } from './toDocument';
export { computeDrift, describeDrift, type DriftItem } from './drift';
