/**
 * `htw import <files…> --out model.json` and `htw drift model.json <files…>`: the platform
 * as its configuration files describe it (libvirt, Xen, VMware, Hyper-V, Proxmox), written as a
 * model document, or compared with the drawn model.
 *
 * Exit codes as for `htw assess`: 0 done (drift: no differences); 1 drift found differences;
 * 2 invalid usage or input, naming the file and line (nothing is written).
 */
import { computeDrift, describeDrift } from '../domain/import/drift';
import { importConfigFiles } from '../domain/import/detectFormat';
import { importToDocument } from '../domain/import/toDocument';
import type { ConfigFile, ImportResult } from '../domain/import/types';
import { EXIT_GATE, EXIT_OK, EXIT_USAGE, readModel } from './runCli';
import type { CliIo } from './cliIo';
import { bundledCatalog, errorMessage, scanArgs, UsageError } from './cliArgs';
import { plural } from '../domain/text/plural';
import { runInterchangeImport } from './interchangeImport';

export interface ImportIo extends CliIo {
  /** The import time (ISO-8601 UTC, whole seconds). */
  now(): string;
}

export const IMPORT_HELP = `htw import - a model from the platform's configuration files
htw drift  - where the configuration contradicts a drawn model

Usage:
  htw import <files…> [--out model.json] [--name NAME]
  htw drift <model.json> <files…> [--format text|json]

Files: libvirt domain, network, capabilities and domcapabilities XML (virsh dumpxml,
net-dumpxml, capabilities, domcapabilities), LC_ALL=C virt-host-validate qemu output,
Xen xl.cfg, VMware .vmx, ESXi advanced settings (esxcli JSON or PowerCLI CSV), Hyper-V
Get-VM / Get-VMSecurity / Get-VMFirmware / Get-VMNetworkAdapter | ConvertTo-Json, Proxmox
qemu-server/<vmid>.conf. The format is recognised by content (XML by its root element).
Several files merge into one model: one host and hypervisor, one guest per VM, switches
shared by name.
Attributes a file does not state stay unknown.
An Open Threat Model file (OTM 0.2.0, recognised by its content) is imported on its own
as a whole model; its loss report and the components to review go to standard error.

Exit status: 0 written / no drift; 1 drift found differences; 2 invalid usage, or a file
is unreadable or invalid (the message names the file and line; nothing is written).
`;

function usage(io: CliIo, error: unknown): number {
  if (!(error instanceof UsageError)) throw error;
  io.stderr(`htw: ${error.message}\nRun "htw import --help" for usage.\n`);
  return EXIT_USAGE;
}

function readConfigs(io: CliIo, paths: readonly string[]): ImportResult | undefined {
  const files: ConfigFile[] = [];
  for (const path of paths) {
    try {
      files.push({ name: path, text: io.readFile(path) });
    } catch (error) {
      io.stderr(`htw: cannot read ${path}: ${errorMessage(error)}\n`);
      return undefined;
    }
  }
  const result = importConfigFiles(files);
  if (!result.ok) {
    io.stderr(`htw: ${result.error.message}\n`);
    return undefined;
  }
  return result.value;
}

export function runImport(argv: readonly string[], io: ImportIo): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(IMPORT_HELP);
    return EXIT_OK;
  }
  let out: string | undefined;
  let name = 'Imported platform';
  let paths: string[];
  try {
    paths = scanArgs(argv, (option, value) => {
      if (option === '--out') out = value();
      else if (option === '--name') name = value();
      else throw new UsageError(`unknown option ${option}`);
    });
    if (paths.length === 0)
      throw new UsageError('import needs configuration files: htw import <files…> --out model.json');
    if (name.trim() === '' || name.length > 200) throw new UsageError('--name must be 1 to 200 characters');
  } catch (error) {
    return usage(io, error);
  }
  const catalog = bundledCatalog(io);
  if (!catalog) return EXIT_USAGE;
  const now = io.now();
  const model = runInterchangeImport(
    { paths, out, name: argv.includes('--name') ? name : undefined, catalog, now },
    io,
  );
  if (model !== undefined) return model;
  const configured = readConfigs(io, paths);
  if (!configured) return EXIT_USAGE;
  const document = importToDocument(configured, catalog, {
    id: `imported-${now.replace(/\D/g, '').slice(0, 14)}`,
    now,
    name,
  });
  const json = `${JSON.stringify(document, null, 2)}\n`;
  if (out === undefined) io.stdout(json);
  else {
    try {
      io.writeFile(out, json);
    } catch (error) {
      io.stderr(`htw: cannot write ${out}: ${errorMessage(error)}\n`);
      return EXIT_USAGE;
    }
    const count = (type: string) => configured.components.filter((c) => c.type === type).length;
    io.stderr(
      `htw: wrote ${out}: ${plural(configured.components.length, 'component')} (${plural(count('guest-vm'), 'guest')}), ${plural(configured.connections.length, 'connection')} from ${plural(paths.length, 'file')}\n`,
    );
  }
  return EXIT_OK;
}

export function runDrift(argv: readonly string[], io: CliIo): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(IMPORT_HELP);
    return EXIT_OK;
  }
  let format = 'text' as 'text' | 'json';
  let positional: string[];
  try {
    positional = scanArgs(argv, (option, value) => {
      if (option !== '--format') throw new UsageError(`unknown option ${option}`);
      const v = value();
      if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be text or json, not "${v}"`);
      format = v;
    });
    if (positional.length < 2)
      throw new UsageError('drift needs a model and configuration files: htw drift <model.json> <files…>');
  } catch (error) {
    return usage(io, error);
  }
  const catalog = bundledCatalog(io);
  if (!catalog) return EXIT_USAGE;
  const [modelPath, ...paths] = positional;
  const document = readModel(io, modelPath!, catalog);
  if (!document) return EXIT_USAGE;
  const configured = readConfigs(io, paths);
  if (!configured) return EXIT_USAGE;
  const drift = computeDrift(document, configured);
  if (format === 'json') io.stdout(`${JSON.stringify({ differences: drift.length, items: drift }, null, 2)}\n`);
  else if (drift.length === 0)
    io.stdout(`no drift: ${modelPath} agrees with ${plural(paths.length, 'configuration file')}\n`);
  else {
    io.stdout(`${plural(drift.length, 'difference')} between ${modelPath} and the configuration:\n`);
    for (const item of drift) io.stdout(`  ${describeDrift(item)}\n`);
  }
  return drift.length === 0 ? EXIT_OK : EXIT_GATE;
}
