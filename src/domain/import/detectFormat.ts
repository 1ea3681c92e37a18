/** Picks the parser for a configuration file by its name, then by its content. */
import { parseLibvirtDomain } from './libvirtDomain';
import { mergeImports } from './merge';
import { ConfigImportError, type ConfigFile, type ImportResult } from './types';
import { parseXlCfg } from './xlCfg';
import { parseVmx } from './vmx';

export type ConfigFormat = 'libvirt-domain' | 'xl-cfg' | 'vmx';

export function detectFormat(file: ConfigFile): ConfigFormat {
  const name = file.name.toLowerCase();
  if (name.endsWith('.vmx')) return 'vmx';
  if (name.endsWith('.cfg') || name.endsWith('.xl')) return 'xl-cfg';
  if (name.endsWith('.xml')) return 'libvirt-domain';
  const head = file.text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) return 'libvirt-domain';
  if (/^\s*\.encoding\s*=|^\s*config\.version\s*=/m.test(file.text)) return 'vmx';
  return 'xl-cfg';
}

export function parseConfigFile(file: ConfigFile): ImportResult {
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  switch (detectFormat(file)) {
    case 'libvirt-domain':
      return parseLibvirtDomain(text, file.name);
    case 'vmx':
      return parseVmx(text, file.name);
    case 'xl-cfg':
      return parseXlCfg(text, file.name);
  }
}

export type ParseFilesResult = { ok: true; value: ImportResult } | { ok: false; error: ConfigImportError };

/** Parses and merges every file, or returns the first file's typed error (nothing is produced). */
export function importConfigFiles(files: readonly ConfigFile[]): ParseFilesResult {
  const parts: ImportResult[] = [];
  for (const file of files) {
    try {
      parts.push(parseConfigFile(file));
    } catch (error) {
      if (error instanceof ConfigImportError) return { ok: false, error };
      // A parser bug must not escape as an untyped crash; it still names the file.
      return { ok: false, error: new ConfigImportError('invalid', file.name, 1, `could not be read: ${error instanceof Error ? error.message : String(error)}`) };
    }
  }
  return { ok: true, value: mergeImports(parts) };
}
