/** Picks the parser for a configuration file by its name, then by its content. */
import { parseLibvirtDomain } from './libvirtDomain';
import { parseLibvirtCapabilities, parseLibvirtDomainCapabilities } from './libvirtCapabilities';
import { parseLibvirtNetwork } from './libvirtNetwork';
import { mergeImports } from './merge';
import { parseProxmox } from './proxmox';
import { parseHyperV } from './hyperv';
import { parseEsxiAdvanced } from './esxiAdvanced';
import { ConfigImportError, type ConfigFile, type ImportResult } from './types';
import { parseVirtHostValidate } from './virtHostValidate';
import { xmlRootName } from './xmlRoot';
import { parseXlCfg } from './xlCfg';
import { parseVmx } from './vmx';

export type ConfigFormat =
  | 'libvirt-domain'
  | 'libvirt-capabilities'
  | 'libvirt-domcapabilities'
  | 'libvirt-network'
  | 'virt-host-validate'
  | 'proxmox'
  | 'hyperv-json'
  | 'esxi-advanced-json'
  | 'esxi-advanced-csv'
  | 'xl-cfg'
  | 'vmx';

/** How the import dialog names each format. */
export const FORMAT_LABEL: Record<ConfigFormat, string> = {
  'libvirt-domain': 'libvirt domain XML',
  'libvirt-capabilities': 'libvirt host capabilities',
  'libvirt-domcapabilities': 'libvirt domain capabilities',
  'libvirt-network': 'libvirt network XML',
  'virt-host-validate': 'virt-host-validate output',
  proxmox: 'Proxmox qemu-server .conf',
  'hyperv-json': 'Hyper-V cmdlet JSON',
  'esxi-advanced-json': 'ESXi advanced settings (esxcli JSON)',
  'esxi-advanced-csv': 'ESXi advanced settings (PowerCLI CSV)',
  'xl-cfg': 'Xen xl.cfg',
  vmx: 'VMware .vmx',
};

/** libvirt names every kind of XML `.xml`; the root element says which one it is. */
const XML_ROOTS: Record<string, ConfigFormat> = {
  domain: 'libvirt-domain',
  capabilities: 'libvirt-capabilities',
  domainCapabilities: 'libvirt-domcapabilities',
  network: 'libvirt-network',
};

function xmlFormat(text: string): ConfigFormat {
  const root = xmlRootName(text);
  // An unknown or unreadable root goes to the domain reader, whose message names what it expected.
  return (root !== undefined && Object.hasOwn(XML_ROOTS, root) ? XML_ROOTS[root] : undefined) ?? 'libvirt-domain';
}

/** qm.conf keys: xl.cfg always writes `key = value`, Proxmox `key: value`. */
const PROXMOX_LINE = /^[a-z][a-z0-9_-]*:\s/;
const CSV_HEADER = /^"?[A-Za-z ]+"?(,"?[A-Za-z ]+"?)+$/;

function firstMeaningfulLine(text: string): string {
  for (const line of text.split('\n', 200)) {
    const t = line.replace(/\r$/, '');
    if (!/^\s*(#.*)?$/.test(t)) return t;
  }
  return '';
}

const VIRT_HOST_VALIDATE = /^\s*[A-Z][A-Za-z]*:\s+Checking\s.*:\s+(PASS|WARN|FAIL|NOTE)\b/m;

export function detectFormat(file: ConfigFile): ConfigFormat {
  const name = file.name.toLowerCase();
  const head = file.text.replace(/^\uFEFF/, '').trimStart();
  if (name.endsWith('.vmx')) return 'vmx';
  if (name.endsWith('.xml') || head.startsWith('<')) return xmlFormat(file.text);
  // Tool output saved under any name is recognised by its content before the extension guess.
  if (VIRT_HOST_VALIDATE.test(file.text.slice(0, 4096))) return 'virt-host-validate';
  if (head.startsWith('{') || head.startsWith('['))
    return /"Path"\s*:\s*"\//.test(head.slice(0, 4096)) ? 'esxi-advanced-json' : 'hyperv-json';
  if (/^#TYPE\s/.test(head) || (name.endsWith('.csv') && CSV_HEADER.test(head.split('\n')[0]!.trim())))
    return 'esxi-advanced-csv';
  if (name.endsWith('.conf') || PROXMOX_LINE.test(firstMeaningfulLine(file.text))) return 'proxmox';
  if (name.endsWith('.cfg') || name.endsWith('.xl')) return 'xl-cfg';
  if (/^\s*\.encoding\s*=|^\s*config\.version\s*=/m.test(file.text)) return 'vmx';
  return 'xl-cfg';
}

export function parseConfigFile(file: ConfigFile): ImportResult {
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  switch (detectFormat(file)) {
    case 'libvirt-domain':
      return parseLibvirtDomain(text, file.name);
    case 'libvirt-capabilities':
      return parseLibvirtCapabilities(text, file.name);
    case 'libvirt-domcapabilities':
      return parseLibvirtDomainCapabilities(text, file.name);
    case 'libvirt-network':
      return parseLibvirtNetwork(text, file.name);
    case 'virt-host-validate':
      return parseVirtHostValidate(text, file.name);
    case 'proxmox':
      return parseProxmox(text, file.name);
    case 'hyperv-json':
      return parseHyperV(text, file.name);
    case 'esxi-advanced-json':
      return parseEsxiAdvanced(text, file.name, 'json');
    case 'esxi-advanced-csv':
      return parseEsxiAdvanced(text, file.name, 'csv');
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
      return {
        ok: false,
        error: new ConfigImportError(
          'invalid',
          file.name,
          1,
          `could not be read: ${error instanceof Error ? error.message : String(error)}`,
        ),
      };
    }
  }
  return { ok: true, value: mergeImports(parts) };
}
